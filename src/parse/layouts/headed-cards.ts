/**
 * A company's own page of people ("경영진": one card per executive, "<div class=exec><h5>name <span>title</span></h5>"
 * then a bullet list of past posts) writes prose in one card at most — an English bio, say — so that card is the densest
 * block, and the other cards, the board table and the history list beside them are left out. When the densest block is a
 * card among two or more siblings of its tag and class, each opening with a heading and none mostly links, the block that
 * holds the cards is the page's body.
 */
import type { Element } from 'domhandler';
import { firstChildElement } from '../dom.js';
import { insideChrome } from '../chrome-elements.js';
import type { Densest } from './items.js';

/** The fewest cards (the densest one among them) a run must hold. */
const MIN_CARDS = 3;

function classOf(e: Element): string {
  return (e.attribs['class'] ?? '').trim().split(/\s+/).sort().join(' ');
}

/** The text of an element's links and its whole text, summed over its descendants. */
function linkShare(e: Element, text: (e: Element) => number): boolean {
  const stack = [...e.children];
  let linked = 0;
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    if ((n as Element).name === 'a') linked += text(n as Element);
    else stack.push(...(n as Element).children);
  }
  return linked * 2 >= text(e);
}

/** The block holding the densest block's sibling cards, or the densest block itself. */
export function widenToHeadedCards(best: Densest, text: (e: Element) => number): Densest {
  const card = best.el;
  const parent = card.parent as Element | null;
  const cls = classOf(card);
  if (!cls || !parent || parent.type !== 'tag' || ['body', 'html'].includes(parent.name) || insideChrome(parent)) return best;
  const headed = (e: Element): boolean => /^h[2-6]$/.test(firstChildElement(e)?.name ?? '');
  if (!headed(card)) return best;
  const cards = parent.children.filter((c): c is Element => c.type === 'tag' && c.name === card.name && classOf(c) === cls);
  if (cards.length < MIN_CARDS || !cards.every((c) => headed(c) && !linkShare(c, text))) return best;
  return { el: parent, score: best.score };
}
