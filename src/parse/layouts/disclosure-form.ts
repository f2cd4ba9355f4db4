/**
 * A disclosure viewer (an exchange's or a regulator's filing channel) shows one filing: a receipt bar naming the filer
 * ("제출인 | X"), then the document as a form table of numbered items, each a label cell and a value cell that holds
 * paragraphs broken by <br>s ("2. 주요내용 | 가. 당사는 …<br/>나. …"), often in XHTML and with no <p> at all, so the
 * densest block of paragraphs is the page footer's address lines. The filing is the form table with what its block
 * holds around it (its heading, the signature under it: "대표이사 X"), the receipt bar left out.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { findElements, insideFooter, nextElement, tableRowsOf, textOf } from '../dom.js';
import { cellsOf } from '../row-spans.js';
import { HEAD_SIGNATURE, readFiler } from '../site-owner.js';
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

/** An item's number in a cell of its own before the label ("1.", "2)", "가."). */
const ITEM_NUMBER = /^(?:\d{1,2}|[가-하])\s?[.)]$/;

/**
 * A row's label and value cells: "label | value", or "1. | label | value" (the item's number in a cell of its own);
 * the form's heading row, one cell across the table, gives none (undefined), a row of another shape null.
 */
function labelAndValue($: CheerioAPI, cells: Element[], first: boolean): [Element, Element] | undefined | null {
  if (cells.length === 2) return [cells[0]!, cells[1]!];
  if (cells.length === 3 && ITEM_NUMBER.test(normalizeSpace(textOf($(cells[0]!))))) return [cells[1]!, cells[2]!];
  return first && cells.length === 1 && normalizeSpace(textOf($(cells[0]!))).length <= MAX_LABEL ? undefined : null;
}

/** A filing's form table: label|value rows, a short label in each, some value a run of <br>-broken paragraphs. */
function formTextLength($: CheerioAPI, table: Element): number {
  if (insideFooter(table)) return 0;
  const rows = tableRowsOf(table);
  if (rows.length < MIN_ROWS) return 0;
  let prose = 0;
  let total = 0;
  for (const [i, row] of rows.entries()) {
    const pair = labelAndValue($, cellsOf(row), i === 0);
    if (pair === null) return 0;
    if (!pair) continue;
    if (normalizeSpace(textOf($(pair[0]))).length > MAX_LABEL) return 0;
    const value = normalizeSpace(textOf($(pair[1]))).length;
    total += value;
    if (value >= MIN_VALUE && brokenByLines(pair[1])) prose += value;
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

/** The filing's signature under the form ("2026년 3월 2일 / 주식회사 X / 대표이사 NAME"): the filer's legal name, its head last. */
const SIGNATURE = new RegExp(String.raw`(?:주식회사|㈜|\(주\))\s?[가-힣A-Za-z0-9]{1,15}(?:\s?주식회사)?\s*${HEAD_SIGNATURE}$`);

/** Whether a table is the filing's signature block: short, ending on the filer's legal name and its head (its lines run together, <br>s unspaced). */
function isSignatureBox($: CheerioAPI, table: Element): boolean {
  if (table.name !== 'table') return false;
  const text = normalizeSpace(textOf($(table)));
  return text.length <= MAX_OFFICER_BOX && SIGNATURE.test(text);
}

/** The form with the signature block set right after it (past <br>s), where the page lays each out as a table of its own. */
function withSignatureAfter($: CheerioAPI, form: Element): Element | Element[] {
  let after = nextElement(form);
  for (let i = 0; i < 3 && after?.name === 'br'; i++) after = nextElement(after);
  return after && isSignatureBox($, after) ? [form, after] : form;
}

/**
 * The filing a disclosure viewer shows, where the page names a filer: the form table holding the most text, widened to
 * its block when that block holds no other table (the receipt bar, a list of other filings); else undefined.
 */
export function disclosureFiling($: CheerioAPI): { el: Cheerio<AnyNode>; keep?: Element; filing: true } | undefined {
  const el = readFiler($) ? filingElement($) : undefined;
  return el ? { el: $(el), filing: true } : undefined;
}

function filingElement($: CheerioAPI): Element | Element[] | undefined {
  let best: Element | undefined;
  let bestLength = 0;
  for (const table of findElements($.root().toArray(), (e) => e.name === 'table', 200)) {
    const n = formTextLength($, table);
    if (n > bestLength) [best, bestLength] = [table, n];
  }
  if (!best) return undefined;
  const parent = best.parent;
  if (parent?.type !== 'tag' || ['body', 'html'].includes((parent as Element).name)) return withSignatureAfter($, best);
  const tables = findElements([parent], (e) => e.name === 'table', 3);
  return tables.every((t) => t === best || findElements([best!], (e) => e === t, 1).length > 0 || isOfficerBox($, t)) ? (parent as Element) : best;
}
