/**
 * A page that tells one story as a run of sibling <article>s — a live blog's timestamped updates
 * (newest first), a timeline — has no single article element that holds it all. When the
 * longest <article> has two or more sibling <article>s under the same parent, each with text of
 * the same order, the parent is the story.
 */
import type { Element } from 'domhandler';

/** The element that holds `el` and its sibling <article>s when they are items of one story, else `el`. */
export function widenToSiblingArticles(el: Element, length: (e: Element) => number, elLength: number): Element {
  const parent = el.parent;
  if (parent?.type !== 'tag') return el;
  let items = 0;
  let total = 0;
  for (const c of (parent as Element).children) {
    if (c.type !== 'tag' || (c as Element).name !== 'article') continue;
    const len = c === el ? elLength : length(c as Element);
    if (len >= Math.max(40, elLength * 0.2)) {
      items++;
      total += len;
    }
  }
  return items >= 3 && total > elLength * 1.5 ? (parent as Element) : el;
}
