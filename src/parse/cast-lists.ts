/**
 * A list of the people a page is about, under a heading of its own beside the story: a broadcast episode page's cast
 * ("출연" over "NAME (X 대표)" items), a researcher profile's co-authors ("공동 저자" over "NAME — X 연구원"), a
 * conference page's panel. The story names most of them in passing or not at all; the list says where each works.
 * readCastLists() gives each item as a line for the layout to add after the story. A list in the footer, or inside
 * the story already, is none; so is a list of anything but short person items.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { childElements, findElements, insideFooter, isDescendantOf, textOfNodes } from './dom.js';
import { normalizeSpace } from './text.js';

/** The heading over a list of people: the cast, guests, panel or co-authors. */
const CAST_HEADING = /^(?:출연|출연진|출연자|게스트|패널|토론자|공동\s?저자|공동\s?연구자|Co-?authors?)$/i;
/** An item: a person's name, then an affiliation in parentheses or after a dash ("NAME (X 대표)", "NAME — X 연구원"). */
const PERSON_ITEM = /^[가-힣]{2,4}\s?(?:\([^()]{2,40}\)|[—–-]\s[^\s].{1,40})$/;

const textOf = (el: Element): string => normalizeSpace(textOfNodes([el]));

/** The items of each list of people under a cast or co-author heading outside `container`. */
export function readCastLists($: CheerioAPI, container: readonly AnyNode[]): string[] {
  const inside = (el: Element): boolean => container.some((c) => c === el || (c.type === 'tag' && isDescendantOf(el, c)));
  const out: string[] = [];
  const headings = findElements($.root().toArray(), (e) => /^(?:h[2-5]|strong|b|dt)$/.test(e.name) && CAST_HEADING.test(textOf(e)));
  for (const h of headings) {
    if (insideFooter(h) || inside(h)) continue;
    const siblings = h.parent?.type === 'tag' ? childElements(h.parent as Element) : [];
    const list = siblings[siblings.indexOf(h) + 1];
    if (!list || (list.name !== 'ul' && list.name !== 'ol')) continue;
    const items = childElements(list).filter((li) => li.name === 'li').map(textOf);
    if (items.length === 0 || items.length > 20 || !items.every((t) => PERSON_ITEM.test(t))) continue;
    out.push(...items);
  }
  return out;
}
