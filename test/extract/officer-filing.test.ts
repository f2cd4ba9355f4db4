/**
 * A disclosure viewer's page (a DART 증권신고서 section): the receipt bar names the filer ("제출인: X 주식회사"), which the
 * filing's "당사" means though its text never names it; a table of the company's own officers under "주요 경영진" ("성명 |
 * 직위 | 주요 경력") gives each officer's post at it. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { hasFact } from './helpers.js';

const page = (bar: string, heading: string): Buffer =>
  Buffer.from(`<html><head><title>전자공시 - 증권신고서(지분증권)</title></head><body><div id="header"><h1><a href="/">공시</a></h1></div>${bar}` +
    '<div id="content"><p>1. 사업의 개요</p><p>당사는 2022년 설립된 인공지능 기업으로, 한국어 언어모델 \'다온-3\'를 자체 개발하여 금융 고객에게 공급하고 있습니다. 다온-3는 당사가 2027년 2월 공개한 70억 파라미터 모델입니다.</p>' +
    `<p>${heading}</p><table><tr><th>성명</th><th>직위</th><th>주요 경력</th></tr><tr><td>서하람</td><td>대표이사</td><td>前 가나전자 연구원</td></tr>` +
    '<tr><td>윤재이</td><td>최고기술책임자(CTO)</td><td>前 다라대학교 교수</td></tr></table></div></body></html>');

const graph = (html: Buffer) => extractArticle(parseArticle(html, { source: 'filing.html' }));
const BAR = '<div class="rcp-info"><span class="rpt">증권신고서(지분증권)</span> <span class="flr">제출인: 다온에이아이 주식회사</span></div>';

describe('a filing viewer page', () => {
  it('reads the filer as the company the filing speaks for', () => {
    const g = graph(page(BAR, '4. 주요 경영진'));
    expect(hasFact(g, 'DEVELOPED 다온에이아이 -> 다온-3')).toBe(true);
  });
  it("gives the officers' table's people to it with their posts", () => {
    const g = graph(page(BAR, '4. 주요 경영진'));
    expect(hasFact(g, 'WORKS_FOR 서하람 -> 다온에이아이')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 윤재이 -> 다온에이아이')).toBe(true);
  });
  it('reads no officers from a table under another heading', () => {
    const g = graph(page(BAR, '4. 자문 위원'));
    expect(hasFact(g, 'WORKS_FOR 서하람 -> 다온에이아이')).toBe(false);
  });
  it('names no filer without the receipt bar label', () => {
    const g = graph(page('<div class="rcp-info"><span>다온에이아이 주식회사</span></div>', '4. 주요 경영진'));
    expect(g.nodes.some((n) => n.name === '다온에이아이' && n.type === 'Company')).toBe(false);
  });
});
