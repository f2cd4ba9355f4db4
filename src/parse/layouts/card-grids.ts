/**
 * A company's own page (its leadership, its team) prints people as a grid of <article> cards ("<h3>NAME</h3><p
 * class=role>CTO</p><p class=bio>…</p>"), one section of the page's <main> beside others: a board list, a table of
 * its models, a paragraph on its partners. The cards are no story of their own; the <main> that holds them and the
 * sections beside them is the page's text.
 */
import type { AnyNode, Element } from 'domhandler';

/** Regions of a <main> that are no part of the page's text. */
const ASIDE_TAGS: ReadonlySet<string> = new Set(['aside', 'nav', 'footer', 'header', 'form']);

function isMain(el: AnyNode | null): el is Element {
  return el?.type === 'tag' && ((el as Element).name === 'main' || (el as Element).attribs.role === 'main');
}

/**
 * The <main> around a grid of sibling <article> cards, where the <main> holds another section of text (40 characters
 * or more, no aside, navigation, header or footer) beside the grid; else undefined.
 */
export function cardGridMain(grid: Element, length: (e: Element) => number): Element | undefined {
  const main = grid.parent;
  if (!isMain(main)) return undefined;
  for (const c of main.children) {
    if (c === grid || c.type !== 'tag' || ASIDE_TAGS.has((c as Element).name)) continue;
    if (length(c as Element) >= 40) return main;
  }
  return undefined;
}
