/** Benchmarks: quoted names a score makes a benchmark, and the benchmark a score sentence is about. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

/** A headline and a body, extracted; "TYPE source -> target score" lines. */
function scoredOf(headline: string, body: string): string[] {
  const g = extractArticle(parseText(`${headline}\n\n${body}`, { source: 'test.txt', publishedAt: '2026-03-02' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  return g.edges.filter((e) => e.type === 'SCORED').map((e) => `${name(e.source)} -> ${name(e.target)} ${e.properties?.score}`);
}

const headlineRows: { cat: string; headline: string; body: string; expect: string[]; absent: string[] }[] = [
  {
    cat: 'scored.headline-leaderboard',
    headline: "'한결 리더보드' 첫 순위 발표…별빛 3 선두",
    body: "평가 전문기업 누리평가가 한국어 상담 능력을 재는 '한결 리더보드'를 새로 열었다. 첫 순위에서는 한빛AI의 '별빛 3'이 1위에 올랐다. 별빛 3은 100점 만점에 84.1점을 받았다. 이어 다온소프트의 '다온-7B'가 80.2점을 기록했다.",
    expect: ['별빛 3 -> 한결 리더보드 84.1', '다온-7B -> 한결 리더보드 80.2'],
    absent: [],
  },
  {
    // once the body names another benchmark, an unnamed score is no longer the headline's
    cat: 'scored.headline-leaderboard',
    headline: "'한결 리더보드' 첫 순위 발표…별빛 3 선두",
    body: "누리평가가 '한결 리더보드'를 새로 열었다. 1위는 한빛AI의 '별빛 3'이다. 참고로 별빛 3은 KMMLU에서 70.3점을 받았다. 다온소프트의 '다온-7B'는 지난해 66.0점을 받은 바 있다.",
    expect: ['별빛 3 -> KMMLU 70.3'],
    absent: ['다온-7B -> 한결 리더보드 66'],
  },
];

describe('scores under a headline that names one benchmark', () => {
  it.each(headlineRows)('$cat', (row) => {
    const got = scoredOf(row.headline, row.body);
    for (const f of row.expect) expect(got, f).toContain(f);
    for (const f of row.absent) expect(got).not.toContain(f);
  });
});
