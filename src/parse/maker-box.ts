/**
 * A crowdfunding campaign's or a product page's maker box beside the story ("메이커 정보": a `<dl>` of 메이커 / 대표 / 문의,
 * and a line the maker signs, "“…” — NAME X 대표"). The story tells what the maker built; the box says who the maker is and
 * who heads it. readMakerBox() gives the box's lines — each term and description as one "label: value" line, each other
 * line as it is — for the layout to add after the story. A box in the page's footer (the platform's own imprint) is none.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { findElements, insideFooter, textOfNodes } from './dom.js';
import { normalizeSpace } from './text.js';
import { readModelCardBox } from './model-card-box.js';

/** The first term of a maker box: the maker, seller or manufacturer. */
const MAKER_LABEL = /^(?:메이커|메이커명|판매자|판매사|제조사|제작사|제작자)$/;
/** A box longer than this is a section of its own, not a maker's card. */
const MAX_BOX = 600;

const elementChildren = (el: Element): Element[] => el.children.filter((c): c is Element => c.type === 'tag');
const textOf = (el: Element): string => normalizeSpace(textOfNodes([el]));

/** The "label: value" lines of a description list. */
function pairLines(dl: Element): string[] {
  const out: string[] = [];
  let label: string | undefined;
  for (const c of elementChildren(dl)) {
    if (c.name === 'dt') label = textOf(c);
    else if (c.name === 'dd' && label) out.push(`${label}: ${textOf(c)}`);
  }
  return out;
}

/** The lines of the maker box outside `container` (none where the page has no such box). */
export function readMakerBox($: CheerioAPI, container: readonly AnyNode[]): string[] {
  const inside = (el: Element): boolean => container.some((c) => c === el || (c.type === 'tag' && findElements([c], (e) => e === el, 1).length > 0));
  const lists = findElements($.root().toArray(), (e) => e.name === 'dl');
  for (const dl of lists) {
    const first = elementChildren(dl)[0];
    if (!first || first.name !== 'dt' || !MAKER_LABEL.test(textOf(first)) || insideFooter(dl) || inside(dl)) continue;
    const box = dl.parent?.type === 'tag' ? (dl.parent as Element) : undefined;
    if (!box || box.name === 'body' || textOf(box).length > MAX_BOX || container.some((c) => c.type === 'tag' && findElements([box], (e) => e === c, 1).length > 0)) return pairLines(dl);
    const lines: string[] = [];
    for (const c of elementChildren(box)) {
      if (c.name === 'dl') lines.push(...pairLines(c));
      else if (c.name === 'p' || c.name === 'div' || c.name === 'blockquote') {
        const t = textOf(c);
        if (t) lines.push(t);
      }
    }
    return lines;
  }
  return [];
}

/** The lines of the boxes beside the story that say who made what it tells of: a maker box, a model hub's model card box. */
export function readSideBoxes($: CheerioAPI, container: readonly AnyNode[]): string[] {
  return [...readMakerBox($, container), ...readModelCardBox($, container)];
}
