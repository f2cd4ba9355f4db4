/**
 * An accordion's question headers (the WAI-ARIA accordion: "<h2><button aria-expanded>Q1. … 사업인가요?</button></h2>" over
 * each answer panel, as a ministry's 정책 Q&A or a FAQ board shows them). A button is chrome everywhere else; here it is the
 * heading's whole text — the question that names what the answer below is about — so it is unwrapped into its heading
 * before the chrome pass drops buttons. A toggle that is no heading's but sits right before the panel it controls
 * ("<button aria-controls="faq1">Q. …</button><div id="faq1" hidden><p>A. …</p></div>", a service page's FAQ) becomes a
 * paragraph of its question, and its panel, hidden only until the question is pressed, is shown.
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

/** The element after `el`, whitespace skipped. */
function nextElementOf(el: Element): Element | undefined {
  for (let n = el.next; n; n = n.next) if (n.type === 'tag') return n as Element;
  return undefined;
}

/** The panel right after a toggle button that controls it (by id, or hidden as a closed panel is). */
function panelOf(el: Element): Element | undefined {
  const a = el.attribs ?? {};
  if (el.name !== 'button' || (a['aria-expanded'] === undefined && a['aria-controls'] === undefined)) return undefined;
  const next = nextElementOf(el);
  if (!next) return undefined;
  const controls = a['aria-controls'];
  return (controls ? next.attribs?.['id'] === controls : 'hidden' in (next.attribs ?? {})) ? next : undefined;
}

/** Turns every toggle right before its panel into a paragraph of its text, and shows the panel. */
export function openAccordionPanels($: CheerioAPI, root: Cheerio<AnyNode>): void {
  selectWithin($, root, 'button').each((_, b) => {
    const panel = panelOf(b as Element);
    if (!panel) return;
    delete panel.attribs['hidden'];
    if (panel.attribs['aria-hidden'] === 'true') delete panel.attribs['aria-hidden'];
    $(b).replaceWith($('<p></p>').text($(b).text().trim()));
  });
}
