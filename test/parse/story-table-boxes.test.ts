/**
 * A box set among the story's paragraphs that holds a table (a magazine's "한눈에 보는 …" summary in an <aside>) is part
 * of the story; an aside beside the story (a sidebar's rankings, a box of links) stays chrome. Pages written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const page = (inner: string): string =>
  `<html><head><title>동맹 지도</title></head><body><article><h1>가온랩스와 나래텔레콤, 손잡은 이유</h1><div class="story">${inner}</div></article>` +
  `<aside class="sidebar"><table><tr><td>많이 본 기사</td><td>다온테크 신제품</td></tr></table></aside></body></html>`;

const PROSE = '<p>가온랩스는 올해 나래텔레콤과 전략적 제휴를 맺고 상담용 언어모델을 함께 개발하고 있다. 두 회사는 내년 상반기 첫 결과물을 내놓을 계획이라고 밝혔다.</p>';
const BOX = '<aside class="box-table"><p class="box-tit">한눈에 보는 제휴 지도</p><table><tr><th>기업</th><th>상대</th><th>성격</th></tr><tr><td>가온랩스</td><td>나래텔레콤</td><td>파트너</td></tr></table></aside>';

const texts = (html: string): string[] => parseArticle(html, { source: 'box.html' }).blocks.map((b) => b.text);

describe('parse: a table box among the story paragraphs', () => {
  it('keeps the box after a paragraph of prose', () => {
    const t = texts(page(PROSE + BOX));
    expect(t).toContain('한눈에 보는 제휴 지도');
    expect(t).toContain('나래텔레콤');
    expect(t.join('\n')).not.toContain('많이 본 기사');
  });

  it('keeps the box before a paragraph of prose', () => {
    expect(texts(page(BOX + PROSE))).toContain('한눈에 보는 제휴 지도');
  });

  it('drops an aside with no table, and a table aside beside no prose', () => {
    const noTable = '<aside class="box-note"><p>한눈에 보는 제휴 지도</p></aside>';
    expect(texts(page(PROSE + noTable))).not.toContain('한눈에 보는 제휴 지도');
    expect(texts(page(PROSE + '<h3>더 보기</h3>' + BOX))).not.toContain('한눈에 보는 제휴 지도');
  });
});
