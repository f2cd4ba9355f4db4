/**
 * A store listing's reviews with the developer's own reply under one ("div.dev-reply"): the company's words on its own page
 * stay with the reviews; a news page's comment box, replies and all, is still chrome.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const reviews = (reply: string): string =>
  '<section class="reviews"><h2>평가 및 리뷰</h2><div class="review"><span class="author">김**</span><p>요약 기능이 좋아요. 회의록 정리할 때 매일 씁니다.</p>' +
  `<div class="${reply}"><strong>다온랩</strong><p>안녕하세요, 다온랩 고객지원팀장 채하윤입니다. 의견 감사합니다.</p></div></div></section>`;
const page = (body: string): Buffer =>
  Buffer.from(`<html><head><title>다온 메모 - 앱</title></head><body><div class="app"><h1>다온 메모</h1><section class="about"><h2>앱 정보</h2><p>다온 메모는 다온랩이 자체 개발한 언어 모델로 움직이는 메모 앱입니다. 회의 기록을 요약하고 할 일을 정리합니다.</p></section>${body}</div></body></html>`);

describe("a developer's reply to a review", () => {
  it('is kept with the reviews', () => {
    expect(parseArticle(page(reviews('dev-reply')), { source: 'app.html' }).text).toMatch(/채하윤/);
  });
  it('is dropped where the reply is a comment widget', () => {
    expect(parseArticle(page(reviews('comment-reply')), { source: 'app.html' }).text).not.toMatch(/채하윤/);
  });
});
