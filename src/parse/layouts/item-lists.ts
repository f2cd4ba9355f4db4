/**
 * A daily digest writes one line per story ("<ul><li><strong>headline</strong><p>two sentences</p></li>…"): each item's
 * prose is short, and an editor's closing note beside the list, one block of three paragraphs, scores more than any one
 * item. The list's items together are the page's news; the note is a comment on it.
 */
import type { Element } from 'domhandler';
import { isChromeElement } from '../prune.js';
import { listOfItems, type Densest } from './items.js';

/** The fewest items a list must hold to be a digest, and the share of its best item's prose each must hold to count. */
const MIN_ITEMS = 3;
const ITEM_SHARE = 0.3;

interface ItemGroup {
  top: Element;
  topScore: number;
  scores: number[];
}

/** True when the element or one of its ancestors is page chrome (a most-read list, a related-stories box). */
function insideChrome(el: Element): boolean {
  for (let n: Element | null = el; n && n.type === 'tag'; n = n.parent as Element | null) if (isChromeElement(n)) return true;
  return false;
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
