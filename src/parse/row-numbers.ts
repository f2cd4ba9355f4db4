/**
 * A data frame printed as HTML (pandas' to_html, a notebook's output) opens every row with its index: the header's
 * corner cell is empty and each body row's first cell is its row number (0, 1, 2, … or 1, 2, 3, …). Flattened into a
 * stream of cells, the header then has one cell fewer than each row, and every value slides one column right. The
 * index column carries nothing: it is removed, corner and numbers, so each row lines up with its header.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { tableRowsOf, textOf } from './dom.js';
import { selectWithin } from './prune.js';
import { cellsOf } from './row-spans.js';

/** Removes the row-number column of every table under `root` whose rows are numbered under an empty corner. */
export function dropRowNumberColumns($: CheerioAPI, root: Cheerio<AnyNode>): void {
  for (const table of selectWithin($, root, 'table').toArray() as Element[]) {
    const rows = tableRowsOf(table);
    if (rows.length < 3) continue;
    const firsts = rows.map((r) => cellsOf(r)[0]);
    if (firsts.some((c) => !c)) continue;
    if (textOf($(firsts[0]!)).trim() !== '' || cellsOf(rows[0]!).length < 3) continue;
    const base = Number(textOf($(firsts[1]!)).trim());
    if (base !== 0 && base !== 1) continue;
    if (!firsts.slice(1).every((c, k) => textOf($(c!)).trim() === String(base + k))) continue;
    for (const c of firsts) $(c!).remove();
  }
}
