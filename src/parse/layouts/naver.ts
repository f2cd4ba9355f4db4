import type { CheerioAPI } from 'cheerio';
import type { LayoutResult } from './result.js';
export function isNaverLayout($: CheerioAPI): boolean {
  return $('#dic_area, #articeBody, #newsct_article, #articleBodyContents, #newsEndContents').length > 0;
}
export function parseNaver(_$: CheerioAPI, _html: string): LayoutResult {
  return { layout: 'naver', title: '', summary: [], body: [], warnings: [] };
}
