/**
 * A page that tells one story as a run of sibling <article>s — a live blog's timestamped updates
 * (newest first), a timeline — has no single article element that holds it all. When the
 * longest <article> has two or more sibling <article>s under the same parent, each with text of
 * the same order, the parent is the story.
 */
import type { Element } from 'domhandler';

/** The element that holds `el` and its sibling <article>s when they are items of one story, else `el`. */
export function widenToSiblingArticles(el: Element, length: (e: Element) => number, elLength: number): Element {
  const parent = el.parent;
  if (parent?.type !== 'tag') return el;
  let items = 0;
  let total = 0;
  for (const c of (parent as Element).children) {
    if (c.type !== 'tag' || (c as Element).name !== 'article') continue;
    const len = c === el ? elLength : length(c as Element);
    if (len >= Math.max(40, elLength * 0.2)) {
      items++;
      total += len;
    }
  }
  return items >= 3 && total > elLength * 1.5 ? (parent as Element) : el;
}

function descendantsNamed(el: Element, name: string, limit = 200): Element[] {
  const out: Element[] = [];
  const stack = [...el.children];
  while (stack.length > 0 && out.length < limit) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const e = n as Element;
    if (e.name === name) out.push(e);
    stack.push(...e.children);
  }
  return out;
}

/** A data table: two or more rows, and a number in some cell. */
function isDataTable(table: Element, text: (e: Element) => string): boolean {
  return descendantsNamed(table, 'tr').length >= 3 && /\d/.test(text(table));
}

/**
 * A report page (an analyst note, a release with a results table) puts its prose in one block and
 * its tables beside it, under the same parent: the prose alone is the densest block, but the tables
 * are the article too. When the parent adds data tables and little other text, the parent is the body.
 */
export function widenToSiblingTables(el: Element, text: (e: Element) => string): Element {
  const parent = el.parent;
  if (parent?.type !== 'tag' || ['body', 'html'].includes((parent as Element).name)) return el;
  const own = text(el).length;
  let tables = 0;
  let tableText = 0;
  let other = 0;
  for (const c of (parent as Element).children) {
    if (c === el || c.type !== 'tag') continue;
    const e = c as Element;
    const len = text(e).length;
    if (e.name === 'table' && isDataTable(e, text)) {
      tables++;
      tableText += len;
    } else other += len;
  }
  return tables >= 1 && tableText >= 20 && other <= own * 0.6 ? (parent as Element) : el;
}
