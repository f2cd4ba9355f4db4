/**
 * A table drawn with inline blocks: a word processor's export (Google Docs' "download as web page")
 * may lay a table out as one paragraph per row whose cells are spans of a fixed width
 * (`display:inline-block`, from a class of the page's stylesheet or an inline style). A browser shows
 * columns; the text has the cells glued ("모델KMMLU HRM8K", "온누리 R2 (14B)71.60"). Each such row is
 * rewritten as a text-table row ("| 모델 | KMMLU | HRM8K |"), which the table readers read by its cells.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { escapeText, findElements } from './dom.js';
import { normalizeSpace } from './text.js';

/** A class rule of a stylesheet that lays its elements out as inline blocks (".c18{display:inline-block;width:150pt}"). */
const INLINE_BLOCK_RULE = /\.([A-Za-z_][\w-]{0,40})\s*\{[^{}]{0,400}?display\s*:\s*inline-block/g;
const INLINE_BLOCK_STYLE = /display\s*:\s*inline-block/i;
/** The elements whose children are one row. */
const ROW_TAGS = new Set(['p', 'div', 'li']);
/** More inline-block spans than this: a page laid out with them, not a table. */
const MAX_CELLS = 2000;

/** The classes a page's stylesheets lay out as inline blocks. */
function inlineBlockClasses($: CheerioAPI): Set<string> {
  const classes = new Set<string>();
  // (one walk of the tree, not a selector query: those took seconds on pathological pages)
  for (const el of findElements([$.root()[0] as AnyNode], (e) => e.name === 'style')) {
    const css = el.children.map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : '')).join('');
    for (const m of css.matchAll(INLINE_BLOCK_RULE)) classes.add(m[1]!);
  }
  return classes;
}

/** Rewrites paragraphs of two or more inline-block cells as "| a | b |" rows (at least two such rows); returns how many. */
export function markColumnSpans($: CheerioAPI): number {
  const classes = inlineBlockClasses($);
  const isCell = (el: Element): boolean =>
    el.name === 'span' && (INLINE_BLOCK_STYLE.test(el.attribs?.['style'] ?? '') || (el.attribs?.['class'] ?? '').split(/\s+/).some((c) => classes.has(c)));
  const cells = findElements([$.root()[0] as AnyNode], isCell, MAX_CELLS + 1);
  if (cells.length < 4 || cells.length > MAX_CELLS) return 0;
  const rows = new Map<Element, Element[]>();
  for (const cell of cells) {
    // (a cell inside another cell is part of its text)
    let row = cell.parent as Element | null;
    let nested = false;
    for (; row && !ROW_TAGS.has(row.name); row = row.parent as Element | null) if (isCell(row)) nested = true;
    if (!row || nested) continue;
    rows.set(row, [...(rows.get(row) ?? []), cell]);
  }
  const tableRows = [...rows].filter(([, cs]) => cs.length >= 2);
  if (tableRows.length < 2) return 0;
  for (const [row, cs] of tableRows) {
    const texts = cs.map((c) => normalizeSpace($(c).text()).replace(/\|/g, '/'));
    $(row).empty().append(escapeText(`| ${texts.join(' | ')} |`));
  }
  return tableRows.length;
}
