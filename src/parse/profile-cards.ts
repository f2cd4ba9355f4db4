/**
 * Profile cards on a social post page: a person's name beside the headline they gave themselves
 * ("이수진" · "리서치 엔지니어 @ 네이버클라우드", "Daniel Park" · "Product Lead at Upstage"), written as two
 * parts of one component ("comments-post-meta__name-text" / "comments-post-meta__headline",
 * "update-components-actor__title" / "update-components-actor__description", "comment__author" /
 * "comment__author-headline"). Each card is read as one line "NAME — HEADLINE": the post's author card in
 * place, a commenter's card (inside the comment widget pruned as chrome) after the post, the comment's
 * own text still left out. The extract stage reads where each names person works (see profile-lines.ts).
 */
import type { CheerioAPI, Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { textOfNodes } from './dom.js';
import { contains } from 'cheerio/slim';
import { isChromeElement } from './chrome-elements.js';
import { normalizeSpace } from './text.js';

/** A component's part holding the person's name (its block first; nested elements between, "account__header__tabs__name"). */
const NAME_PART = /^([a-z][a-z0-9-]{1,60})(?:__[a-z0-9-]{1,30}){0,2}__(?:author|name|name-text|title|description-title|actor-name)$/i;
/** The same component's part holding the headline under the name (a profile header's bio, "account__header__content"). */
const HEADLINE_PART = /^([a-z][a-z0-9-]{1,60})(?:__[a-z0-9-]{1,30}){0,2}__(?:author-headline|headline|subtitle|description-subtitle|description|occupation|bio|note)$|^([a-z][a-z0-9-]{1,60})__header__content$/i;
/** A fediverse post's or reply's name part ("display-name"), beside the account's note ("account-note") in its card. */
const DISPLAY_NAME = /^display-name$/;
const DISPLAY = 'display name';
const DISPLAY_HEADLINE = /^(?:account-note|account-bio|user-bio|profile-bio)$/;
/** A fediverse handle after a display name ("NAME @user@host"). */
const HANDLE_TAIL = /\s@[\w.-]+(?:@[\w.-]+)?$/;
/** A Hangul name beside its romanisation, either way round ("박하늘 Haneul Park", "Haneul Park 박하늘"): the Hangul name. */
const GLOSSED_NAME = /^([가-힣]{2,4}) [A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$|^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2} ([가-힣]{2,4})$/;
/** A person's name: two to four Hangul syllables, or two or three capitalised Latin words. */
const PERSON_NAME = /^(?:[가-힣]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$/;
/** What follows a name in its part: a connection degree, a badge ("서민재 · 1촌", "NAME • 3rd+"). */
const NAME_TAIL = /\s?[·•|(].*$/;
/** A panel role before a name in its part ("좌장 NAME", "사회 NAME", "Moderator NAME"). */
const ROLE_HEAD = /^(?:좌장|사회자?|진행자?|연사|발표자?|토론자?|패널|모더레이터|Moderator|Speaker|Panelist)\s?[:：]?\s/;

/**
 * A conference's or a staff page's plain card: a part classed only "name" beside one classed "aff", "org", "position" …
 * ("<div class="speaker-card"><p class="name">NAME</p><p class="aff">X · 직함</p>"), inside a card a speaker, a person,
 * a member or a profile names. Read as the BEM components' cards are, under the component name PLAIN.
 */
const PLAIN = 'plain card';
const PLAIN_NAME = /^(?:name|person-name|speaker-name|member-name|author-name)$/i;
const PLAIN_HEADLINE = /^(?:aff|affil|affiliation|org|organization|organisation|company|position|role|job|job-title|title|belong|desc)$/i;
const PLAIN_CARD = /(?:speaker|person|member|profile|presenter|panel|moderator|author|people|staff)/i;
const PLAIN_BLOCK: ReadonlySet<string> = new Set(['p', 'div', 'dt', 'dd', 'h3', 'h4', 'h5', 'h6', 'li']);
const PLAIN_HINT = /class="(?:[^"]*\s)?(?:name|person-name|speaker-name|member-name|author-name)(?:\s[^"]*)?"/;

/** True when one of the element's class names matches `pattern`. */
function hasClass(el: Element, pattern: RegExp): boolean {
  return (el.attribs?.['class'] ?? '').split(/\s+/).some((t) => pattern.test(t));
}

/** A plain card's name part: a "name" class inside an element (up to two levels up) that a card's class names. */
function isPlainName(el: Element): boolean {
  // (a block of its own: spans "name", "org", "pos" inside one speaker line are that line's words, read as they stand)
  if (!PLAIN_BLOCK.has(el.name) || !hasClass(el, PLAIN_NAME)) return false;
  let p = el.parent as Element | null;
  for (let up = 0; up < 2 && p && p.type === 'tag'; up++, p = p.parent as Element | null) if (hasClass(p, PLAIN_CARD)) return true;
  return false;
}

/** The element a plain card's class names, at or above `el` (the card's inner box sits after its photo). */
function plainCardOf(el: Element): Element {
  for (let p: Element | null = el; p && p.type === 'tag'; p = p.parent as Element | null) if (hasClass(p, PLAIN_CARD)) return p;
  return el;
}

/** The component a name part belongs to: its BEM block, or PLAIN for a plain card's. */
function nameComponent(el: Element): string | undefined {
  return partOf(el, NAME_PART) ?? (isPlainName(el) ? PLAIN : hasClass(el, DISPLAY_NAME) ? DISPLAY : undefined);
}

/** A card's name as a person's: its connection badge, a role before it and a handle after it left out, a romanisation beside Hangul dropped. */
function cardName(nameEl: Element): string {
  const name = normalizeSpace(textOfNodes([nameEl])).replace(NAME_TAIL, '').replace(ROLE_HEAD, '').replace(HANDLE_TAIL, '');
  const glossed = GLOSSED_NAME.exec(name);
  return glossed ? (glossed[1] ?? glossed[2])! : name;
}

export interface ProfileCards {
  /** Every card's line, in page order. */
  lines: string[];
  /** The lines of cards inside chrome (a comment list): to be added after the post's own blocks. */
  after: string[];
}

function partOf(el: Element, pattern: RegExp): string | undefined {
  for (const t of (el.attribs?.['class'] ?? '').split(/\s+/)) {
    const m = pattern.exec(t);
    if (m) return (m[1] ?? m[2])!.toLowerCase();
  }
  return undefined;
}

/** The first element under `root` (depth first) whose class names the headline part of `component`. */
function findHeadline(root: Element, component: string, skip: Element): Element | undefined {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type !== 'tag' || n === skip) continue;
    const el = n as Element;
    if (component === PLAIN ? hasClass(el, PLAIN_HEADLINE) : component === DISPLAY ? hasClass(el, DISPLAY_HEADLINE) : partOf(el, HEADLINE_PART) === component) return el;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
  }
  return undefined;
}

/** Elements never holding a card. */
const SKIPPED: ReadonlySet<string> = new Set(['script', 'style', 'head', 'template', 'svg', 'noscript']);

/** A comment list's part ("comments-comment-item", "comment__header"), a thread's replies ("status reply"). */
const COMMENT_TOKEN = /comment|repl(?:y|ies)/i;
/** A post's own author card ("update-components-actor__title"), which a feed prints above the post's text container. */
const ACTOR_COMPONENT = /(?:^|-)(?:actor|account)$/;

function insideComment(el: Element): boolean {
  for (let p: Element | null = el; p && p.type === 'tag'; p = p.parent as Element | null) if (COMMENT_TOKEN.test(p.attribs?.['class'] ?? '')) return true;
  return false;
}

function insideChrome(el: Element, roots: ReadonlySet<AnyNode>): boolean {
  for (let p = el.parent; p && p.type === 'tag' && !roots.has(p); p = p.parent) if (isChromeElement(p as Element)) return true;
  return false;
}

/** Reads the profile cards under `container`; an author card outside chrome is replaced by its line in place. */
export function readProfileCards($: CheerioAPI, container: Cheerio<AnyNode>, html: string): ProfileCards {
  const out: ProfileCards = { lines: [], after: [] };
  if (!html.includes('__') && !PLAIN_HINT.test(html) && !html.includes('display-name')) return out;
  const roots = new Set<AnyNode>(container.toArray());
  // each name part with its component, computed once
  const names: { nameEl: Element; component: string }[] = [];
  // the whole page: a comment list may sit outside the post's container
  const stack: AnyNode[] = [...(($.root()[0] as unknown as { children: AnyNode[] }).children ?? [])].reverse();
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type !== 'tag') continue;
    const el = n as Element;
    if (SKIPPED.has(el.name)) continue;
    const component = nameComponent(el);
    if (component) names.push({ nameEl: el, component });
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
  }
  // (a plain card alone is no grid of cards: one "name" beside an "org" may be the page's author or a lone bio)
  const plainCards = names.filter((n) => n.component === PLAIN).length;
  for (const { nameEl, component } of names) {
    if (component === PLAIN && plainCards < 2) continue;
    const name = cardName(nameEl);
    if (!PERSON_NAME.test(name)) continue;
    const inside = container.toArray().some((r) => r === nameEl || contains(r as Element, nameEl));
    // outside the post's container only a comment's card, or the post's author card above it, is read
    if (!inside && !insideComment(nameEl) && !ACTOR_COMPONENT.test(component)) continue;
    // the card: the name's parent or grandparent holding the headline part
    let card = nameEl.parent as Element | null;
    let headline: Element | undefined;
    for (let up = 0; up < 2 && card && card.type === 'tag'; up++) {
      headline = findHeadline(card, component, nameEl);
      if (headline) break;
      card = card.parent as Element | null;
    }
    if (!headline || !card) continue;
    const text = normalizeSpace(textOfNodes([headline]));
    if (text.length < 2 || text.length > 150 || !/[A-Za-z가-힣]/.test(text)) continue;
    const line = `${name} — ${text}`;
    out.lines.push(line);
    if (!inside || insideChrome(nameEl, roots)) {
      out.after.push(line);
      continue;
    }
    // (before the card, not in it: a card with an avatar would read its line as the photo's caption)
    $(headline).remove();
    $(nameEl).remove();
    $(component === PLAIN ? plainCardOf(card) : card).before($('<p></p>').text(line));
  }
  return out;
}
