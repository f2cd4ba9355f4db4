import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A code host's issue page: the question and the maintainers' answers sit in comment boxes, as reader comments would. */
function issuePage(title: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<header class="Header"><a href="/">Home</a> <a href="/login">Sign in</a></header>
<main class="container"><div class="gh-header"><h1>모델 세대 구분 질문 <span>#41</span></h1><span class="meta">asker opened this issue · 3 comments</span></div>
<div class="js-discussion">
<div class="timeline-comment"><div class="timeline-comment-header"><strong>asker</strong> commented</div>
<div class="comment-body"><p>README를 보면 모델이 두 개인데 관계가 헷갈립니다. 큰 모델은 다음 세대인가요?</p></div></div>
<div class="timeline-comment"><div class="timeline-comment-header"><strong>maintainer</strong> <span class="Label">Member</span> commented</div>
<div class="comment-body"><p>안녕하세요, 바람랩 연구원 한지수입니다. 큰 모델은 같은 세대의 큰 크기이고, 작은 모델을 키워 추가 학습했습니다.</p></div></div>
<div class="timeline-comment"><div class="timeline-comment-header"><strong>owner</strong> commented</div>
<div class="comment-body"><p>바람랩 CTO 윤서진입니다. 설명이 맞습니다. 다음 세대는 아직 학습 전입니다.</p></div></div>
</div></main><footer class="footer"><p>© 2026 Code host, Inc.</p></footer></body></html>`;
}

describe("a code host's issue or discussion page: the comments are the conversation the page is", () => {
  it.each([
    '모델 세대 구분 질문 · Issue #41 · baram-lab/baram-lm · GitHub',
    '모델 세대 구분 질문 · Discussion #7 · baram-lab/baram-lm',
    '모델 세대 구분 질문 (#41) · Issues · baram-lab / baram-lm · GitLab',
  ])('title %s', (title) => {
    const a = parseArticle(Buffer.from(issuePage(title)), { source: 'issue.html' });
    expect(a.text).toContain('바람랩 연구원 한지수입니다');
    expect(a.text).toContain('바람랩 CTO 윤서진입니다');
  });

  it('a news page whose comment boxes hold readers\' comments keeps them out', () => {
    const a = parseArticle(Buffer.from(issuePage('바람랩, 새 모델 공개 - 어느 신문')), { source: 'news.html' });
    expect(a.text).not.toContain('바람랩 CTO 윤서진입니다');
  });
});
