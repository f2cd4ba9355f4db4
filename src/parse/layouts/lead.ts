/** A page's lead (standfirst) set apart from its body container. */
import type { Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { walkBlocks } from '../blocks.js';

/** An editor's lead or standfirst by its class or id: "article__lead", "lead-text", "standfirst", "intro". */
const LEAD_CLASS = /(?:^|[-_\s])(?:lead|standfirst|intro|deck)(?:$|[-_\s])/i;
/** A subtitle by its class: "talk-sub", "article-subtitle", "sub_head". */
const SUBTITLE_CLASS = /(?:^|[-_\s])sub(?:title|head|tit)?(?:$|[-_\s])/i;
/** A dialogue's or a debate's participants, each with a post, joined by a multiplication sign ("A 기관 직함 × B 회사 직함"). */
const PARTICIPANTS = /^[^×✕]{4,80}\s[×✕]\s[^×✕]{4,80}$/;
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
    const names = `${el.attribs?.class ?? ''} ${el.attribs?.id ?? ''}`;
    // (or a subtitle line naming a dialogue's participants: "NAME X부 정책관 × NAME Y사 부사장")
    if (!LEAD_CLASS.test(names) && !SUBTITLE_CLASS.test(names)) continue;
    for (const b of walkBlocks([el], { captionFromAlt: false, hardBreaks: true })) if (LEAD_CLASS.test(names) ? b.text.length >= 40 && /[다요][.!]["'”’]?$/.test(b.text) : PARTICIPANTS.test(b.text)) out.push(b.text);
  }
  return out.reverse();
}
