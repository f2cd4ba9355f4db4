/** The leaves of text a page's story is scored by when it has no <p>s: divs of inline text, old table layouts' cells and <font>s. */
import type { Element } from 'domhandler';
import { INLINE_TAGS } from '../dom.js';
import { normalizeSpace } from '../text.js';

/**
 * A <div> with text and nothing but inline elements in it: a paragraph written as a div. The text may
 * sit only inside the inline children (an essay platform writes each sentence as a <span> of its own).
 */
export function isTextLeaf(el: Element): boolean {
  let text = false;
  let inlineTags = false;
  for (const c of el.children) {
    if (c.type === 'tag') {
      const name = (c as Element).name;
      if (!INLINE_TAGS.has(name)) return false;
      // links alone are a menu or a tag list, not a paragraph
      if (name !== 'a' && name !== 'br') inlineTags = true;
    } else if (c.type === 'text' && /\S/.test((c as unknown as { data: string }).data)) text = true;
  }
  return text || inlineTags;
}

/** Elements of old table layouts whose own text, broken by <br>s, may be the story. */
export const CELL_TEXT_HOLDERS: ReadonlySet<string> = new Set(['td', 'font', 'span']);

/** The length of an element's own text when at least two <br>s break it (0 otherwise). */
export function brokenTextLength(el: Element): number {
  let brs = 0;
  let own = 0;
  for (const c of el.children) {
    if (c.type === 'tag' && (c as Element).name === 'br') brs++;
    else if (c.type === 'text') own += normalizeSpace((c as unknown as { data: string }).data).length;
  }
  return brs >= 2 ? own : 0;
}

/** A sentence's end in a line of text: a line of prose, not a menu or a heading. */
export const SENTENCE_END = /(?:다|요)\.(?:\s|$)|[.!?]$/;

/** A <font> of inline text with no <br> in it: an old table layout's paragraph. */
export function isFontParagraph(el: Element): boolean {
  return el.name === 'font' && isTextLeaf(el) && !el.children.some((c) => c.type === 'tag' && (c as Element).name === 'br');
}
