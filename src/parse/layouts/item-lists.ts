/**
 * A daily digest writes one line per story ("<ul><li><strong>headline</strong><p>two sentences</p></li>…"): each item's
 * prose is short, and an editor's closing note beside the list, one block of three paragraphs, scores more than any one
 * item. The list's items together are the page's news; the note is a comment on it.
 */
import type { AnyNode, Element } from 'domhandler';
import { textOfNodes } from '../dom.js';
import { insideChrome } from '../chrome-elements.js';
import { normalizeSpace } from '../text.js';
import { listOfItems, type Densest } from './items.js';

/** The fewest items a list must hold to be a digest, and the share of its best item's prose each must hold to count. */
const MIN_ITEMS = 3;
const ITEM_SHARE = 0.3;

interface ItemGroup {
  top: Element;
  topScore: number;
  scores: number[];
}

/** Scored list items grouped by their list (<ul>/<ol>): the best item and every item's score. */
function groupListItems(scores: Map<Element, number>): Map<Element, ItemGroup> {
  const groups = new Map<Element, ItemGroup>();
  for (const [el, score] of scores) {
    if (el.name !== 'li' || el.parent?.type !== 'tag') continue;
    const list = el.parent as Element;
    const group = groups.get(list);
    if (!group) groups.set(list, { top: el, topScore: score, scores: [score] });
    else {
      group.scores.push(score);
      if (score > group.topScore) [group.top, group.topScore] = [el, score];
    }
  }
  return groups;
}

/**
 * The list whose items, each of the same order, together hold more prose than the densest block (outside page chrome),
 * as the block that holds them; else the densest block.
 */
export function preferItemList(best: Densest, scores: Map<Element, number>): Densest {
  let chosen = best;
  for (const [list, group] of groupListItems(scores)) {
    const counted = group.scores.filter((s) => s >= group.topScore * ITEM_SHARE);
    const sum = counted.reduce((a, b) => a + b, 0);
    if (counted.length < MIN_ITEMS || sum <= chosen.score || insideChrome(list)) continue;
    const items = listOfItems({ el: group.top, score: group.topScore }, scores);
    if (items.el === list) chosen = items;
  }
  return chosen;
}

/** A dispatch's time stamp ("15:32", "14시 25분"): what each item of a flash list opens on. */
const STAMP = /^(?:[01]?\d|2[0-3]):[0-5]\d$|^(?:[01]?\d|2[0-3])시\s?[0-5]?\d분$/;
/** The fewest dispatches a flash list holds. */
const MIN_FLASHES = 3;

/** The element an item opens on when it is only a time stamp. */
function stampOf(li: AnyNode): Element | undefined {
  const first = (li as Element).children.find((c) => c.type === 'tag' || (c.type === 'text' && /\S/.test((c as unknown as { data: string }).data)));
  return first?.type === 'tag' && STAMP.test(normalizeSpace(textOfNodes([first]))) ? (first as Element) : undefined;
}

/**
 * A real-time flash page ("실시간 속보"): beside its short round-up (the densest block) a list of one-line dispatches, each
 * opening on its time stamp, that no <p> holds. The dispatches are the page's news: the list is read with the block, in
 * the page's order, each item without its stamp. Undefined where no such list is the block's sibling.
 */
export function flashListBeside(el: Element): Element[] | undefined {
  const parent = el.parent;
  if (!parent || parent.type !== 'tag') return undefined;
  const siblings = (parent as Element).children;
  for (const list of siblings) {
    if (list.type !== 'tag' || !['ul', 'ol'].includes((list as Element).name) || insideChrome(list as Element)) continue;
    const items = (list as Element).children.filter((c) => c.type === 'tag' && (c as Element).name === 'li');
    const stamps = items.map(stampOf);
    if (items.length < MIN_FLASHES || stamps.some((s) => !s)) continue;
    for (const s of stamps) (s as Element).children = [];
    return siblings.indexOf(list) < siblings.indexOf(el) ? [list as Element, el] : [el, list as Element];
  }
  return undefined;
}
