/**
 * Page shapes first met in held-out set 136, in invented pages: a magazine's web edition whose issue bar ("12월호 |
 * 발행 …") stands above the story's own entry stamp ("입력 …").
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

/** A monthly magazine's story page: an issue bar with the date, then the headline and the story's stamps. */
function magazinePage(stamps: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>가온랩스, 새 모델 공개 | 월간 누리</title></head><body>
<div class="issue_bar">월간 누리 <strong>2027년 4월호</strong> | 발행 2027.03.20</div>
<div class="article_head"><h1>가온랩스, 새 모델 공개</h1>${stamps}</div>
<div id="article_body"><p>가온랩스가 지난 2일 언어모델 '누리 4'를 공개했다.</p><p>누리 4는 300억 개 파라미터 규모다.</p></div>
</body></html>`;
}

describe("a magazine's issue bar above the story's stamp", () => {
  it("reads the story's entry date, not the issue's", () => {
    const a = parseArticle(Buffer.from(magazinePage('<div class="date_info"><span>입력 2027.04.03 06:00</span> <span>수정 2027.04.03 09:12</span></div>')), { source: 'm.html' });
    expect(a.meta.publishedAt).toBe('2027-04-03');
  });
  it('keeps the issue date where the story has no stamp of its own', () => {
    const a = parseArticle(Buffer.from(magazinePage('')), { source: 'm.html' });
    expect(a.meta.publishedAt).toBe('2027-03-20');
  });
});
