import type { CheerioAPI } from 'cheerio';
import type { LayoutResult } from './result.js';
export function parseGeneric(_$: CheerioAPI, _html: string): LayoutResult {
  return { layout: 'generic', title: '', summary: [], body: [], warnings: [] };
}
