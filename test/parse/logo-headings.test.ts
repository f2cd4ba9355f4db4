import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const BODY = `<div id="article-body"><p>가온랩이 새 언어모델 가온-3를 공개했다. 회사는 한국어 문서를 더 학습했다고 설명했다.</p>
<p>가온-3는 파라미터 80억 개 규모이며 다음 달부터 기업 고객에게 제공된다고 회사는 밝혔다.</p></div>`;

/** A CMS page without og:title whose <h1> is the site logo and whose headline shares its class with a section label. */
function page(logo: string, header: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>가온랩, 새 모델 '가온-3' 공개 &lt; AI &lt; 하늘경제</title></head><body>
${logo}<section class="article-view-header">${header}</section><p>승인 2025.04.08 10:00</p>${BODY}</body></html>`;
}

describe('a site logo in <h1> and a section label are no headline', () => {
  it.each([
    ['logo class', '<h1 class="logo"><a href="/">하늘경제</a></h1>', '<div class="heading">AI</div><h3 class="heading">가온랩, 새 모델 \'가온-3\' 공개</h3>'],
    ['title suffix', '<h1><a href="/">하늘경제</a></h1>', '<div class="heading">AI</div><h3 class="heading">가온랩, 새 모델 \'가온-3\' 공개</h3>'],
    ['label only', '', '<div class="heading">AI</div><h3 class="heading">가온랩, 새 모델 \'가온-3\' 공개</h3>'],
  ])('%s', (_name, logo, header) => {
    const a = parseArticle(Buffer.from(page(logo, header)), { source: 'cms.html' });
    expect(a.blocks.find((b) => b.kind === 'title')?.text).toBe("가온랩, 새 모델 '가온-3' 공개");
  });
});
