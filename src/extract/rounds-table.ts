/**
 * Funding-round tables. A startup newsletter or a deal roundup lists the week's rounds as a table
 * "회사 | 분야 | 라운드 | 금액 | 리드": a company column beside a round's stage, amount or lead investor.
 * Each row's company cell names a startup, so a name no gazetteer knows there is a company the rest
 * of the article may speak of ("위 투자 소식에 등장한 X는 … 모델을 공개했다"). A page's table may come one cell a line.
 */
import type { Sentence } from '../parse/types.js';
import { companyIn } from './engine/consortium-table.js';
import type { RuleSet } from './types.js';

/** The column of the company that raised the round. */
const COMPANY_COLUMN = /^(?:회사|회사명|기업|기업명|스타트업|업체|업체명|Company|Startup)$/i;
/** A column only a funding round has: its stage, amount or investors. */
const ROUND_COLUMN = /^(?:(?:투자\s?)?라운드|투자\s?(?:단계|규모|금액|유치액?)|(?:유치\s?)?(?:금액|규모)|리드(?:\s?투자(?:사|자))?|(?:주요\s?)?투자(?:사|자)|Round|Stage|Amount|Lead(?:\s?investors?)?|Investors?)$/i;
/** Other columns of such a table: the company's field, the round's stage. */
const OTHER_COLUMN = /^(?:분야|업종|사업\s?분야|주요\s?사업|단계|비고|지역|일자|날짜|Field|Sector)$/i;
const isColumn = (t: string): boolean => COMPANY_COLUMN.test(t) || ROUND_COLUMN.test(t) || OTHER_COLUMN.test(t);

/**
 * The same table flattened one cell a line ("기업", "분야", "단계", "금액", "주요 투자사", "A", …): the header's cells in a run,
 * then rows of as many cells; the company cell of each row, until a row's company cell is no short name.
 */
function cellTableNames(sentences: Sentence[], rules: RuleSet, out: Set<string>): void {
  for (let i = 0; i < sentences.length; i++) {
    if (!COMPANY_COLUMN.test(sentences[i]!.text.trim())) continue;
    let width = 0;
    while (i + width < sentences.length && isColumn(sentences[i + width]!.text.trim())) width++;
    const header = sentences.slice(i, i + width).map((c) => c.text.trim());
    const column = header.findIndex((c) => COMPANY_COLUMN.test(c));
    if (width < 3 || !header.some((c) => ROUND_COLUMN.test(c))) continue;
    for (let j = i + width; j + width <= sentences.length; j += width) {
      const cell = sentences[j + column]!;
      if (cell.text.length > 20 || /[.다]$/.test(cell.text.trim()) || isColumn(cell.text.trim())) break;
      const m = companyIn(cell.text.trim(), cell, rules);
      if (m?.via === 'discovered') out.add(m.surface);
    }
    i += width - 1;
  }
}

const cellsOf = (text: string): string[] => text.split(/\s*\|\s*/).map((c) => c.trim()).filter((c, k, all) => c !== '' || (k > 0 && k < all.length - 1));

/** The names no gazetteer knows that the company column of the article's funding-round tables gives. */
export function roundsTableCompanyNames(sentences: Sentence[], rules: RuleSet): string[] {
  const out = new Set<string>();
  let column = -1;
  let width = 0;
  for (const s of sentences) {
    if (!s.text.includes('|')) {
      column = -1;
      continue;
    }
    const cells = cellsOf(s.text);
    const company = cells.findIndex((c) => COMPANY_COLUMN.test(c));
    if (company >= 0 && cells.some((c) => ROUND_COLUMN.test(c))) {
      [column, width] = [company, cells.length];
      continue;
    }
    if (column < 0 || cells.length !== width) {
      column = -1;
      continue;
    }
    const m = companyIn(cells[column]!, s, rules);
    if (m?.via === 'discovered') out.add(m.surface);
  }
  if (sentences.some((s) => !s.text.includes('|') && COMPANY_COLUMN.test(s.text.trim()))) cellTableNames(sentences, rules, out);
  return [...out];
}
