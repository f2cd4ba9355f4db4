/**
 * Fixed-width tables in plain text (an analyst note, a report dumped as text): rows whose cells are
 * aligned with runs of spaces, framed by ruled lines ("-----", "=====") above the header, between
 * the header and the rows, or below them. Such rows are a table's rows, not paragraph lines: the
 * plain-text reader writes each as "a | b | c" instead of joining it into the paragraph around it.
 */
import { isRuleLine } from './page-furniture.js';
import { ALIGNED_GAP, isAlignedRow } from './printed.js';

/** A code fence ("```", "```text") frames a block of aligned rows as a rule does (a chat message or a Markdown post's table). */
const CODE_FENCE = /^\s*```[A-Za-z]*\s*$/;
/** A rule is one line of dashes or one per column ("----  --------  ----", a report tool's header underline): a frame, not a row. */
const isFrame = (line: string): boolean => isRuleLine(line) || CODE_FENCE.test(line);
/** (a row with bars between its cells is a pipe table's, read as such elsewhere) */
const isRow = (line: string): boolean => isAlignedRow(line) && !isFrame(line) && !line.includes('|');

/** A cell that is a number: a score, a share or a count ("78.4", "71%", "-3.2", "2,400"). */
const NUMBER_CELL = /^[-+]?\d{1,3}(?:,\d{3})*(?:\.\d{1,4})?\s?%?$/;

/** A cell left empty by a mark ("n/a", "N/A", "-", "—"): a grid's row may lack a figure in a column. */
const EMPTY_CELL = /^(?:n\/a|n\.a\.|-|–|—)$/i;

/** An indented line of two or more titles set apart by runs of spaces: the header above a grid's row labels. */
const CORNER_HEADER = /^\s{2,}\S+(?:\s\S+)*(?:\s{2,}\S+(?:\s\S+)*)+\s*$/;

/**
 * A run of aligned rows with no frame that is still a table: three or more rows, two or more of which
 * are a label then numbers only ("LS-Fin 8B      78.4      55.2", a score table exported from slides), a cell left empty by a
 * mark allowed beside at least one figure ("LS-Fin 3B      61.0      n/a").
 */
function isNumberGrid(run: string[]): boolean {
  if (run.length < 3) return false;
  const numeric = run.filter((l) => {
    const cells = l.trim().split(ALIGNED_GAP);
    const rest = cells.slice(1);
    return cells.length >= 3 && rest.every((c) => NUMBER_CELL.test(c) || EMPTY_CELL.test(c)) && rest.some((c) => NUMBER_CELL.test(c));
  });
  return numeric.length >= 2;
}

/** Rows enough for an unruled table: a header and three rows. */
const MIN_UNRULED_ROWS = 4;
/** A cell that is a number ("41.2", "8.0B", "74%"): a table's rows carry figures. */
const FIGURE_CELL = /^[-+]?\d[\d,.]*\s?[%A-Za-z]{0,2}$/;

/**
 * A run of aligned rows with no rule around it (a PDF's table as text, "Model   Params   KMMLU" over one row per model): a table
 * when there are four rows or more, all with the same number of cells (three or more), each row after the header with a figure.
 */
function isUnruledTable(lines: string[], from: number, to: number): boolean {
  if (to - from + 1 < MIN_UNRULED_ROWS) return false;
  const cells = lines.slice(from, to + 1).map((l) => l.trim().split(ALIGNED_GAP));
  const width = cells[0]!.length;
  return cells.every((c) => c.length === width) && cells.slice(1).every((c) => c.some((x) => FIGURE_CELL.test(x)));
}

/**
 * The indices of the lines that are rows of a fixed-width table: aligned rows next to a rule or a code fence, or next to such rows,
 * and runs of aligned rows that are a table by themselves.
 */
export function ruledTableRows(lines: string[]): Set<number> {
  const rows = new Set<number>();
  let k = 0;
  while (k < lines.length) {
    if (!isRow(lines[k] ?? '')) {
      k++;
      continue;
    }
    // a run of aligned rows with no other line between them
    let end = k;
    while (end + 1 < lines.length && isRow(lines[end + 1] ?? '')) end++;
    const grid = isNumberGrid(lines.slice(k, end + 1));
    if (isFrame(lines[k - 1] ?? '') || isFrame(lines[end + 1] ?? '') || grid || isUnruledTable(lines, k, end)) {
      for (let r = k; r <= end; r++) rows.add(r);
    }
    // a grid's header of two titles over a blank corner ("        KMMLU     CLIcK") is its first row
    if (grid && CORNER_HEADER.test(lines[k - 1] ?? '')) rows.add(k - 1);
    k = end + 1;
  }
  return rows;
}

/**
 * A fixed-width row written as the plain-text reader's table row: "a | b | c". Given the header's cell count, a row's cells past
 * the header's last column are a note on its last cell ("X   52.3   -   (base)" under three titles → "X | 52.3 | - (base)").
 */
export function pipeRow(line: string, columns = 0): string {
  const cells = line.trim().split(ALIGNED_GAP);
  if (columns >= 2 && cells.length > columns) cells.splice(columns - 1, cells.length, cells.slice(columns - 1).join(' '));
  return cells.join(' | ');
}

/**
 * The rows of a fixed-width table kept in a block of preformatted text (a forum post's results in a code block, "model   KMMLU   KoBench"
 * over one row per model, "-" for an empty cell): runs of three or more aligned rows, two or more of them with a figure; each row's
 * index with the run's header cell count.
 */
export function preformattedTableRows(lines: string[]): Map<number, number> {
  const rows = new Map<number, number>();
  for (let k = 0; k < lines.length; ) {
    let end = k;
    while (end < lines.length && isRow(lines[end] ?? '')) end++;
    const run = lines.slice(k, end).map((l) => l.trim().split(ALIGNED_GAP));
    if (run.length >= 3 && run.filter((cells) => cells.slice(1).some((c) => FIGURE_CELL.test(c))).length >= 2) for (let r = k; r < end; r++) rows.set(r, run[0]!.length);
    k = Math.max(end, k + 1);
  }
  return rows;
}
