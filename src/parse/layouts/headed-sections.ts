/**
 * A project page, a paper's page or a poster built on a site template writes each part as a <section> whose
 * heading sits in a wrapper of the template's ("<section id=abstract><div class=container><h2>Abstract</h2>
 * <div class=content>…"): the densest block is the content inside one part, and the parts are the section's siblings.
 */
import type { Element } from 'domhandler';
import { firstChildElement } from '../dom.js';

/** How many lone wrappers a section's heading (or a part's content) may sit under. */
const WRAPPER_LEVELS = 2;

/** The element's tag children. */
function tagChildren(el: Element): Element[] {
  return el.children.filter((c): c is Element => c.type === 'tag');
}

/** True for a part's heading (h2–h4): a page's title is its h1. */
function isPartHeading(el: Element | undefined): boolean {
  return !!el && /^h[2-4]$/.test(el.name);
}

/** True when a <section> opens on its heading, as its first child or inside one or two lone wrappers of its first child. */
export function isHeadedSection(el: Element | undefined): boolean {
  if (!el || el.name !== 'section') return false;
  let first = firstChildElement(el);
  for (let depth = 0; first && !isPartHeading(first) && depth < WRAPPER_LEVELS; depth++) {
    // (a wrapper only when it is the section's, or the wrapper's, one tag child)
    const holder: Element = first.parent as Element;
    if (tagChildren(holder).length !== 1) return false;
    first = firstChildElement(first);
  }
  return isPartHeading(first);
}

/**
 * The headed <section> a block is the content of: the block's parent opens on a heading (h2–h4), and that parent is
 * the section or sits in it through lone wrappers. The block itself when it is one; undefined when there is none.
 */
export function headedSectionOf(el: Element): Element | undefined {
  if (isHeadedSection(el)) return el;
  const parent = el.parent as Element | null;
  if (parent?.type !== 'tag' || !isPartHeading(firstChildElement(parent))) return undefined;
  let up: Element = parent;
  for (let depth = 0; up.name !== 'section' && depth < WRAPPER_LEVELS; depth++) {
    const next = up.parent as Element | null;
    if (next?.type !== 'tag' || tagChildren(next).length !== 1) return undefined;
    up = next;
  }
  return isHeadedSection(up) ? up : undefined;
}
