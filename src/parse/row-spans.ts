/**
 * Tables whose cells span rows (<td rowspan="2">): a prize or a category written once for the rows it
 * heads. Read row by row, the rows after the first are a cell short and every later cell slides one
 * column left. Each spanned cell is copied into the rows it covers, at its column, so every row has
 * its full width.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { selectWithin } from './prune.js';

/** Tables this long or spans this tall are no article's tables: left as they are. */
const MAX_ROWS = 200;
const MAX_SPAN = 50;

/** A row's cells (<td> and <th>). */
export function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => c.type === 'tag' && ((c as Element).name === 'td' || (c as Element).name === 'th'));
}

/** How many rows or columns a cell spans (1 when it spans none; at most MAX_SPAN). */
export function spanOf(cell: Element, attr: 'rowspan' | 'colspan'): number {
  const n = Number.parseInt(cell.attribs?.[attr] ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

/**
 * The rows of a table by row group, in document order (a <thead>'s, then a <tbody>'s), not those of
 * tables nested in it; rows directly under the table form groups of their own. A span ends with its
 * group, as in a browser.
 */
function rowGroupsOf(table: Element): Element[][] {
  const groups: Element[][] = [];
  let loose: Element[] | undefined;
  for (const c of table.children) {
    if (c.type !== 'tag') continue;
    const e = c as Element;
    if (e.name === 'tr') {
      if (!loose) groups.push((loose = []));
      loose.push(e);
    } else if (e.name === 'thead' || e.name === 'tbody' || e.name === 'tfoot') {
      loose = undefined;
      groups.push(e.children.filter((r): r is Element => r.type === 'tag' && (r as Element).name === 'tr'));
    }
  }
  return groups;
}

/** Copies every row-spanning cell of the tables under `root` into the rows it spans. */
export function expandRowSpans($: CheerioAPI, root: Cheerio<AnyNode>): void {
  for (const table of selectWithin($, root, 'table').toArray() as Element[]) {
    if (!$(table).find('[rowspan]').length) continue;
    const groups = rowGroupsOf(table);
    if (groups.reduce((n, g) => n + g.length, 0) > MAX_ROWS) continue;
    for (const rows of groups) expandGroup($, rows);
  }
}

/** Copies the row-spanning cells of one row group into the rows they span. */
function expandGroup($: CheerioAPI, rows: Element[]): void {
  /** Column → the cell still spanning down and how many rows it has left. */
  const pending = new Map<number, { cell: Element; left: number }>();
  for (const row of rows) {
    const cells = cellsOf(row);
    let col = 0;
    let i = 0;
    // walk the columns: a pending span takes its column before the row's own next cell does
    while (i < cells.length || [...pending.keys()].some((k) => k >= col)) {
      const span = pending.get(col);
      if (span) {
        const copy = $(span.cell).clone().removeAttr('rowspan');
        if (i < cells.length) $(cells[i]!).before(copy);
        else $(row).append(copy);
        if (--span.left === 0) pending.delete(col);
        col += spanOf(span.cell, 'colspan');
        continue;
      }
      if (i >= cells.length) {
        col++;
        continue;
      }
      const cell = cells[i++]!;
      const rs = spanOf(cell, 'rowspan');
      if (rs > 1) pending.set(col, { cell, left: rs - 1 });
      col += spanOf(cell, 'colspan');
    }
  }
}

/** A cell with nothing in it: no text and no image. */
const isBlank = (cell: Element): boolean => !cell.children.some((c) => (c.type === 'text' ? /\S/.test((c as unknown as { data: string }).data) : c.type === 'tag' && (c as Element).name !== 'br'));

/**
 * The empty cells of a ruled table (every row as wide as its header, three columns or more) written "-", as such tables
 * print one: read a cell a block, a row with an empty cell is a cell short and the next row slides into its place.
 */
export function markEmptyCells($: CheerioAPI, root: Cheerio<AnyNode>): void {
  for (const table of selectWithin($, root, 'table').toArray() as Element[]) {
    const rows = rowGroupsOf(table).flat();
    // (a sheet's rows of notes spanning every column are another kind of table: left as they are)
    if (rows.length < 3 || rows.length > MAX_ROWS || $(table).find('[colspan]').length) continue;
    const widths = rows.map((r) => cellsOf(r).reduce((n, c) => n + spanOf(c, 'colspan'), 0));
    if (widths[0]! < 3 || widths.some((w) => w !== widths[0])) continue;
    for (const row of rows) {
      const cells = cellsOf(row);
      if (cells.filter((c) => !isBlank(c)).length < 2) continue;
      // (an empty header cell, a data frame's index column, stays as it is)
      for (const c of cells) if (c.name === 'td' && isBlank(c)) $(c).text('-');
    }
  }
}
