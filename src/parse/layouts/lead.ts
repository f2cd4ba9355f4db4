/** A page's lead (standfirst) set apart from its body container. */
import type { Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { walkBlocks } from '../blocks.js';

/** An editor's lead or standfirst by its class or id: "article__lead", "lead-text", "standfirst", "intro". */
const LEAD_CLASS = /(?:^|[-_\s])(?:lead|standfirst|intro|deck)(?:$|[-_\s])/i;
/** How many elements before the body container a lead may sit (a video or a photo between them). */
const LEAD_REACH = 3;

/**
 * The lead paragraphs a page sets just before its body container ("<div class=article__lead>" above
 * "<div id=articleBody>", a video between them): the story's opening, which the container leaves out.
 * Only prose counts (a sentence's ending), never a label or a link list.
 */
export function readLeadBefore(container: Cheerio<AnyNode>): string[] {
  const out: string[] = [];
  let sibling = container.prev();
  for (let i = 0; i < LEAD_REACH && sibling.length > 0; i++, sibling = sibling.prev()) {
    const el = sibling[0] as Element;
    if (!LEAD_CLASS.test(`${el.attribs?.class ?? ''} ${el.attribs?.id ?? ''}`)) continue;
    for (const b of walkBlocks([el], { captionFromAlt: false, hardBreaks: true })) if (b.text.length >= 40 && /[다요][.!]["'”’]?$/.test(b.text)) out.push(b.text);
  }
  return out.reverse();
}
