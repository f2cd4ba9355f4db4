/**
 * Tables that compare models without scores ("모델 | 개발사 | 라이선스 | 출발점"), split from tables.ts: the header
 * is read as the score tables' is, the rows give what they say of each model.
 */
import type { Sentence } from '../../parse/types.js';
import type { RuleSet } from '../types.js';
import type { KnownName } from './mentions.js';
import { cellsOf, lineCellCount, rowSentence } from './table-cells.js';
import { columnOf, type Column } from './table-column-titles.js';
import { cellText, rowFacts, type Cell } from './table-columns.js';
import type { TableRow } from './table-row.js';
import { headerColumns } from './tables.js';

/** A heading line of its own among a table's rows (no cells beside it). */
function isSectionHeading(c: Cell | undefined): boolean {
  return isLoneLine(c) && c!.sentence.block === 'heading';
}

/** A line of running text with no cells beside it. */
function isLoneLine(c: Cell | undefined): boolean {
  return c !== undefined && !/[|\t]/.test(c.sentence.text);
}

/** A text-table line that is exactly this row: its cells are all of one pipe-separated line's. */
function isOwnLine(row: Cell[]): boolean {
  const line = row[0]!.sentence;
  return /[|\t]/.test(line.text) && row.every((c) => c.sentence === line) && lineCellCount(line.text) === row.length;
}

/** Columns that say something of a row's model besides a score. */
const FACT_COLUMNS: readonly Column[] = ['developer', 'base', 'open', 'params', 'released', 'evidence'];

/**
 * Tables that compare models without scores ("모델 | 개발사 | 라이선스 | 출발점"): what each row says of its
 * model. The header needs a model column and two of developer, base, licence and size; the rows stop at
 * the first whose model cell names no model or whose developer cell names no company.
 */
export function readRowTables(sentences: Sentence[], rules: RuleSet, known: KnownName[] = []): TableRow[] {
  if (!sentences.some((s) => s.text.length < 200 && s.text.split(/\s*[|\t]\s*/).some((t) => columnOf(t.trim(), false) === 'model'))) return [];
  const cells = cellsOf(sentences, rules, known);
  const out: TableRow[] = [];
  for (let i = 0; i < cells.length; i++) {
    const titles = (c: Cell | undefined) => c !== undefined && (c.kind === 'label' || c.kind === 'other') && columnOf(cellText(c), c.kind === 'label') !== undefined;
    if (!titles(cells[i]) || titles(cells[i - 1])) continue;
    const { columns, next } = headerColumns(cells, i);
    // (or a developer column with a remarks column beside it: "모델 | 만든 곳 | 비고")
    const facts2 = columns.filter((c) => FACT_COLUMNS.includes(c)).length + (columns.includes('developer') && columns.includes('note') ? 1 : 0);
    if (columns.includes('bench') || !columns.includes('model') || facts2 < 2) continue;
    const above = cells[i - 1];
    const title = above && isLoneLine(above) && above.sentence !== cells[i]!.sentence && above.sentence.text.length <= 80 ? above.sentence : undefined;
    let j = next;
    for (; j + columns.length <= cells.length; j += columns.length) {
      // a section heading between the rows ("■ 해외 기업") groups them; the table goes on under it
      // (and a text-table legend's note lines may stand between its titles and the first row)
      const legend = j === next && cells[i]!.sentence.text.includes('|');
      for (let skipped = 0; skipped < 3 && (isSectionHeading(cells[j]) || (legend && isLoneLine(cells[j]))); skipped++) j++;
      const row = cells.slice(j, j + columns.length);
      if (row.length < columns.length) break;
      // (a number under a column of other things, a data file's "avg_v1", is no score of this table's)
      if (row.some((c, k) => (c.kind === 'number' && columns[k] !== 'other') || c.kind === 'bench')) break;
      const facts = rowFacts(row, columns, rowSentence(row));
      // (a text-table line is a row by its own cells: one whose maker cell names no company still is one)
      if (!facts || (columns.includes('developer') && !facts.developer && !isOwnLine(row))) break;
      out.push(title ? { ...facts, title } : facts);
    }
    i = Math.max(i, j - 1);
  }
  return out;
}
