/** A blog platform's cover printing its byline as a label element and a link ("<span>by</span> <a>NAME</a>"). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const page = (byline: string) => `<!doctype html><html><head><meta charset="utf-8"><title>모델을 고른 기록</title>
<meta property="article:published_time" content="2026-04-02"></head><body>
<div class="cover"><h1>모델을 고른 기록</h1><div class="cell">${byline}<span class="date">Apr 02. 2026</span></div></div>
<div class="wrap_body"><p>나는 작은 회사에서 검색 모델을 만든다. 올해는 기반 모델을 두 번 바꿨다.</p><p>두 번째 모델이 더 나았다.</p></div>
</body></html>`;

describe('a byline label element before the name', () => {
  it.each([
    ['<span class="by">by</span> <a href="/@dohyun">윤도현</a>', '윤도현'],
    ['<em>글</em> <a href="/u/1">서하나</a>', '서하나'],
    ['<span>By</span> <a href="/u/2">Mina Park</a>', 'Mina Park'],
    ['<span class="by"><b>by</b></span> <a href="/u/3">정하늘</a>', '정하늘'],
  ])('%s', (byline, name) => {
    expect(parseArticle(Buffer.from(page(byline)), { source: 'essay.html' }).meta.author).toBe(name);
  });
  it('a label before something that is no name gives no author', () => {
    expect(parseArticle(Buffer.from(page('<span>by</span> <a href="/tags">인공지능 이야기 모음</a>')), { source: 'essay.html' }).meta.author).toBeUndefined();
  });
});
