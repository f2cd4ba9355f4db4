import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A feature series' page: its earlier instalments listed in a box after the story, inside the page's main column. */
function page(box: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>[바다 스타트업 탐방 ③] 한빛랩 - 어느일보</title><meta property="article:published_time" content="2027-04-02T09:00:00+09:00"></head><body>
<main><h1>한빛랩, 해양 데이터로 언어모델 만든다</h1>
<div class="article-news-body"><p>한빛랩은 해양 관측 기록을 학습한 언어모델 '한빛-오션 3B'를 지난 1일 공개했다.</p></div>
${box}
</main></body></html>`;
}

describe("a series' list of earlier instalments", () => {
  it.each(['series-list', 'series_list', 'article-series-list'])('drops the headlines of a box whose class is "%s"', (cls) => {
    const a = parseArticle(page(`<section class="${cls}"><h3>[바다 스타트업 탐방] 지난 기사</h3><ul><li>② 누리마린, 선박 AI로 수출 공략</li><li>① 가람로보, 항만 로봇 실증</li></ul></section>`), { source: 's.html' });
    expect(a.text).toContain('한빛-오션 3B');
    expect(a.text).not.toMatch(/누리마린|가람로보/);
  });

  it('keeps a box of the story that no class names as a list', () => {
    const a = parseArticle(page('<section class="fact-box"><h3>한빛랩은</h3><p>2021년 설립된 한빛랩은 누리마린과 함께 선박 데이터를 모은다.</p></section>'), { source: 's.html' });
    expect(a.text).toContain('누리마린과 함께');
  });
});
