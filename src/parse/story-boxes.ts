/**
 * Boxes the story sets among its own paragraphs: an <aside> that holds a table ("<aside class=box-table><p>한눈에 보는 …</p>
 * <table>…", a magazine's summary of the story) is part of the story, where an aside beside it (a sidebar's rankings, a
 * related-links box) is chrome.
 */
import type { Element } from 'domhandler';
import { childElements, findElements, nextElement, previousElement, shortTextOf, textOfNodes } from './dom.js';

/** A paragraph of the story's prose: long enough to be no caption or label. */
const PROSE_LENGTH = 60;

/** A fact card longer than this is no card. */
const MAX_CARD = 800;

/**
 * True when `el` is an <aside> holding a table, with a paragraph of prose right before or after it; or an <aside> of the
 * story's own container (`<main>`, `<article>`) that is only a fact card, a `<dl>` with no links ("고객 / 도입 모델 / 구축 파트너").
 */
export function isStoryTableBox(el: Element): boolean {
  if (el.name !== 'aside') return false;
  if (isStoryFactCard(el)) return true;
  if (!findElements([el], (x) => x.name === 'table', 1).length) return false;
  const prose = (x: Element | undefined): boolean => x !== undefined && x.name === 'p' && textOfNodes([x]).trim().length >= PROSE_LENGTH;
  return prose(previousElement(el)) || prose(nextElement(el));
}

/** An <aside> right under `<main>` or `<article>` whose one child is a `<dl>` of a few facts, no link among them. */
function isStoryFactCard(el: Element): boolean {
  const parent = el.parent?.type === 'tag' ? (el.parent as Element) : undefined;
  if (!parent || (parent.name !== 'main' && parent.name !== 'article')) return false;
  const kids = childElements(el);
  // (the text is read first, bounded: a sidebar's long lists are never walked whole)
  if (kids.length !== 1 || kids[0]!.name !== 'dl' || shortTextOf([el], MAX_CARD) === undefined) return false;
  return !findElements([el], (x) => x.name === 'a', 1).length;
}
