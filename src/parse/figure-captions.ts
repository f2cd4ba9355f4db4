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

/** A score written with a decimal point ("58.4", "71.2"): two or more in an alt text make it a data image's text. */
const DECIMAL_SCORE = /(?<![\d.])\d{1,3}\.\d{1,2}(?![\d.])/g;
/** The label a slide or a table image's alt text opens on ("Slide 3:", "표:", "Table 2 -"). */
const DATA_LABEL = /^(?:slide|table|chart|figure|fig\.|표|도표|그래프|차트|슬라이드)\s?\d{0,2}\s?[:.\-–—]\s*/i;
/** "A vs B — BENCH x vs y, BENCH2 p vs q": two models compared benchmark by benchmark. */
const VERSUS_ROW = /^(.{2,40}?)\s(?:vs\.?|대)\s(.{2,40}?)(?:\s[—–-]\s|:\s)((?:[^,;]{1,30}?\s\d{1,4}(?:\.\d{1,3})?\s(?:vs\.?|대)\s\d{1,4}(?:\.\d{1,3})?(?:,\s|;\s|$))+)$/i;
const VERSUS_CELL = /([^,;]{1,30}?)\s(\d{1,4}(?:\.\d{1,3})?)\s(?:vs\.?|대)\s(\d{1,4}(?:\.\d{1,3})?)/gi;

/**
 * The text of an image whose alt holds a score table or a comparison slide (two or more decimal scores, as "Slide 3: A vs B —
 * KMMLU 58.4 vs 49.0" or "표: A / HAE-RAE 62.3 / KoBEST 80.1"), written as the score lines a page would print: its label dropped
 * and a comparison turned into one row per model ("A KMMLU 58.4, HAE-RAE 71.2 / B KMMLU 49.0, HAE-RAE 63.5"). Undefined for
 * any other alt (a photo's description). A caption that already carries the numbers makes the alt a repeat.
 */
export function altDataText(alt: string, caption = ''): string | undefined {
  const scores = alt.match(DECIMAL_SCORE) ?? [];
  if (scores.length < 2 || alt.length > 400 || scores.every((n) => caption.includes(n))) return undefined;
  const text = alt.replace(DATA_LABEL, '');
  const versus = VERSUS_ROW.exec(text);
  if (!versus) return text;
  const cells = [...versus[3]!.matchAll(VERSUS_CELL)].map((c) => [c[1]!.trim(), c[2]!, c[3]!] as const);
  const row = (name: string, k: 1 | 2) => `${name.trim()} ${cells.map((c) => `${c[0]} ${c[k]}`).join(', ')}`;
  return `${row(versus[1]!, 1)} / ${row(versus[2]!, 2)}`;
}
