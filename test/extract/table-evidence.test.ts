/**
 * Evidence of facts read from tables quotes the row (its cells joined with " | ", offsets from the
 * first cell to the last), so "why" shows the model, its columns and the number, not a lone "55.4".
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { factsOf } from './helpers.js';

/** The evidence sentence of each edge read by a table rule, keyed "TYPE source -> target". */
function tableEvidence(g: GraphDocument): Record<string, string> {
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  const out: Record<string, string> = {};
  for (const e of g.edges)
    for (const ev of e.evidence) if (/table/.test(ev.rule)) out[`${e.type} ${name(e.source)} -> ${name(e.target)}`] = ev.sentence;
  return out;
}

const page = (table: string) => `<html><head><meta property="og:title" content="4월 리더보드"><meta property="article:published_time" content="2026-04-02"></head><body><article>
  <h1>4월 리더보드</h1><p>한 평가 기관이 4월 결과를 내놨다.</p>${table}<p>결과는 매달 갱신된다.</p></article></body></html>`;

describe('table rows as evidence', () => {
  it('an HTML table: each fact of a row quotes the whole row, and its offsets span it', () => {
    const parsed = parseArticle(
      Buffer.from(
        page(`<table><tr><th>순위</th><th>모델</th><th>개발사</th><th>기반 모델</th><th>KMMLU</th><th>CLIcK</th></tr>
        <tr><td>1</td><td>여울-M 12B</td><td>여울랩스</td><td>Qwen3-14B</td><td>61.4</td><td>70.3</td></tr>
        <tr><td>2</td><td>엑사원 4.0</td><td>LG AI연구원</td><td>자체</td><td>60.2</td><td>72.8</td></tr></table>`),
      ),
      { source: 't.html' },
    );
    const g = extractArticle(parsed);
    const row = '1 | 여울-M 12B | 여울랩스 | Qwen3-14B | 61.4 | 70.3';
    expect(tableEvidence(g)).toMatchObject({
      'SCORED 여울-M 12B -> KMMLU': row,
      'SCORED 여울-M 12B -> CLIcK': row,
      'BASED_ON 여울-M 12B -> Qwen3-14B': row,
      'DEVELOPED 여울랩스 -> 여울-M 12B': row,
      'SCORED 엑사원 4.0 -> CLIcK': '2 | 엑사원 4.0 | LG AI연구원 | 자체 | 60.2 | 72.8',
    });
    const ev = g.edges.find((e) => e.type === 'BASED_ON')!.evidence[0]!;
    const quoted = parsed.text.slice(ev.start, ev.end);
    expect(quoted.startsWith('1')).toBe(true);
    expect(quoted.endsWith('70.3')).toBe(true);
    for (const cell of ['여울-M 12B', '여울랩스', 'Qwen3-14B', '61.4']) expect(quoted).toContain(cell);
  });

  it('a pipe-separated line is quoted once, as written', () => {
    const { graph } = factsOf('모델 | KMMLU | HAERAE\n\n바람-S 7B | 55.1 | 63.0\n\n엑사원 4.0 | 70.9 | 79.5');
    expect(tableEvidence(graph)).toMatchObject({ 'SCORED 바람-S 7B -> HAERAE': '바람-S 7B | 55.1 | 63.0', 'SCORED 엑사원 4.0 -> KMMLU': '엑사원 4.0 | 70.9 | 79.5' });
  });

  it('the transposed layout quotes the model heading, the benchmark and the number', () => {
    const { graph } = factsOf('구분 | 바람-S 7B | 엑사원 4.0\n\nKMMLU | 55.1 | 70.9');
    expect(tableEvidence(graph)).toMatchObject({ 'SCORED 바람-S 7B -> KMMLU': '구분 | 바람-S 7B | 엑사원 4.0 | KMMLU | 55.1 | 70.9' });
  });

  it('a consortium table quotes the team row, not the lead cell alone', () => {
    const cells = [
      "과기정통부는 '지역 AI 거점 실증 사업' 수행 기관을 발표했다.",
      '가람소프트 컨소시엄이 지역 AI 거점 실증 사업에 선정됐다.',
      '주관기관',
      '참여기관',
      '가람소프트',
      '여울데이터, 온빛칩스',
    ].join('\n\n');
    const { graph } = factsOf(cells);
    expect(tableEvidence(graph)).toMatchObject({ 'PARTNERS_WITH 가람소프트 -> 여울데이터': '가람소프트 | 여울데이터, 온빛칩스' });
  });
});
