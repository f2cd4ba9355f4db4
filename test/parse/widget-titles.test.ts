import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A widget title inside the story's container ("[핫클릭]" and the headlines under it): everything after it is no text of the story. */
describe('a widget title inside the story container ends the story', () => {
  const page = (title: string) => `<html><body><article><h1>가람랩스, 새 모델 공개</h1><div class="article-body">
<p>가람랩스는 지난주 새 언어모델 가람-12B를 공개했다고 밝혔다.</p>
<div class="copy">${title}<br>· 누리소프트, 자체 LLM 개발설 부인<br>· 다온랩스, AI 비서 베타 오픈</div></div></article></body></html>`;

  it.each(['[핫클릭]', '[관련기사]'])('%s and the headlines under it are dropped', (title) => {
    const text = parseArticle(page(title), { source: 'w.html' }).text;
    expect(text).toContain('가람랩스는 지난주 새 언어모델 가람-12B를 공개했다고 밝혔다.');
    expect(text).not.toContain('누리소프트');
  });

  it('a bracketed word that is no widget title keeps the lines under it', () => {
    const text = parseArticle(page('[클릭 수 비교]'), { source: 'w.html' }).text;
    expect(text).toContain('누리소프트');
  });
});
