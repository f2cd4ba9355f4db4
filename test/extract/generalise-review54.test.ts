/**
 * Rows for the word lists two readers now share (session 54's review): a writer's move opened by 제가 or 필자는 as
 * much as by 저는 or "부터는", and universities, schools and hospitals — Korean or English — that are no company in an
 * affiliation line or an author cell; and a company's section a heading opens ends at the next plain heading. Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { parseArticle } from '../../src/parse/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a farewell letter whose move opens on 제가: the company is found and the writer works there in the post
  {
    cat: 'writer-move.next-workplace',
    text: "안녕하세요, 플랫폼팀 남궁별입니다.\n\n그동안 감사했습니다. 이번에 제가 환솔테크에서 추론 엔지니어로 일하게 됐습니다.\n\n남궁별 드림",
    expect: ['WORKS_FOR 남궁별 -> 환솔테크'],
    edgeProps: ['WORKS_FOR 남궁별 -> 환솔테크 title=추론 엔지니어'],
  },
  // (someone else's move, told with their own subject, is still not the writer's)
  {
    cat: 'writer-move.next-workplace',
    text: "안녕하세요, 플랫폼팀 남궁별입니다.\n\n그동안 감사했습니다. 실장님이 3월부터 환솔테크에서 고문으로 일하게 됩니다.\n\n남궁별 드림",
    absent: ['WORKS_FOR 남궁별 -> 환솔테크'],
  },
  // a numbered affiliation that is a university's or a hospital's lab, by its Hangul short name or in English: no company
  { cat: 'affiliation school', text: '한별찬1, 주하람2\n\n1포스텍 인공지능 연구소 2Brightwave Labs', expect: ['WORKS_FOR 주하람 -> Brightwave Labs'], absent: ['WORKS_FOR 한별찬 -> 포스텍 인공지능 연구소'], noNodes: ['Company:포스텍 인공지능 연구소', 'Company:포스텍'] },
  { cat: 'affiliation school', text: '한별찬1, 주하람2\n\n1Riverside Hospital AI Research 2Brightwave Labs', expect: ['WORKS_FOR 주하람 -> Brightwave Labs'], noNodes: ['Company:Riverside Hospital AI Research'] },
];

describe('shared word lists (review54)', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});

describe("a career profile's company section ends at the next plain heading", () => {
  const page = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>한솔결 | 커리어 프로필</title></head><body><main>
<h1>한솔결</h1><p>초롱결 CTO · 비전 모델</p>
<section><h2>경력</h2><h3>파랑솔 (Parangsol)</h3><ul><li>2019 ~ 2023 · 검색 모델팀</li><li>사내 검색 랭킹 모델을 고도화했습니다.</li></ul></section>
<section><h2>스킬</h2><ul><li>PyTorch</li><li>분산 학습</li></ul></section>
<section><h2>받은 추천</h2><p class="who"><b>모하늘</b> · 초롱결 대표</p><p>"초롱결-V 2를 넉 달 만에 내놓을 수 있었던 건 한 CTO 덕분입니다."</p></section>
</main></body></html>`;
  const parsed = parseArticle(Buffer.from(page, 'utf8'), { source: 'profile.html' });
  const g = extractArticle(parsed);
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  const facts = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
  it('gives a subjectless line after a later heading no longer to the former employer', () => {
    expect(facts).not.toContain('DEVELOPED 파랑솔 -> 초롱결-V 2');
  });
});
