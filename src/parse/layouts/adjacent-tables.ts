/**
 * A comparison page laid out as sibling blocks (a spec table, then the prose that reviews each model under its own
 * heading) has the prose as its densest block and the table beside it, outside it: the data tables set right next to
 * the body block, with nothing between them, are the article too.
 */
import type { Element } from 'domhandler';
import { findElements, nextElement } from '../dom.js';
import { isChromeElement } from '../chrome-elements.js';
import { widenToSiblingTables } from './items.js';

/** The least rows a table beside the story needs to be read with it. */
const MIN_ROWS = 3;
/** The longest a data table's cell may be (a layout table's cell holds whole paragraphs). */
const MAX_CELL = 60;

/** The elements named `name` under `el`, at most `limit`. */
function tagsIn(el: Element, name: string, limit = 400): Element[] {
  return findElements([el], (e) => e.name === name, limit);
}

/** A table of data: rows of two cells or more, short cells, a number somewhere, no table inside it, few links. */
function isDataTable(el: Element, text: (e: Element) => string): boolean {
  if (el.name !== 'table' || isChromeElement(el) || tagsIn(el, 'table').length > 0) return false;
  const rows = tagsIn(el, 'tr');
  if (rows.length < MIN_ROWS) return false;
  const cells = [...tagsIn(el, 'td'), ...tagsIn(el, 'th')];
  if (cells.some((c) => text(c).length > MAX_CELL)) return false;
  if (!rows.every((r) => r.children.filter((c) => c.type === 'tag' && ['td', 'th'].includes((c as Element).name)).length >= 2)) return false;
  const all = text(el);
  const links = tagsIn(el, 'a').reduce((n, a) => n + text(a).length, 0);
  return /\d/.test(all) && links * 5 < all.length;
}

/** The body block widened to its parent by its sibling tables (items.ts), else with the data tables right before and after it. */
export function withAdjacentTables(el: Element, text: (e: Element) => string): Element[] {
  const widened = widenToSiblingTables(el, text);
  if (widened !== el) return [widened];
  const parent = el.parent;
  if (parent?.type !== 'tag' && parent?.type !== 'root') return [el];
  const siblings = (parent as Element).children.filter((c): c is Element => c.type === 'tag');
  const at = siblings.indexOf(el);
  let first = at;
  let last = at;
  while (first > 0 && isDataTable(siblings[first - 1]!, text)) first--;
  while (last < siblings.length - 1 && isDataTable(siblings[last + 1]!, text)) last++;
  if (first !== at || last !== at) return siblings.slice(first, last + 1);
  const headed = headedTableAfter(el, text);
  return headed ? [el, ...headed] : [el];
}

/**
 * A run of sibling prose blocks (widenToProseSiblings) with the data tables right before and after it, nothing between
 * them: a thesis or record page's bibliographic table (th/td rows: 저자, 공동연구자 …) set above its abstracts.
 */
export function withTablesBeside(run: Element[], text: (e: Element) => string): Element[] {
  const parent = run[0]?.parent;
  if (parent?.type !== 'tag' && parent?.type !== 'root') return run;
  const siblings = (parent as Element).children.filter((c): c is Element => c.type === 'tag');
  let first = siblings.indexOf(run[0]!);
  let last = siblings.indexOf(run.at(-1)!);
  if (first < 0 || last < 0) return run;
  const [from, to] = [first, last];
  while (first > 0 && isDataTable(siblings[first - 1]!, text)) first--;
  while (last < siblings.length - 1 && isDataTable(siblings[last + 1]!, text)) last++;
  return first === from && last === to ? run : [...siblings.slice(first, from), ...run, ...siblings.slice(to + 1, last + 1)];
}

const HEADING = /^h[2-4]$/;

/**
 * A dataset or product page sets its prose in a column of a grid row (beside side cards) and its data table (a leaderboard)
 * after that row, under a heading of its own ("<h2>리더보드</h2><table>"): the heading and the table right after the block
 * holding the prose (its column, or the row around it), nothing between them, are the article too.
 */
function headedTableAfter(el: Element, text: (e: Element) => string): Element[] | undefined {
  let block: Element = el;
  for (let up = 0; up < 3; up++) {
    let next = nextElement(block);
    const heading = next && HEADING.test(next.name) ? next : undefined;
    if (heading) next = nextElement(heading);
    if (next && isDataTable(next, text)) return heading ? [heading, next] : [next];
    const parent = block.parent;
    if (parent?.type !== 'tag' || ['body', 'html', 'main', 'article'].includes((parent as Element).name)) return undefined;
    block = parent as Element;
  }
  return undefined;
}
