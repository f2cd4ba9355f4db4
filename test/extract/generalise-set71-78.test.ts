/**
 * Generalisation rows for sets 71 and 78's forms: a Q&A site's question page whose answers are each written with the
 * blog editor ("<div class=answer-content__item> … <div class=se-main-container>"): every answer is the page, not only
 * the adopted first one; a partnership signed with its noun bare before the verb and no subject ("오늘 B와 … MOU
 * 체결했습니다", a company's channel post or a memo line). Pages and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

/** A question page with its answers; `item` is the class of each answer's box, `list` the class of the box holding them. */
function qaPage(item: string, list: string): string {
  const answer = (n: number, text: string): string =>
    `<div class="${item}" id="reply_${n}"><div class="head"><a class="name">user${n}</a><span class="date">2026.02.0${n}.</span></div>` +
    `<div class="body"><div class="se-main-container"><p>${text}</p></div></div></div>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>사내용 모델 추천 부탁드립니다 : 묻고답하기</title></head><body>
<div class="question"><div class="title">사내용 모델 추천 부탁드립니다</div><div class="content">사내 서버에 올릴 한국어 모델을 찾고 있습니다. 추천 부탁드립니다.</div></div>
<div class="${list}">
${answer(1, '안녕하세요. 가람소프트 솔루션팀장 한도윤입니다. 가람소프트의 ‘가람-LM 3’을 권합니다. 긴 문서 요약이 안정적이고 사내 서버에 올리기 쉽습니다. 라이선스도 상업적 이용이 가능해서 부담이 적습니다.')}
${answer(2, '저희는 누리랩의 ‘누리-S 2’를 쓰고 있습니다. 누리랩이 오픈소스로 공개한 모델이에요.')}
${answer(3, '보충하면, 바다AI가 ‘바다-M 8B’를 오픈소스로 풀었습니다.')}
</div></body></html>`;
}

interface PageRow {
  cat: string;
  html: string;
  contains: string[];
  lacks?: string[];
}

const rows: PageRow[] = [
  // each answer in a box named for an answer, the boxes side by side: all answers are read, in page order
  { cat: 'parse.answer-bodies', html: qaPage('answer-content__item', 'answer-content'), contains: ['가람-LM 3', '누리랩이 오픈소스로 공개한', '바다AI가 ‘바다-M 8B’를'] },
  { cat: 'parse.answer-bodies', html: qaPage('answer', 'answer_list'), contains: ['가람-LM 3', '누리-S 2', '바다-M 8B'] },
  // bodies of the editor's class in boxes named for anything else (a blog's reader comments, a post list): the first only
  { cat: 'parse.answer-bodies', html: qaPage('comment', 'comment_list'), contains: ['가람-LM 3'], lacks: ['누리-S 2', '바다-M 8B'] },
  { cat: 'parse.answer-bodies', html: qaPage('post-item', 'post-list'), contains: ['가람-LM 3'], lacks: ['누리-S 2', '바다-M 8B'] },
];

describe('generalise: sets 71 and 78', () => {
  it.each(rows)('$cat: $contains', (row) => {
    const a = parseArticle(Buffer.from(row.html), { source: 'page.html' });
    for (const s of row.contains) expect(a.text).toContain(s);
    for (const s of row.lacks ?? []) expect(a.text).not.toContain(s);
  });
});

const factRows: FactRow[] = [
  // "B와 … MOU 체결했다" with no subject: the company the text is about signed it (the noun bare, no 을/를)
  { cat: 'partners.omitted-subject-signed-bare', text: "다온소프트가 상담 모델 '다온-C 2'를 공개했다. 다온-C 2는 요약에 강하다. 오늘 오전 새봄카드와 상담 AI 공동 개발 MOU 체결했습니다.", expect: ['PARTNERS_WITH 다온소프트 -> 새봄카드'] },
  { cat: 'partners.omitted-subject-signed-bare', text: "다온소프트가 상담 모델 '다온-C 2'를 공개했다. 다온-C 2는 요약에 강하다. 지난주 새봄카드와 업무협약 맺었다.", expect: ['PARTNERS_WITH 다온소프트 -> 새봄카드'] },
  // traps: a signing only weighed or denied
  { cat: 'partners.omitted-subject-signed-bare', text: "다온소프트가 상담 모델 '다온-C 2'를 공개했다. 다온-C 2는 요약에 강하다. 새봄카드와 MOU 체결 여부는 아직 검토 중이다.", absent: ['PARTNERS_WITH 다온소프트 -> 새봄카드'] },
  { cat: 'partners.omitted-subject-signed-bare', text: "다온소프트가 상담 모델 '다온-C 2'를 공개했다. 다온-C 2는 요약에 강하다. 새봄카드와 MOU 체결했다는 소문은 사실이 아니다.", absent: ['PARTNERS_WITH 다온소프트 -> 새봄카드'] },
];

describe('generalise: sets 71 and 78 (facts)', () => {
  it.each(factRows)('$cat: $text', (row) => checkFactRow(row));
});
