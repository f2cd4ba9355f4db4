/**
 * A crowdfunding campaign's or a product page's maker box beside the story ("메이커 정보": a `<dl>` of 메이커 / 대표 / 문의,
 * and a line the maker signs, "“…” — NAME X 대표"). The story tells what the maker built; the box says who the maker is and
 * who heads it. readMakerBox() gives the box's lines — each term and description as one "label: value" line, each other
 * line as it is — for the layout to add after the story. A box in the page's footer (the platform's own imprint) is none.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { childElements, findElements, insideFooter, isDescendantOf, textOfNodes } from './dom.js';
import { normalizeSpace } from './text.js';
import { readModelCardBox } from './model-card-box.js';
import { readHubDiscussions } from './hub-discussions.js';
import { descriptionLines } from './key-value-lists.js';
import { readCastLists } from './cast-lists.js';
import { readResultsBoxes } from './results-box.js';
import { readProfileHeader } from './profile-header.js';
import { readCompanyInfoBox } from './company-info-box.js';

/** The first term of a maker box: the maker, seller or manufacturer. */
const MAKER_LABEL = /^(?:메이커|메이커명|판매자|판매사|제조사|제작사|제작자)$/;
/** A box longer than this is a section of its own, not a maker's card. */
const MAX_BOX = 600;

const textOf = (el: Element): string => normalizeSpace(textOfNodes([el]));

/** The lines of the maker box outside `container` (none where the page has no such box). */
export function readMakerBox($: CheerioAPI, container: readonly AnyNode[]): string[] {
  const inside = (el: Element): boolean => container.some((c) => c === el || (c.type === 'tag' && isDescendantOf(el, c)));
  const lists = findElements($.root().toArray(), (e) => e.name === 'dl');
  for (const dl of lists) {
    const first = childElements(dl)[0];
    if (!first || first.name !== 'dt' || !MAKER_LABEL.test(textOf(first)) || insideFooter(dl) || inside(dl)) continue;
    const box = dl.parent?.type === 'tag' ? (dl.parent as Element) : undefined;
    if (!box || box.name === 'body' || textOf(box).length > MAX_BOX || container.some((c) => c.type === 'tag' && isDescendantOf(c, box))) return descriptionLines(dl);
    const lines: string[] = [];
    for (const c of childElements(box)) {
      if (c.name === 'dl') lines.push(...descriptionLines(c));
      else if (c.name === 'p' || c.name === 'div' || c.name === 'blockquote') {
        const t = textOf(c);
        if (t) lines.push(t);
      }
    }
    return lines;
  }
  return [];
}

/** The lines of the boxes beside the story that say who made what it tells of: a maker box, a model hub's model card box and discussion preview, a cast or co-author list, a sidebar's results table, a profile page's header, a company page's info box. */
export function readSideBoxes($: CheerioAPI, container: readonly AnyNode[]): string[] {
  const card = readModelCardBox($, container);
  // (a model hub page's discussion preview beside its card: see hub-discussions.ts)
  return [...readMakerBox($, container), ...card, ...(card.length ? readHubDiscussions($, container) : []), ...readCastLists($, container), ...readResultsBoxes($, container), ...readProfileHeader($, container), ...readCompanyInfoBox($, container)];
}
