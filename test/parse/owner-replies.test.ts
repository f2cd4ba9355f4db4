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

/** A review thread whose reply opens on the same header line as the review ("p.who"): the reply is the thread's next message. */
const headedReviews = (replyHead: string): string =>
  '<section class="reviews"><h2>수강후기</h2><div class="review"><p class="who">mina** · ★★★★★ · 2026.10.02</p><p>누리-T 2B가 다른 모델 기반이라는 얘기가 있던데 맞나요?</p>' +
  `<div class="reply"><p class="${replyHead}">조교 서다온 · 2026.10.03</p><p>아닙니다. 누리-T 2B는 누리랩이 처음부터 학습한 모델입니다.</p></div></div></section>`;

describe('a bare reply nested in the review it answers', () => {
  it('is kept when it opens on the review\'s own header', () => {
    expect(parseArticle(page(headedReviews('who')), { source: 'course.html' }).text).toMatch(/처음부터 학습한/);
  });
  it('is dropped when its header is not the review\'s', () => {
    expect(parseArticle(page(headedReviews('reply-author')), { source: 'course.html' }).text).not.toMatch(/처음부터 학습한/);
  });
});
