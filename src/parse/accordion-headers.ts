/**
 * An accordion's question headers (the WAI-ARIA accordion: "<h2><button aria-expanded>Q1. … 사업인가요?</button></h2>" over
 * each answer panel, as a ministry's 정책 Q&A or a FAQ board shows them). A button is chrome everywhere else; here it is the
 * heading's whole text — the question that names what the answer below is about — so it is unwrapped into its heading
 * before the chrome pass drops buttons.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { selectWithin } from './prune.js';

const HEADING = /^h[1-6]$/;

/** True when `el` is a disclosure toggle that is its heading's only element (an accordion item's header). */
function isAccordionToggle(el: Element): boolean {
  const parent = el.parent as Element | null;
  if (!parent || parent.type !== 'tag' || !HEADING.test(parent.name)) return false;
  if (el.attribs?.['aria-expanded'] === undefined && el.attribs?.['aria-controls'] === undefined) return false;
  return parent.children.every((c) => c === el || (c.type === 'text' && (c as unknown as { data: string }).data.trim() === ''));
}

/** Unwraps every accordion header's toggle under `root` into its heading (its text kept, the button gone). */
export function unwrapAccordionToggles($: CheerioAPI, root: Cheerio<AnyNode>): void {
  selectWithin($, root, 'button')
    .filter((_, b) => isAccordionToggle(b as Element))
    .each((_, b) => {
      $(b).replaceWith($(b).contents());
    });
}
