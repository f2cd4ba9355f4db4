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
import { hasOwnAndTwoReplies, walkThread } from './board.js';

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

/** A professional headline after a commenter's name: a role, an at sign, the company ("Research Lead @ X", "PM @ X · Dec 3"). */
const ROLE_AT_COMPANY = /^[A-Za-z가-힣][^@\n]{0,40}\s@\s?[^\s@·|][^@\n]{0,40}$/;
/** A post's author line after the name: a separator and a date ("· Created on November 27", "| 2026.12.03", "· 12월 3일"). */
const DATED_AFTER_NAME = /^\s?(?:\([^()]{1,20}\)\s?)?[·|]\s?[^\n]{0,30}?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}|\d{4}[.\-/]\s?\d{1,2}|\d{1,2}월\s?\d{1,2}일)/;

/** The name element a head line opens on, after an avatar image; undefined when it opens otherwise. */
function leadingName(el: Element): Element | undefined {
  const tags = el.children.filter((c): c is Element => c.type === 'tag' && c.name !== 'img');
  const first = tags[0];
  return first && NAME_TAGS.has(first.name) && first === el.children.find((c) => c.type === 'tag' && (c as Element).name !== 'img') ? first : undefined;
}

/** The line's own text after its name element (its paragraphs left out), up to 120 characters; undefined past that. */
function textAfterName($: CheerioAPI, el: Element, name: Element): string | undefined {
  const rest = el.children.slice(el.children.indexOf(name) + 1).filter((c) => c.type === 'text' || (c.type === 'tag' && (c as Element).name !== 'p' && (c as Element).name !== 'div'));
  const text = normalizeSpace(rest.map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : textOf($(c as Element)))).join(' '));
  return text.length <= 120 ? text : undefined;
}

/** "<b>NAME</b> <span>ROLE @ COMPANY · Dec 3</span>": a comment signed with its writer's professional headline. */
function isHeadlinedLine($: CheerioAPI, el: Element): boolean {
  const name = leadingName(el);
  if (!name || !WRITER_NAME.test(normalizeSpace(shortTextOf(name.children, 40) ?? ''))) return false;
  const rest = textAfterName($, el, name);
  return rest !== undefined && ROLE_AT_COMPANY.test(rest.replace(/\s?[·|]\s?[^·|@]{1,24}$/, ''));
}

/** "<img> <a>NAME</a> · Created on November 27 | …": a post's author line, a name and a date. */
function isDatedAuthorLine($: CheerioAPI, el: Element): boolean {
  const name = leadingName(el);
  if (!name || !WRITER_NAME.test(normalizeSpace(shortTextOf(name.children, 40) ?? ''))) return false;
  const rest = textAfterName($, el, name);
  return rest !== undefined && !BYLINE_WORD.test(rest) && DATED_AFTER_NAME.test(rest);
}

/**
 * True when the page is a report or post whose author line gives a name and a date, with two comments or more signed by
 * name and professional headline ("ROLE @ COMPANY"): colleagues answering under their companies, not anonymous readers.
 */
export function isHeadlinedCommentThread($: CheerioAPI): boolean {
  let own = 0;
  let replies = 0;
  return walkThread($, (n, inReplies) => {
    if (n.type !== 'tag') return 'skip';
    const el = n as Element;
    if (el.name === 'script' || el.name === 'style' || el.name === 'aside' || el.name === 'nav' || el.name === 'footer') return 'skip';
    if (inReplies && isHeadlinedLine($, el)) replies++;
    else if (!inReplies && isDatedAuthorLine($, el)) own++;
    else return 'open';
    return own > 0 && replies >= 2 ? true : 'skip';
  });
}
