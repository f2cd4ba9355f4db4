/**
 * A company's own table of counterparties, one a row, flattened into one cell a block: a title naming partners
 * ("주요 협력사 현황", "파트너십 현황"), then a header with a company column and a kind column ("기업 | 구분 | 내용 |
 * 시작"). The kind cell says whether the row is a partner ("공동 개발", "전략적 제휴", "업무협약") or only a supplier,
 * a customer or an investment ("공급", "투자", "구매"): the partners are those of the company the page speaks for
 * (see article-tables.ts, which gives them the page's own company).
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import type { KnownName } from './mentions.js';
import { cellsOf, rowSentence } from './table-cells.js';
import { byColumn, cellText, type Cell } from './table-columns.js';

/** A table's title that lists partners ("표 5. 주요 협력사 현황", "파트너십 현황"). */
const PARTNER_TITLE = /협력사|협력\s?기업|파트너|제휴사|제휴\s?기업/;
const COMPANY_COLUMN = /^(?:기업|회사|업체|기업명|회사명|업체명|협력사|파트너사?)$/;
const KIND_COLUMN = /^(?:구분|유형|관계|성격|형태|분류|협력\s?(?:유형|형태|분야|구분))$/;
/** A header cell: a short label. */
const HEADER_CELL = /^[가-힣A-Za-z·/ ]{1,10}$/;
/** A kind that makes the row a partner … */
const TIE = /공동\s?(?:개발|연구|사업)|전략적\s?제휴|제휴|파트너|기술\s?협력|업무\s?협약|MOU|합작|협업|동맹/;
/** … unless it says the tie is none, or only a sale, a purchase, a lease or an investment. */
const NO_TIE = /없음|아님|무관|공급|구매|판매|납품|임차|임대|투자|고객|종료|해지|결별|무산|검토|예정/;
const MAX_COLUMNS = 6;

export interface OwnPartnerRow {
  partner: Mention;
  sentence: Sentence;
}

/** The header's width, when cell i opens a header with a company column, then a kind column, under a partners title. */
function headerAt(cells: Cell[], i: number): number | undefined {
  const title = cells[i - 1];
  if (!title || cellText(title).length > 40 || !PARTNER_TITLE.test(cellText(title))) return undefined;
  if (!COMPANY_COLUMN.test(cellText(cells[i]!)) || !cells[i + 1] || !KIND_COLUMN.test(cellText(cells[i + 1]!))) return undefined;
  // (the header ends where the first row begins: the cell after the first row's company cell says a kind of tie)
  for (let width = 2; width <= MAX_COLUMNS && cells[i + width + 1]; width++) {
    if (!HEADER_CELL.test(cellText(cells[i + width - 1]!))) return undefined;
    const kind = cellText(cells[i + width + 1]!);
    if (kind.length <= 20 && (TIE.test(kind) || NO_TIE.test(kind))) return width;
  }
  return undefined;
}

/** The partner rows of the page's own counterparty tables. */
export function readOwnPartnerTables(sentences: Sentence[], rules: RuleSet, known: KnownName[]): OwnPartnerRow[] {
  if (!sentences.some((s) => s.text.length <= 40 && PARTNER_TITLE.test(s.text))) return [];
  const cells = cellsOf(sentences, rules, known);
  const out: OwnPartnerRow[] = [];
  for (let i = 1; i < cells.length; i++) {
    const width = headerAt(cells, i);
    if (!width) continue;
    let j = i + width;
    for (; j + width <= cells.length; j += width) {
      const row = cells.slice(j, j + width);
      const company = row[0]!.kind === 'company' ? row[0]!.mention : byColumn(row[0], 'Company');
      if (!company) break;
      const kind = cellText(row[1]!);
      if (TIE.test(kind) && !NO_TIE.test(kind)) out.push({ partner: company, sentence: rowSentence(row) });
    }
    i = j - 1;
  }
  return out;
}
