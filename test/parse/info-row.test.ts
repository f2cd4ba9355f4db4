import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A headline block whose info row ends on a widget title (a comment count), then the story, then a real widget. */
function page(infoRow: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>한빛데이터, 누리온 3 공개 | 어느뉴스</title><meta name="date" content="2027-05-11"></head><body>
<article id="view"><div class="view-head"><p class="section">IT &gt; 인공지능</p><h1>한빛데이터, 누리온 3 공개</h1>
<ul class="meta">${infoRow}</ul></div>
<div class="view-text">
<p>한빛데이터가 자체 개발한 언어모델 '누리온 3'를 11일 공개했다고 밝혔다.</p>
<p>누리온 3는 매개변수 90억 개 규모로, 지난해 나온 누리온 2의 후속 모델이다.</p>
</div>
<p>관련기사</p><ul><li>바람소프트, 새 모델 공개</li></ul>
</article></body></html>`;
}

describe('a widget title in the headline info row', () => {
  it.each([
    ['<li>입력 2027.05.11 09:10</li><li>기자명 오세린 기자</li><li>댓글 3</li>'],
    ['<li>댓글 0</li><li>입력 2027.05.11</li>'],
    ['<li>승인 2027.05.11 10:00</li><li>댓글</li>'],
  ])('does not end the story before it began: %s', (row) => {
    const a = parseArticle(page(row), { source: 'x.html' });
    expect(a.text).toContain('누리온 3는 매개변수 90억 개 규모로');
    expect(a.text).not.toContain('바람소프트');
    expect(a.text).not.toMatch(/댓글/);
  });
});

describe('a publication date meta tag spelled "publishdate"', () => {
  it.each([['2027-02-19', '2027-02-19'], ['2027.02.19', '2027-02-19']])('reads %s', (content, want) => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>바다소프트, 새 모델</title><meta name="publishdate" content="${content}"></head><body><h1>바다소프트, 새 모델</h1><div id="story"><p>바다소프트가 새 언어모델 '바다-5'를 19일 공개했다고 밝혔다. 바다-5는 매개변수 80억 개 규모다.</p></div></body></html>`;
    expect(parseArticle(html, { source: 'x.html' }).meta.publishedAt).toBe(want);
  });
});
