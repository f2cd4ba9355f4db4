/**
 * A social post and its signed comments (a professional network's post, a community site's entry, a team report with a
 * discussion under it): the post's writer is shown by a head line of a name, the writer's headline (company and role) and
 * a `<time>` ("<b>NAME</b> <span>회사 직함</span> <time>"), and so is each of two comments or more in a reply-named block
 * ("section.comments"). The commenters speak in their own names, under their companies: what they say there (their roles,
 * confirmations, corrections) is the page's content, not a news page's anonymous reader comments.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { textOf } from '../dom.js';
import { normalizeSpace } from '../text.js';
import { hasOwnAndTwoReplies } from './board.js';

/** Tags that carry a writer's name at the head of a signed line. */
const NAME_TAGS = new Set(['b', 'strong', 'a', 'span', 'cite']);
/** A name: two to thirty characters, no digits, no sentence end. */
const WRITER_NAME = /^[^\d.!?。]{2,30}$/;
/** A news byline's words: a reporter's line is no post's writer. */
const BYLINE_WORD = /기자|특파원|논설위원|편집위원|reporter|correspondent/i;

/** True when `el` opens on a short name element and holds a `<time>` of its own: a signed head line. */
function isSignedLine($: CheerioAPI, el: Element): boolean {
  const tags = el.children.filter((c): c is Element => c.type === 'tag');
  const first = tags[0];
  if (!first || !NAME_TAGS.has(first.name) || !tags.some((t) => t.name === 'time')) return false;
  const name = normalizeSpace(textOf($(first)));
  if (!WRITER_NAME.test(name)) return false;
  const head = tags.filter((t) => t.name !== 'p' && t.name !== 'div').map((t) => normalizeSpace(textOf($(t)))).join(' ');
  return head.length <= 120 && !BYLINE_WORD.test(head);
}

/** True when the page is a post signed by its writer with two signed comments or more under it. */
export function isSignedCommentThread($: CheerioAPI): boolean {
  return hasOwnAndTwoReplies($, (n) => {
    if (n.type !== 'tag') return 'skip';
    const el = n as Element;
    if (el.name === 'script' || el.name === 'style' || el.name === 'aside' || el.name === 'nav' || el.name === 'footer') return 'skip';
    return isSignedLine($, el) ? 'writer' : 'open';
  });
}
