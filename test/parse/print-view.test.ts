import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A newspaper's print-view popup: the <title> names the view, the headline is a sub-heading over an info table and the text. */
function page(docTitle: string, heading: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${docTitle}</title></head><body onload="window.print()">
<div class="pop_top"><img src="/logo.gif" alt="새벽신문"><a href="javascript:print()"><img src="/btn_print.gif" alt="인쇄하기"></a></div>
<table class="info"><tr><td>산업 &gt; IT</td><td>기사입력 2025-05-12 09:30</td></tr></table>
<div class="pop_head">${heading}</div><div class="writer">정다온 기자</div>
<div id="pop_text">가온랩이 새 언어모델 가온-3를 공개했다. 회사는 한국어 문서를 더 학습했다고 설명했다.<br><br>
가온-3는 파라미터 80억 개 규모이며 다음 달부터 기업 고객에게 제공된다고 회사는 밝혔다.</div></body></html>`;
}

describe('a print-view popup is read by its own headline and date', () => {
  it.each([
    ['인쇄하기 title, <h3>', '새벽신문 - 인쇄하기', '<h3>가온랩, 80억 파라미터 \'가온-3\' 공개</h3>'],
    ['프린트 title, <h2> and a deck', '프린트 미리보기 | 새벽신문', '<h2>가온랩, 80억 파라미터 \'가온-3\' 공개</h2><h4>한국어 문서 더 학습</h4>'],
    ['English print title', 'Print article - Saebyeok Daily', '<h3>가온랩, 80억 파라미터 \'가온-3\' 공개</h3>'],
  ])('%s', (_name, docTitle, heading) => {
    const a = parseArticle(Buffer.from(page(docTitle, heading)), { source: 'print.html' });
    expect(a.blocks.find((b) => b.kind === 'title')?.text).toBe("가온랩, 80억 파라미터 '가온-3' 공개");
    expect(a.meta.publishedAt).toBe('2025-05-12');
    expect(a.blocks.some((b) => b.text.startsWith('가온-3는 파라미터 80억 개'))).toBe(true);
  });

  // a page whose title is its headline keeps it, though a sub-heading follows
  it('an ordinary page keeps its own title', () => {
    const a = parseArticle(Buffer.from(page("가온랩, 새 모델 '가온-3' 공개 - 새벽신문", '<h3>관련 기사 더 보기 목록입니다</h3>')), { source: 'story.html' });
    expect(a.blocks.find((b) => b.kind === 'title')?.text).toBe("가온랩, 새 모델 '가온-3' 공개");
  });
});
