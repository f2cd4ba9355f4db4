/**
 * A list page (a reporter's page of their stories, a tag or section page) has no prose of its own: its only text is the
 * teaser cards of the stories it lists, each a link that holds a headline, a lead paragraph and a date
 * ("<li><a><strong>제목</strong><p>리드 두 문장</p><span>2026.12.03</span></a></li>"). Where no block of the page holds prose
 * outside links, a list of three or more such cards, outside page chrome (a most-read box, a menu), is the page's text.
 */
import type { AnyNode, Element } from 'domhandler';
import { isChromeElement } from '../chrome-elements.js';
import type { Densest } from './items.js';
import { normalizeDate, YMD } from '../dates.js';

/** The fewest cards a list must hold, and the shortest lead paragraph a card counts by. */
const MIN_CARDS = 3;
const MIN_LEAD = 20;

/** The list item a linked paragraph is the card of: a link within three levels above it, an <li> within three above that. */
function cardOf(p: Element): Element | undefined {
  let link: Element | undefined;
  let up = p.parent;
  for (let i = 0; i < 3 && up?.type === 'tag' && !link; i++, up = up.parent) if ((up as Element).name === 'a') link = up as Element;
  for (let i = 0; link && i < 3 && up?.type === 'tag'; i++, up = up.parent) if ((up as Element).name === 'li') return up as Element;
  return undefined;
}

function insideChrome(el: Element): boolean {
  for (let n: AnyNode | null = el; n && n.type === 'tag'; n = n.parent) if (isChromeElement(n as Element) || ['aside', 'nav', 'footer', 'header'].includes((n as Element).name)) return true;
  return false;
}

/** The list of teaser cards that is a list page's text, if the page is one (`roots`: the document's top nodes). */
export function teaserList(roots: readonly AnyNode[], length: (e: Element) => number): Densest | undefined {
  const lists = new Map<Element, { cards: Set<Element>; score: number }>();
  const stack: AnyNode[] = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'p') {
      const card = cardOf(el);
      const list = card?.parent?.type === 'tag' ? (card.parent as Element) : undefined;
      const len = list ? length(el) : 0;
      if (!list || !['ul', 'ol'].includes(list.name) || len < MIN_LEAD) continue;
      const entry = lists.get(list) ?? { cards: new Set<Element>(), score: 0 };
      entry.cards.add(card!);
      entry.score += len;
      lists.set(list, entry);
      continue;
    }
    for (const c of el.children) stack.push(c);
  }
  let best: Densest | undefined;
  for (const [list, { cards, score }] of lists) {
    if (cards.size < MIN_CARDS || insideChrome(list) || (best && best.score >= score)) continue;
    best = { el: list, score };
  }
  return best;
}

/**
 * A list page's date, where the page gives none of its own: the newest of its cards' dates, when the container is a list
 * whose every card carries one ("2026.12.03 14:21"); the cards' relative days ("3일") are read against it.
 */
export function newestCardDate(container: readonly AnyNode[], text: (e: Element) => string): string | undefined {
  const list = container.length === 1 && container[0]!.type === 'tag' ? (container[0] as Element) : undefined;
  if (!list || !['ul', 'ol'].includes(list.name)) return undefined;
  const cards = list.children.filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'li');
  const dates = cards.map((c) => new RegExp(YMD).exec(text(c))?.[0]).map((d) => (d ? normalizeDate(d) : undefined));
  if (cards.length < MIN_CARDS || dates.some((d) => !d)) return undefined;
  return (dates as string[]).sort().at(-1);
}
