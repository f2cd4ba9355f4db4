/**
 * Description lists used as spec sheets: a profile's or a product card's `<dl>` whose `<dt>`s are
 * short labels and whose `<dd>`s are short values ("공개일" / "2026.05.20", "파라미터" / "70억 개").
 * Each pair is read as one "label: value" line, as a card written in text would be, so the label
 * stays with its value. A `<dl>` of questions and answers (long terms or long descriptions) is left
 * as it was: each term and each description a block of its own.
 */
import type { Element } from 'domhandler';
import { normalizeSpace } from './text.js';
import { previousElement, textOfNodes } from './dom.js';

const MAX_LABEL = 20;
const MAX_VALUE = 80;

const elementChildren = (el: Element): Element[] => el.children.filter((c): c is Element => c.type === 'tag');

/** True when every term of the list is a short label and every description a short value. */
function isSpecList(dl: Element): boolean {
  const items = elementChildren(dl);
  if (items.length < 2 || items.some((c) => c.name !== 'dt' && c.name !== 'dd')) return false;
  if (items[0]!.name !== 'dt' || !items.some((c) => c.name === 'dd')) return false;
  return items.every((c) => {
    const text = normalizeSpace(textOfNodes(c.children));
    if (c.name === 'dd') return text.length <= MAX_VALUE;
    return text !== '' && text.length <= MAX_LABEL && !/[?？]$/.test(text);
  });
}

/** How an element of a spec list is read: a label (its text, then ": ", no break after it), a value (continuing the label's line), or neither. */
export function specListPart(el: Element): 'label' | 'value' | undefined {
  if (el.name !== 'dt' && el.name !== 'dd') return undefined;
  const parent = el.parent as Element | null;
  if (!parent || parent.type !== 'tag' || parent.name !== 'dl' || !isSpecList(parent)) return undefined;
  if (el.name === 'dt') return 'label';
  // a description continues its label's line only right after it ("dt dd"); a second description of one term starts a line
  return previousElement(el)?.name === 'dt' ? 'value' : undefined;
}

/** The separator after a label: none when the label already ends in a colon. */
export function labelSeparator(el: Element): string {
  return /[:：]\s*$/.test(normalizeSpace(textOfNodes(el.children))) ? ' ' : ': ';
}
