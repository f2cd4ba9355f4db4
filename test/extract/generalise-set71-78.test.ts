/**
 * Generalisation rows for sets 71 and 78's forms: a Q&A site's question page whose answers are each written with the
 * blog editor ("<div class=answer-content__item> … <div class=se-main-container>"): every answer is the page, not only
 * the adopted first one. Pages and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

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
