/** A word processor's table saved as HTML (HWP, Word): each line of a cell a paragraph of its own, read as one cell. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const page = (cell: string) => `<!doctype html><html><head><meta charset="utf-8"><title>선정 결과</title></head><body>
<P CLASS=HStyle0>□ 중기부는 지역 AI 실증 사업 선정 결과를 발표했다. 모두 두 팀이 뽑혔다.</P>
<TABLE border="1"><TR><TD><P>연번</P></TD><TD><P>주관기관</P></TD><TD><P>기반 모델</P></TD></TR>
<TR><TD><P>1</P></TD><TD><P>누리웨이</P></TD><TD>${cell}</TD></TR></TABLE></body></html>`;

const blocksOf = (cell: string) => parseArticle(Buffer.from(page(cell)), { source: 'release.html' }).blocks.map((b) => b.text);

describe('a table cell written as several paragraphs', () => {
  it('a short cell of two paragraphs is one block', () => {
    expect(blocksOf('<P>젬마 3 12B</P><P>(구글)</P>')).toContain('젬마 3 12B (구글)');
  });
  it('a cell of long paragraphs keeps them apart', () => {
    const long = '<P>이 모델은 구글의 젬마 3 12B를 바탕으로 물류 상담 기록을 추가 학습했다.</P><P>배차 상담 정확도는 기존 대비 크게 올랐다고 회사는 밝혔다.</P>';
    const blocks = blocksOf(long);
    expect(blocks).toContain('이 모델은 구글의 젬마 3 12B를 바탕으로 물류 상담 기록을 추가 학습했다.');
    expect(blocks).toContain('배차 상담 정확도는 기존 대비 크게 올랐다고 회사는 밝혔다.');
  });
});

describe('a column title broken by a <br> before the model size', () => {
  it.each([
    ['<P><B>미리내 3<BR>(14B)</B></P>', '미리내 3 (14B)'],
    ['<P><B>Gemma 3<BR>27B</B></P>', 'Gemma 3 27B'],
  ])('%s is one block', (cell, text) => {
    expect(blocksOf(cell)).toContain(text);
  });
  it.each([
    ['<P><B>개선 전<BR>(미리내 2)</B></P>', '개선 전 (미리내 2)'],
    ['<B>신규<BR />(Gemma 3)</B>', '신규 (Gemma 3)'],
  ])('%s, a title with its bracketed note below it, is one block', (cell, text) => {
    expect(blocksOf(cell)).toContain(text);
  });
  it('a cell broken before a long bracketed remark keeps its lines apart', () => {
    const blocks = blocksOf('<B>누리웨이<BR>(지역 물류 상담 데이터 전문 기업으로 지난해 설립)</B>');
    expect(blocks).toContain('누리웨이');
  });
  it('a cell broken before other text keeps its lines apart', () => {
    const blocks = blocksOf('<P><B>누리웨이<BR>대표 김하늘</B></P>');
    expect(blocks).toContain('누리웨이');
    expect(blocks).toContain('대표 김하늘');
  });
});
