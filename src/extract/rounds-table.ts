/**
 * Funding-round tables. A startup newsletter or a deal roundup lists the week's rounds as a table
 * "회사 | 분야 | 라운드 | 금액 | 리드": a company column beside a round's stage, amount or lead investor.
 * Each row's company cell names a startup, so a name no gazetteer knows there is a company the rest
 * of the article may speak of ("위 투자 소식에 등장한 X는 … 모델을 공개했다").
 */
import type { Sentence } from '../parse/types.js';
import { companyIn } from './engine/consortium-table.js';
import type { RuleSet } from './types.js';

/** The column of the company that raised the round. */
const COMPANY_COLUMN = /^(?:회사|회사명|기업|기업명|스타트업|업체|업체명|Company|Startup)$/i;
/** A column only a funding round has: its stage, amount or investors. */
const ROUND_COLUMN = /^(?:(?:투자\s?)?라운드|투자\s?(?:단계|규모|금액|유치액?)|(?:유치\s?)?(?:금액|규모)|리드(?:\s?투자(?:사|자))?|투자(?:사|자)|Round|Stage|Amount|Lead(?:\s?investors?)?|Investors?)$/i;

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
  return [...out];
}
