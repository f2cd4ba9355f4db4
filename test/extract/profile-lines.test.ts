/**
 * Profile cards' lines "NAME — HEADLINE" (a social post's author and commenters): the headline's current
 * employer is where the person works (works-for.profile-headline); a part marked as past ("ex-X", "전 X")
 * is not, and a headline's role words name no company. Invented pages, no test page's wording.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

const card = (name: string, headline: string): string =>
  `<article class="comment-item"><span class="comment-meta__name-text">${name}</span> <span class="comment-meta__headline">${headline}</span><div class="comment-item__text">축하드립니다!</div></article>`;

const page = (cards: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>새 출발</title></head><body>
<main><div class="post-body"><p>오늘부터 가온랩스에서 일하게 됐습니다. 지난 4년 동안 함께한 동료들에게 고맙다는 말씀을 드립니다. 앞으로도 좋은 모델을 만들겠습니다.</p></div>
<section class="comment-list">${cards}</section></main></body></html>`;

function employers(cards: string): string[] {
  const g = extractArticle(parseArticle(Buffer.from(page(cards)), { source: 'post.html' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  return g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name(e.source)} -> ${name(e.target)}`);
}

const rows: Array<{ headline: string; name: string; expect?: string; absent?: string }> = [
  { name: '오세린', headline: 'Data Engineer @ 카카오', expect: '오세린 -> 카카오' },
  { name: 'Mina Cho', headline: 'Applied Scientist at Upstage', expect: 'Mina Cho -> Upstage' },
  { name: '배지호', headline: '리벨리온 NPU 컴파일러 팀장', expect: '배지호 -> 리벨리온' },
  { name: '한도윤', headline: 'Product Manager, 퓨리오사AI', expect: '한도윤 -> 퓨리오사AI' },
  { name: '문가람', headline: 'ML Researcher · 가온랩스', expect: '문가람 -> 가온랩스' },
  { name: '서하진', headline: '프리랜서 데이터 엔지니어 | 전 카카오', absent: '서하진 -> 카카오' },
  { name: '지서윤', headline: 'Founder @ 새봄데이터 | ex-Upstage', absent: '지서윤 -> 업스테이지' },
  { name: '남궁별', headline: 'AI Research Engineer', absent: '남궁별 -> AI Research' },
  // a bio's first dotted part, the post at an employer glossed in Latin that no other card names
  { name: '여다솜', headline: 'Staff Researcher @ 새빛랩(Saebit Lab) · 한국어 평가, 재현성 · he/him', expect: '여다솜 -> 새빛랩' },
  { name: '도하린', headline: 'ML Engineer @ 누리온AI(Norion AI)', expect: '도하린 -> 누리온AI' },
];

describe('works-for.profile-headline: a profile card\'s headline names where the person works', () => {
  it.each(rows)('$name — $headline', (row) => {
    const got = employers(card(row.name, row.headline));
    if (row.expect) expect(got).toContain(row.expect);
    if (row.absent) expect(got).not.toContain(row.absent);
    expect(got.some((e) => e.startsWith(`${row.name} -> `) && /AI Research|프리랜서/.test(e))).toBe(false);
  });
  it('a card whose headline names no company still names a person', () => {
    const g = extractArticle(parseArticle(Buffer.from(page(card('노하온', '한국지능정보원 선임연구원'))), { source: 'post.html' }));
    expect(g.nodes.some((n) => n.type === 'Person' && n.name === '노하온')).toBe(true);
  });
});

/** A post by the author of one of the cards, in the first person, about a model named after the author's firm. */
const postPage = (cards: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>새 모델 소개</title>
<script type="application/ld+json">{"@type":"SocialMediaPosting","datePublished":"2026-03-10T10:00:00+09:00","author":{"@type":"Person","name":"윤다온"},"headline":"새 모델 소개"}</script></head><body>
<main><div class="post-body"><p>저희 팀이 석 달 동안 다듬은 솔빛-KR 7B를 오늘 공개합니다. 이번 모델은 법률 문서 요약에 강합니다. 저희가 올해 AI 바우처 지원사업 공급기업으로 선정되면서 GPU를 빌릴 수 있었습니다.</p></div>
<section class="comment-list">${cards}</section></main></body></html>`;

describe('a post\'s author card: the firm the cards name is a company, and the post speaks for it', () => {
  const g = extractArticle(parseArticle(Buffer.from(postPage(card('윤다온', 'ML Lead @ 솔빛(Solbit)') + card('정하람', '솔빛 공동창업자 겸 CEO') + card('문채린', '프리랜서 데이터 엔지니어'))), { source: 'post.html' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  const facts = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
  it.each(['WORKS_FOR 윤다온 -> 솔빛', 'WORKS_FOR 정하람 -> 솔빛', 'DEVELOPED 솔빛 -> 솔빛-KR 7B', 'PARTICIPATES_IN 솔빛 -> AI 바우처 지원사업'])('%s', (fact) => {
    expect(facts).toContain(fact);
  });
  it('a freelancer\'s card names no employer', () => {
    expect(facts.some((f) => f.startsWith('WORKS_FOR 문채린'))).toBe(false);
  });
});
