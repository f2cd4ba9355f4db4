/**
 * Rows of a page's flattened <table> that do not line up cell for cell with its header: a section row (one cell across
 * the table, "X랩스 · Y 패밀리", "대기업") between the rows, and a row whose blank last remark left no cell at all.
 */
import type { Cell } from './table-columns.js';
import { cellText, rowFacts } from './table-columns.js';
import { rowSentence } from './table-cells.js';
import type { Column } from './table-column-titles.js';

/** One cell of text, no model, number or benchmark, where the cells after it make a row of these columns (a colspan section row). */
export function isSectionRow(cells: Cell[], j: number, columns: Column[]): boolean {
  const c = cells[j];
  if (!c || (c.kind !== 'other' && c.kind !== 'company') || c.sentence.text.length > 80 || /[|\t]/.test(c.sentence.text)) return false;
  const row = cells.slice(j + 1, j + 1 + columns.length);
  return row.length === columns.length && rowFacts(row, columns, rowSentence(row)) !== undefined;
}

/**
 * True where the row at j ends in a blank remark: its last column is a note, the cell there starts a row of these columns
 * and the cell after it does not.
 */
export function blankLast(cells: Cell[], j: number, columns: Column[]): boolean {
  const width = columns.length;
  const last = columns[width - 1];
  if ((last !== 'note' && last !== 'other') || cells[j + width - 1]?.kind === 'number') return false;
  const next = cells.slice(j + width - 1, j + 2 * width - 1);
  const after = cells.slice(j + width, j + 2 * width);
  // (where the table names developers, the row that would start there names a known one or this row's own: "전작: X | 대기업" is a
  // remark and a section row)
  const maker = columns.indexOf('developer');
  if (maker >= 0 && next[maker]?.kind !== 'company' && !(next[maker] && cells[j + maker] && cellText(next[maker]!) === cellText(cells[j + maker]!))) return false;
  return next.length === width && rowFacts(next, columns, rowSentence(next)) !== undefined && !(after.length === width && rowFacts(after, columns, rowSentence(after)) !== undefined);
}
