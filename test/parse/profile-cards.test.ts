/**
 * Profile cards on a social post page: a name part and a headline part of one component ("x__name-text" /
 * "x__headline") read as one line "NAME — HEADLINE"; a commenter's card is kept after the post while the
 * comment's text stays out. Invented pages, no test page's wording.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { expectOffsetsHold, textsOf } from './helpers.js';

const POST = '<p>오늘부터 새 회사에서 일하게 됐습니다. 지난 4년 동안 함께한 동료들에게 고맙다는 말씀을 드립니다. 앞으로도 좋은 모델을 만들겠습니다.</p>';

const page = (actor: string, comments: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>새 출발</title></head><body>
<main><div class="feed-post">
  <div class="post-actor"><img src="a.jpg" alt=""><span class="post-actor__title"><span>${actor}</span> <span>· 2촌</span></span>
  <span class="post-actor__description">ML Engineer @ Gaon Labs | ex-Kakao</span><span class="post-actor__sub">3일</span></div>
  <div class="post-body">${POST}</div>
  <section class="comment-list">${comments}</section>
</div></main></body></html>`;

const comment = (name: string, headline: string, text: string): string =>
  `<div class="comment-item"><span class="comment-meta__name-text">${name}</span> <span class="comment-meta__headline">${headline}</span><div class="comment-item__text">${text}</div></div>`;

describe('profile cards (a post author card, commenters\' headlines)', () => {
  it('the author card is one line in place and each commenter\'s card a line after the post, without the comment text', () => {
    const a = parseArticle(page('윤하람', comment('오세린', '한빛소프트 데이터 엔지니어', '축하해요! 곧 밥 한번 먹어요.') + comment('Mina Cho', 'Research Lead at Noeul AI', 'Congrats, well deserved!')), { source: 'post.html' });
    const body = textsOf(a, 'body');
    expect(body[0]).toBe('윤하람 — ML Engineer @ Gaon Labs | ex-Kakao');
    expect(body).toContain('오세린 — 한빛소프트 데이터 엔지니어');
    expect(body).toContain('Mina Cho — Research Lead at Noeul AI');
    expect(body.join(' ')).not.toContain('밥 한번');
    expect(a.profiles).toEqual(['윤하람 — ML Engineer @ Gaon Labs | ex-Kakao', '오세린 — 한빛소프트 데이터 엔지니어', 'Mina Cho — Research Lead at Noeul AI']);
    expectOffsetsHold(a);
  });
  it('a fediverse thread: the account header\'s name and bio, and each reply\'s display name beside its account note', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>한별 (@hanbyeol@social.example)</title></head><body>
<main class="columns-area"><div class="account__header"><div class="account__header__tabs__name"><h1>한별 <small>@hanbyeol@social.example</small></h1></div>
<div class="account__header__content">Research Scientist @ 새빛랩(Saebit Lab) · 평가 · he/him</div></div>
<div class="thread"><article class="status"><header><span class="display-name">한별</span> <span class="acct">@hanbyeol</span></header>
<div class="status__content"><p>누리온이 공개한 새 모델을 주말 내내 돌려봤습니다. 결과를 차례로 정리해 보겠습니다. 생각보다 한국어 성능이 좋았습니다.</p></div></article></div>
<section class="replies"><article class="status reply"><header><span class="display-name">차도윤 Doyun Cha</span> <span class="acct">@doyun@mstdn.example</span></header>
<div class="account-note">ML Engineer @ 누리온AI(Norion AI)</div><div class="status__content"><p>@hanbyeol 정리 감사합니다. 토크나이저도 같이 보셨나요?</p></div></article></section>
</main></body></html>`;
    const a = parseArticle(html, { source: 'thread.html' });
    expect(a.profiles).toEqual(['한별 — Research Scientist @ 새빛랩(Saebit Lab) · 평가 · he/him', '차도윤 — ML Engineer @ 누리온AI(Norion AI)']);
    expectOffsetsHold(a);
  });
  it('a name part that holds no person\'s name (a teaser title) makes no card', () => {
    const a = parseArticle(page('새 모델 공개 소식', comment('AI 업계 동향 정리', '주간 브리핑', '좋은 글입니다.')), { source: 'post.html' });
    expect(a.profiles).toBeUndefined();
  });
});
