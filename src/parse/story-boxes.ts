/**
 * Boxes the story sets among its own paragraphs: an <aside> that holds a table ("<aside class=box-table><p>한눈에 보는 …</p>
 * <table>…", a magazine's summary of the story) is part of the story, where an aside beside it (a sidebar's rankings, a
 * related-links box) is chrome.
 */
import type { Element } from 'domhandler';
import { findElements, nextElement, previousElement, textOfNodes } from './dom.js';

/** A paragraph of the story's prose: long enough to be no caption or label. */
const PROSE_LENGTH = 60;

/** True when `el` is an <aside> holding a table, with a paragraph of prose right before or after it. */
export function isStoryTableBox(el: Element): boolean {
  if (el.name !== 'aside' || !findElements([el], (x) => x.name === 'table', 1).length) return false;
  const prose = (x: Element | undefined): boolean => x !== undefined && x.name === 'p' && textOfNodes([x]).trim().length >= PROSE_LENGTH;
  return prose(previousElement(el)) || prose(nextElement(el));
}
