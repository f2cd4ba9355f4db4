/** A figure's caption (a figcaption or a caption-classed element) and a card image's alt text that says more than it. */
import type { Element } from 'domhandler';
import { textOfNodes } from './dom.js';
import { normalizeSpace } from './text.js';

/** A class that marks a photo's caption ("img_desc", "photo_caption", "figcaption" …). */
export const CAPTION_CLASS = /(?:^|[\s_-])(?:img_desc|caption|txt_caption|photo_desc|img_caption|photo_caption|figcaption|imgtxt|img_txt|(?:pic|ph|photo|img|image)[_-]?cap(?:tion)?)(?:$|[\s_-])/i;

function classOf(el: Element): string {
  return el.attribs?.['class'] ?? '';
}

/**
 * The first figcaption (or caption-classed element) under `el`, the last child's subtree searched first; null when there is
 * none. Each element's answer is kept in `known`, so figures nested in figures (a hostile page's thousands of unclosed
 * <figure>s) cost one walk of the page, not one per figure.
 */
function captionUnder(root: Element, known: Map<Element, Element | null>): Element | null {
  const isCaption = (e: Element) => e.name === 'figcaption' || CAPTION_CLASS.test(classOf(e));
  const elements = (el: Element) => el.children.filter((n): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style');
  // iterative, children first: a deep page cannot overflow the stack
  const todo: Element[] = [root];
  while (todo.length > 0) {
    const el = todo[todo.length - 1]!;
    if (known.has(el)) {
      todo.pop();
      continue;
    }
    const kids = elements(el);
    const pending = kids.filter((e) => !isCaption(e) && !known.has(e));
    if (pending.length > 0) {
      for (const e of pending) todo.push(e);
      continue;
    }
    let found: Element | null = null;
    for (let i = kids.length - 1; i >= 0 && !found; i--) found = isCaption(kids[i]!) ? kids[i]! : (known.get(kids[i]!) ?? null);
    known.set(el, found);
    todo.pop();
  }
  return known.get(root) ?? null;
}

/** The text of a figure's figcaption (or caption-classed element); undefined when it has none. */
export function figcaptionText(el: Element, known: Map<Element, Element | null>): string | undefined {
  const caption = captionUnder(el, known);
  return caption ? normalizeSpace(textOfNodes([caption])) : undefined;
}

/** A sentence boundary inside a text ("…공개. 네이버는 …", "…했습니다. 매개변수는 …"). */
const INNER_SENTENCE_END = /[.?!]\s+\S/;

/**
 * A card-news image: its alt text holds the card's own text (several sentences, much longer than
 * the short caption under it, which does not repeat it). A photo's alt that repeats or shortens its
 * caption is not read.
 */
export function altSaysMore(alt: string, caption: string): boolean {
  if (alt.length < 40 || alt.length < caption.length * 2 || !INNER_SENTENCE_END.test(alt)) return false;
  const c = caption.replace(/^[①-⑳\d.\s]+/, '').trim();
  return c === '' || !alt.includes(c);
}
