/**
 * Tables drawn with box-drawing characters in plain text (a disclosure filing, a terminal or
 * e-mail export): rule lines ┌─┬─┐ / ├─┼─┤ / └─┴─┘ and rows │ a │ b │ whose long cells wrap onto
 * the next lines ("│ DINO-3 (32B) │ 범용 LLM, │" then "│ │ 매개변수 … │"). foldBoxTables() writes each
 * table the way the plain-text reader takes a text table: one "a | b | c" line per row, a cell's
 * wrapped lines joined, rule lines gone, and a blank line around every row so that no row runs into
 * the paragraph before or after it. Text without such a table comes back unchanged.
 */
import { normalizeSpace } from './text.js';

/** A rule line of a box table: corners, tees and horizontal strokes only. */
const BOX_RULE = /^\s*[┌├└╔╠╚┏┣┗][─━═┬┼┴╦╬╩┳╋┻┐┤┘╗╣╝┓┫┛\s]{2,}$/;
/** A row line of a box table: opens with a vertical stroke. */
const BOX_ROW = /^\s*[│┃║]/;
const STROKE = /[│┃║]/;

/** The cells of one row line: the text between its vertical strokes, spaces collapsed. */
function readCells(line: string): string[] {
  // the row opens with a stroke; the text after a closing stroke is no cell
  const parts = line.trim().split(STROKE).slice(1);
  if (parts.length > 1 && normalizeSpace(parts[parts.length - 1] ?? '') === '') parts.pop();
  return parts.map((c) => normalizeSpace(c));
}

/**
 * Lines between two rule lines: one row whose cells wrap, or (a block without inner rules) several
 * rows. In a block of two or more lines with every cell filled each line is a row; otherwise a line
 * with an empty cell continues the row above it.
 */
function foldGroup(lines: string[]): string[][] {
  const cells = lines.map(readCells);
  const full = cells.filter((c) => c.every((x) => x !== '')).length;
  if (full >= 2) return cells;
  const rows: string[][] = [];
  for (const line of cells) {
    const last = rows[rows.length - 1];
    if (last && last.length === line.length && line.some((c) => c === '')) {
      line.forEach((c, k) => {
        if (c) last[k] = last[k] ? `${last[k]} ${c}` : c;
      });
    } else rows.push(line);
  }
  return rows;
}

/** True when the text holds a box table: a rule line and a row line after it. */
function hasBoxTable(lines: string[]): boolean {
  const rule = lines.findIndex((l) => BOX_RULE.test(l));
  return rule !== -1 && lines.slice(rule + 1).some((l) => BOX_ROW.test(l));
}

/** Rewrites box-drawing tables as one "a | b | c" line per row; other text is kept as it is. */
export function foldBoxTables(text: string): string {
  if (!/[┌├└╔╠╚┏┣┗]/.test(text)) return text;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (!hasBoxTable(lines)) return text;
  const out: string[] = [];
  let group: string[] = [];
  const flush = (): void => {
    for (const row of foldGroup(group)) {
      if (row.every((c) => c === '')) continue;
      // an empty cell as '-', as such tables write one: no run of spaces that reads as a column gap
      out.push('', row.map((c) => c || '-').join(' | '), '');
    }
    group = [];
  };
  for (const line of lines) {
    if (BOX_RULE.test(line)) {
      flush();
      out.push('');
    } else if (BOX_ROW.test(line)) {
      group.push(line);
    } else {
      flush();
      // a table's opening rule written at the end of its caption line ("가. 현황 ┌────┬──")
      const rule = /\s[┌├└][─━═┬┼┴┐┤┘\s]{2,}$/.exec(line);
      out.push(rule ? line.slice(0, rule.index) : line);
    }
  }
  flush();
  return out.join('\n');
}
