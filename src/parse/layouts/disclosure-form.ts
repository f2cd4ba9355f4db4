/**
 * A disclosure viewer (an exchange's or a regulator's filing channel) shows one filing: a receipt bar naming the filer
 * ("제출인 | X"), then the document as a form table of numbered items, each a label cell and a value cell that holds
 * paragraphs broken by <br>s ("2. 주요내용 | 가. 당사는 …<br/>나. …"), often in XHTML and with no <p> at all, so the
 * densest block of paragraphs is the page footer's address lines. The filing is the form table with what its block
 * holds around it (its heading, the signature under it: "대표이사 X"), the receipt bar left out.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { findElements, insideFooter, tableRowsOf, textOf } from '../dom.js';
import { cellsOf } from '../row-spans.js';
import { readFiler } from '../site-owner.js';
import { normalizeSpace } from '../text.js';

/** The longest a form row's label cell may be ("7. 기타 투자판단과 관련한 중요사항"). */
const MAX_LABEL = 40;
/** The least text a value cell holding the filing's paragraphs has. */
const MIN_VALUE = 80;
/** The least rows of a filing's form table. */
const MIN_ROWS = 3;

/** Whether `cell` holds its text as lines broken by <br>s (at least two). */
function brokenByLines(cell: Element): boolean {
  return findElements([cell], (e) => e.name === 'br', 2).length >= 2;
}

/** A filing's form table: label|value rows, a short label in each, some value a run of <br>-broken paragraphs. */
function formTextLength($: CheerioAPI, table: Element): number {
  if (insideFooter(table)) return 0;
  const rows = tableRowsOf(table);
  if (rows.length < MIN_ROWS) return 0;
  let prose = 0;
  let total = 0;
  for (const row of rows) {
    const cells = cellsOf(row);
    if (cells.length !== 2) return 0;
    if (normalizeSpace(textOf($(cells[0]!))).length > MAX_LABEL) return 0;
    const value = normalizeSpace(textOf($(cells[1]!))).length;
    total += value;
    if (value >= MIN_VALUE && brokenByLines(cells[1]!)) prose += value;
  }
  return prose > 0 ? total : 0;
}

/** The officers' box under a filing ("대표이사 | X | 공시책임자 | Y (상무)"): short, and labelled with the filer's officers' posts. */
const OFFICER_LABEL = /^(?:대표이사|대표자|공시\s?책임자|공시\s?담당자)$/;
const MAX_OFFICER_BOX = 240;

/** Whether a table beside the form is the filing's officers' box (read with it), not a receipt bar or a list of filings. */
function isOfficerBox($: CheerioAPI, table: Element): boolean {
  if (normalizeSpace(textOf($(table))).length > MAX_OFFICER_BOX) return false;
  return findElements([table], (e) => e.name === 'th' || e.name === 'td', 40).some((c) => OFFICER_LABEL.test(normalizeSpace(textOf($(c)))));
}

/**
 * The filing a disclosure viewer shows, where the page names a filer: the form table holding the most text, widened to
 * its block when that block holds no other table (the receipt bar, a list of other filings); else undefined.
 */
export function disclosureFiling($: CheerioAPI): { el: Cheerio<AnyNode>; keep?: Element; filing: true } | undefined {
  const el = readFiler($) ? filingElement($) : undefined;
  return el ? { el: $(el), filing: true } : undefined;
}

function filingElement($: CheerioAPI): Element | undefined {
  let best: Element | undefined;
  let bestLength = 0;
  for (const table of findElements($.root().toArray(), (e) => e.name === 'table', 200)) {
    const n = formTextLength($, table);
    if (n > bestLength) [best, bestLength] = [table, n];
  }
  if (!best) return undefined;
  const parent = best.parent;
  if (parent?.type !== 'tag' || ['body', 'html'].includes((parent as Element).name)) return best;
  const tables = findElements([parent], (e) => e.name === 'table', 3);
  return tables.every((t) => t === best || findElements([best!], (e) => e === t, 1).length > 0 || isOfficerBox($, t)) ? (parent as Element) : best;
}
