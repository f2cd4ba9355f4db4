/**
 * A social post and its signed comments (a professional network's post, a community site's entry, a team report with a
 * discussion under it): the post's writer is shown by a head line of a name, the writer's headline (company and role) and
 * a `<time>` ("<b>NAME</b> <span>회사 직함</span> <time>"), and so is each of two comments or more in a reply-named block
 * ("section.comments"). The commenters speak in their own names, under their companies: what they say there (their roles,
 * confirmations, corrections) is the page's content, not a news page's anonymous reader comments.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { shortTextOf, textOf } from '../dom.js';
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

/**
 * A role badge right after a commenter's name: "(Topic Author)", "(Competition Host)", "(2nd place)", "(작성자)". A
 * competition's or a project's discussion marks who speaks for the post, the host or a ranked team this way.
 */
const ROLE_BADGE = /^\s?[(\[](?:Topic\sAuthor|Author|OP|(?:Competition\s)?Host|(?:Kaggle\s)?Staff|Moderator|Maintainer|Organi[sz]er|\d{1,2}(?:st|nd|rd|th)\splace|작성자|글쓴이|운영자|운영진|주최(?:\s?측)?|관리자|\d{1,2}위(?:\s?팀)?)[)\]]/i;

/** True when `el` opens on a short name element followed by a role badge: a badged head line. */
// (the badge is tested first and the name read only up to a name's length: a page of nested <span>s is no thread, and
// reading each one's whole text was quadratic, 15 s for 2,000 spans around 6 MB)
function isBadgedLine(el: Element): boolean {
  const first = el.children.find((c): c is Element => c.type === 'tag');
  if (!first || !NAME_TAGS.has(first.name)) return false;
  const next = first.next;
  if (next?.type !== 'text' || !ROLE_BADGE.test((next as unknown as { data: string }).data)) return false;
  const name = shortTextOf(first.children, 40);
  return name !== undefined && WRITER_NAME.test(normalizeSpace(name));
}

/**
 * True when the page is a post signed by its writer (a name and a `<time>`) with two comments or more whose writers carry
 * a role badge (a competition's solution write-up: the post's author answering, the host, the runner-up team): what those
 * commenters say is the page's content, not anonymous reader comments.
 */
export function isBadgedCommentThread($: CheerioAPI): boolean {
  return hasOwnAndTwoReplies($, (n) => {
    if (n.type !== 'tag') return 'skip';
    const el = n as Element;
    if (el.name === 'script' || el.name === 'style' || el.name === 'aside' || el.name === 'nav' || el.name === 'footer') return 'skip';
    return isSignedLine($, el) || isBadgedLine(el) ? 'writer' : 'open';
  });
}
