/**
 * A model hub page's sidebar of the model's own facts beside its card ("Model details": a `<dl>` of Organization /
 * Maintainer / Parameters; "Model tree": the models it was tuned from, merged into, quantised as). The card tells what the
 * model is; the box says who made and keeps it and what it was built from or into. readModelCardBox() gives the box's lines
 * — each term and description as one "label: value" line, each heading, paragraph and list item as it is — for the layout
 * to add after the story. A sidebar of other models ("Related models", "Trending") is none.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { childElements, findElements, insideFooter, isDescendantOf, textOfNodes } from './dom.js';
import { normalizeSpace } from './text.js';
import { descriptionLines } from './key-value-lists.js';

/** A model card's own heading ("Model details", "Model tree", "모델 정보"). */
const MODEL_CARD_HEADING = /^(?:Model (?:details|tree|card details|info(?:rmation)?)|모델 (?:정보|상세 정보|트리|계보))$/i;
/** A section longer than this is no sidebar box. */
const MAX_BOX = 1500;

const textOf = (el: Element): string => normalizeSpace(textOfNodes([el]));

function boxLines(el: Element, out: string[]): void {
  for (const c of childElements(el)) {
    if (c.name === 'dl') out.push(...descriptionLines(c));
    else if (c.name === 'ul' || c.name === 'ol') {
      for (const li of childElements(c)) if (li.name === 'li' && textOf(li)) out.push(textOf(li));
    } else if (/^(?:h[2-6]|p|blockquote)$/.test(c.name)) {
      // (the box's own heading, "Model details", is no line of it)
      if (textOf(c) && !MODEL_CARD_HEADING.test(textOf(c))) out.push(textOf(c));
    } else if (c.name === 'div' || c.name === 'section') boxLines(c, out);
  }
}

/** A box in a sidebar (`<aside>`): inside the story's container it goes with the page's chrome, so it is read as a box. */
function inAside(el: Element): boolean {
  for (let e: Element | undefined = el; e; e = e.parent?.type === 'tag' ? (e.parent as Element) : undefined) if (e.name === 'aside') return true;
  return false;
}

/** The lines of the model card boxes outside `container`, or in a sidebar inside it (none where the page has none). */
export function readModelCardBox($: CheerioAPI, container: readonly AnyNode[]): string[] {
  const inside = (el: Element): boolean => container.some((c) => c === el || (c.type === 'tag' && isDescendantOf(el, c)));
  const heads = findElements($.root().toArray(), (e) => /^h[2-6]$/.test(e.name) && MODEL_CARD_HEADING.test(textOf(e)));
  const out: string[] = [];
  for (const h of heads) {
    const box = h.parent?.type === 'tag' ? (h.parent as Element) : undefined;
    if (!box || box.name === 'body' || (inside(box) && !inAside(box)) || insideFooter(box) || textOf(box).length > MAX_BOX) continue;
    if (container.some((c) => c.type === 'tag' && isDescendantOf(c, box))) continue;
    boxLines(box, out);
  }
  return out;
}
