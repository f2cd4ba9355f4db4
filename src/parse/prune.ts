/** Removes page chrome from the DOM before the article text is read. */
import type { Cheerio, CheerioAPI } from 'cheerio';
import { contains } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { findElements, nextElement, previousElement, textOfNodes, tokensOf } from './dom.js';
import { isStoryTableBox } from './story-boxes.js';
import { select } from './simple-select.js';
import { isRenderedPost } from './rendered-posts.js';
import { liftMakerComments } from './maker-comments.js';
import { CHROME_TOKEN, HEADING_TAG, isChromeElement } from './chrome-elements.js';

/** Tags never part of the article text. */
const CHROME_TAG_SET = new Set([
  'script', 'style', 'noscript', 'iframe', 'nav', 'footer', 'aside', 'form', 'button', 'svg', 'template', 'select', 'textarea', 'input',
  // words struck out ("<del>700억 개</del> <ins>240억 개</ins>", a correction shown in place): withdrawn, no longer the page's
  'del', 's', 'strike',
]);

/**
 * The elements matching `selector` under `root`. Selects from the document root and filters by
 * ancestry: cheerio's `find` on an element with thousands of children is quadratic.
 */
export function selectWithin($: CheerioAPI, root: Cheerio<AnyNode>, selector: string): Cheerio<AnyNode> {
  const roots = root.toArray();
  return select($, selector).filter((_, el) => roots.some((r) => r !== el && contains(r as Element, el)));
}

/** Appends every item to `stack` one by one: spreading a 200k-child array as arguments overflows the call stack. */
function pushAll<T>(stack: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) stack.push(items[i] as T);
}

/** Roles of controls and their bars ("좋아요 1,482" under a post is a button's count, not text). */
const CONTROL_ROLE = /^(?:button|toolbar|menu|menubar|tablist)$/i;

/** Text written for screen readers only (", opens new tab" inside a link, "<span class=sr-only>"): not shown, not the story's. */
const SCREEN_READER_TOKEN = /^(?:sr-only|screen-reader-only|screen-reader-text|visually-hidden|visuallyhidden|a11y-hidden)$/i;
const INLINE_TAGS = new Set(['span', 'em', 'small', 'i', 'b']);

function isScreenReaderText(el: Element): boolean {
  const cls = el.attribs?.['class'];
  return !!cls && INLINE_TAGS.has(el.name) && cls.split(/\s+/).some((t) => SCREEN_READER_TOKEN.test(t));
}

/**
 * A tab's panel (role="tabpanel": "라인업", "벤치마크", "변경 이력" behind a row of tabs) is hidden only until its tab is
 * pressed: its text is the page's, shipped whole in the DOM, and stays.
 */
function isTabPanel(el: Element): boolean {
  return (el.attribs?.['role'] ?? '').toLowerCase() === 'tabpanel';
}

function isHidden(el: Element): boolean {
  const a = el.attribs ?? {};
  if (isTabPanel(el)) return false;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  if (isScreenReaderText(el)) return true;
  if (CONTROL_ROLE.test(a['role'] ?? '')) return true;
  return /display\s*:\s*none/i.test(a['style'] ?? '');
}

/**
 * The rest of a story a mobile page folds away behind "기사 더보기": hidden paragraphs written like the visible ones before
 * them (the same tag and class: "<div class=par>…</div><div class=par style=display:none>…</div>"), or a hidden block of
 * paragraphs named for the fold ("more", "rest", "fold", "collapse") right after a visible paragraph, or for the paywall a
 * premium story is shipped behind ("div.paywall-content", shown once a subscriber logs in). Other hidden things go.
 */
const FOLD_NAME = /(?:^|[\s_-])(?:more|rest|remain|fold|folded|collapse|collapsed|expand|hidden[_-]?text|paywall|paywalled|premium|locked|subscriber|members?[_-]only)(?:$|[\s_-])/i;

function isCollapsedStory(el: Element): boolean {
  if (el.attribs?.['role'] || 'hidden' in (el.attribs ?? {})) return false;
  const cls = el.attribs?.['class'] ?? '';
  // (walks back over the hidden paragraphs of the run to the last one shown: iterative, a page may hide thousands)
  let p = previousElement(el);
  while (p && p.name === el.name && (p.attribs?.['class'] ?? '') === cls && isHidden(p)) p = previousElement(p);
  if (!p || isHidden(p)) return false;
  if (p.name === el.name && (p.attribs?.['class'] ?? '') === cls) return true;
  // (a block named for the fold, after the story's last shown paragraph and maybe the "더보기" button)
  let shown = previousElement(el);
  while (shown && (shown.name === 'button' || CONTROL_ROLE.test(shown.attribs?.['role'] ?? ''))) shown = previousElement(shown);
  const name = `${cls} ${el.attribs?.['id'] ?? ''}`;
  const paragraphs = el.children.filter((c) => c.type === 'tag' && ((c as Element).name === 'p' || (c as Element).name === 'div') && textOfNodes([c]).trim().length >= 20);
  return !!shown && !isHidden(shown) && FOLD_NAME.test(name) && textOfNodes([shown]).trim().length >= 20 && paragraphs.length >= 1;
}

/** Where a paragraph's prose counts: its parent, or the parent's parent where the parent is a folded rest of the story. */
export function storyParent(el: Element): Element | undefined {
  const parent = el.parent?.type === 'tag' ? (el.parent as Element) : undefined;
  if (parent && isHidden(parent) && isCollapsedStory(parent) && parent.parent?.type === 'tag') return parent.parent as Element;
  return parent;
}

/**
 * A widget-like name on the block that holds most of the body's prose in paragraphs of its own ("div.reporter_script", a
 * broadcaster's script of the reporter's lines): the name says whose words they are, not that they are a widget.
 */
function isStoryBlock(el: Element, rootLength: number): boolean {
  let paragraphs = 0;
  for (const c of el.children) if (c.type === 'tag' && (c as Element).name === 'p') paragraphs++;
  if (paragraphs < 3) return false;
  return textOfNodes([el]).replace(/\s+/g, '').length * 2 > rootLength;
}

/** A token that on a list item's own part names that part (a chart entry's rank, the editor's comment on it), not a widget. */
const ITEM_PART_TOKEN = /^(?:.*[-_])?(?:comment|rank)$/i;
/** Tags that make up one list item's line or note. */
const ITEM_PART_TAGS = new Set(['p', 'span', 'em', 'strong', 'b', 'i', 'small']);

/**
 * A ranked chart written as a list ("<li><span class=rank>3</span> M <p class=comment>…</p></li>"): the rank and the note are the
 * entry's own text. A reader-comment widget or a most-read list names its container, which is pruned whole.
 */
function isItemPart(el: Element): boolean {
  const parent = el.parent;
  if (parent?.type !== 'tag' || (parent as Element).name !== 'li' || !ITEM_PART_TAGS.has(el.name)) return false;
  if (isChromeElement(parent as Element) || el.children.some((c) => c.type === 'tag' && !ITEM_PART_TAGS.has((c as Element).name) && (c as Element).name !== 'a' && (c as Element).name !== 'br')) return false;
  return tokensOf(el).every((t) => ITEM_PART_TOKEN.test(t) || !CHROME_TOKEN.test(t));
}

/** A paragraph's one name for a remark ("p.comment"): a reader-comment widget names its container or a part ("comment_text"). */
const REMARK_TOKEN = /^comment$/i;

/**
 * A winner's or a speaker's remark written as a paragraph of the story's own box ("<div class=award-box><p class=reason>…</p>
 * <p class=comment>NAME 회사 대표는 "…"라고 말했다.</p>"): it follows a story paragraph in the same box and reads as reported speech.
 */
function isRemarkParagraph(el: Element): boolean {
  if (el.name !== 'p') return false;
  const tokens = tokensOf(el);
  if (!tokens.some((t) => REMARK_TOKEN.test(t)) || !tokens.every((t) => REMARK_TOKEN.test(t) || !CHROME_TOKEN.test(t))) return false;
  const parent = el.parent;
  if (parent?.type !== 'tag' || isChromeElement(parent as Element)) return false;
  const before = previousElement(el);
  if (!before || before.name !== 'p' || isChromeElement(before) || textOfNodes([before]).trim().length < 40) return false;
  const own = textOfNodes([el]).replace(/\s+/g, ' ').trim();
  return /["“][^"”]{8,}["”]/.test(own) && /[가-힣]다\.$/.test(own);
}

/** A reply's own name ("reply", "thread-reply"): a comment widget's part on a news page, a message in a chat log. */
const OWN_REPLY_TOKEN = /^(?:.*[-_])?(?:reply|replies)$/i;

/**
 * A reply in a chat or forum thread written like the post it answers ("<div class=message>…<div class=thread><div class=\"message
 * reply\">", a Slack export): it shares a class with an ancestor post, so it is the conversation, not a comment box beside it.
 */
function isThreadReply(el: Element): boolean {
  const tokens = (el.attribs?.['class'] ?? '').split(/\s+/).filter((t) => t !== '');
  if (!tokens.some((t) => OWN_REPLY_TOKEN.test(t))) return false;
  const own = tokens.filter((t) => !CHROME_TOKEN.test(t));
  if (own.length === 0) return headedLikeItsPost(el);
  let depth = 0;
  for (let p = el.parent; p && p.type === 'tag' && depth < 8; p = p.parent, depth++) {
    const theirs = ((p as Element).attribs?.['class'] ?? '').split(/\s+/);
    if (own.some((t) => theirs.includes(t)) && !isChromeElement(p as Element)) return true;
  }
  return false;
}

/** An element's class tokens. */
function classesOf(el: Element): string[] {
  return (el.attribs?.['class'] ?? '').split(/\s+/).filter((t) => t !== '');
}

/**
 * A bare "reply" nested in a post it answers and opening on the post's own header ("<div class=review><p class=who>…</p><p>…</p>
 * <div class=reply><p class=who>조교 NAME · date</p><p>…</p></div></div>"): the thread's next message, written like the post.
 */
function headedLikeItsPost(el: Element): boolean {
  const post = el.parent;
  if (post?.type !== 'tag' || isChromeElement(post as Element)) return false;
  const head = el.children.find((c): c is Element => c.type === 'tag');
  const marks = head ? classesOf(head).filter((t) => !CHROME_TOKEN.test(t)) : [];
  return marks.length > 0 && (post as Element).children.some((c) => c !== el && c.type === 'tag' && classesOf(c as Element).some((t) => marks.includes(t)));
}

/** A chrome token that only says the list is about related things ("related-people"), no widget kind of its own. */
const RELATED_ONLY = /relat/i;

/**
 * A list named "related" whose every item is prose beside its link ("<li><a>NAME</a> — 회사 공동창업자. 함께 일했다.</li>": a
 * wiki profile's related people): content, where a related-articles list holds only linked titles and dates.
 */
function isProseList(el: Element): boolean {
  if ((el.name !== 'ul' && el.name !== 'ol') || !tokensOf(el).filter((t) => CHROME_TOKEN.test(t)).every((t) => RELATED_ONLY.test(t))) return false;
  const items = el.children.filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'li');
  return items.length >= 2 && items.every((li) => {
    const own = textOfNodes(li.children.filter((c) => c.type !== 'tag' || (c as Element).name !== 'a')).replace(/\s+/g, ' ').trim();
    return own.replace(/\s/g, '').length >= 15 && /[다.]$/.test(own);
  });
}

/** A chrome token that only sets a block apart ("related-faq", "banner-notice"), no widget kind of its own. */
const SET_APART_ONLY = /relat|banner/i;

/**
 * A block named "related" or "banner" that links nowhere and holds prose of two sentences or more (a FAQ's related
 * questions with their answers, a notice banner quoting an executive): content, where a related-links box or an ad links out.
 */
function isLinklessProse(el: Element): boolean {
  const tokens = tokensOf(el).filter((t) => CHROME_TOKEN.test(t));
  if (tokens.length === 0 || !tokens.every((t) => SET_APART_ONLY.test(t))) return false;
  if (findElements([el], (e) => e.name === 'a' || e.name === 'img' || e.name === 'iframe' || e.name === 'li', 1).length > 0) return false;
  return (textOfNodes([el]).match(/[가-힣](?:다|요)[.!](?=\s|$)/g)?.length ?? 0) >= 2;
}

/** A chrome token that only says the list ranks things ("rank_list", "ranking"), no widget kind of its own. */
const RANK_ONLY = /^(?:.*[-_])?(?:rank|ranking)(?:[-_](?:list|table|chart|items?))?$/i;

/** A story paragraph: prose of a sentence or more ending like one ("…다.", "…다음과 같다:"). */
function isProseParagraph(el: Element | undefined): boolean {
  if (!el || el.name !== 'p' || isChromeElement(el)) return false;
  const own = textOfNodes([el]).replace(/\s+/g, ' ').trim();
  return own.length >= 30 && /[다요](?:\([^()]{1,30}\))?[.:]$/.test(own);
}

/** A section heading set between a story's parts: a heading tag, or a short paragraph all in bold ("<p><strong>■ 안내</strong></p>"). */
function isSectionHeading(el: Element | undefined): boolean {
  if (!el || isChromeElement(el)) return false;
  const own = textOfNodes([el]).replace(/\s+/g, ' ').trim();
  if (own.length === 0 || own.length > 40) return false;
  if (HEADING_TAG.test(el.name)) return true;
  const tags = el.children.filter((c) => c.type === 'tag');
  const loose = textOfNodes(el.children.filter((c) => c.type !== 'tag')).trim();
  return el.name === 'p' && loose === '' && tags.length === 1 && /^(?:strong|b)$/.test((tags[0] as Element).name);
}

/** Story prose on one side of `el` (step 1 after, -1 before): the paragraph there, or one beyond a section heading ("<h2>상위 5개 모델</h2>"). */
function hasProseBeside(el: Element, step: 1 | -1): boolean {
  const beside = (e: Element): Element | undefined => (step === 1 ? nextElement(e) : previousElement(e));
  const near = beside(el);
  return isProseParagraph(near) || (near !== undefined && isSectionHeading(near) && isProseParagraph(beside(near)));
}

/**
 * A ranked chart the story prints between two of its paragraphs ("<p>…순위는 다음과 같다.</p><ol class=rank_list><li>1위 M —
 * 회사 / 종합 0.78</li>…</ol><p>…</p>", or a results table): the story's own list, where a most-read box stands apart under its own heading.
 */
function isStoryRanking(el: Element): boolean {
  if (el.name !== 'ol' && el.name !== 'ul' && el.name !== 'table') return false;
  const chrome = tokensOf(el).filter((t) => CHROME_TOKEN.test(t));
  if (chrome.length === 0 || !chrome.every((t) => RANK_ONLY.test(t))) return false;
  if (!hasProseBeside(el, -1) || !hasProseBeside(el, 1)) return false;
  const kids = (x: Element) => x.children.filter((c): c is Element => c.type === 'tag');
  const items = el.name === 'table' ? kids(el).flatMap((c) => (c.name === 'tbody' ? kids(c) : [c])).filter((tr) => tr.name === 'tr' && kids(tr).some((c) => c.name === 'td')) : kids(el).filter((c) => c.name === 'li');
  return items.length >= 2 && items.every((li) => /\d/.test(textOfNodes([li])) && !li.children.some((c) => c.type === 'tag' && (c as Element).name === 'a'));
}

/** A paragraph of an entry's own prose: a sentence or more, ended like one ("…늘었다.", "…grew."). */
function isEntryProse(el: Element): boolean {
  const own = textOfNodes([el]).replace(/\s+/g, ' ').trim();
  return own.length >= 20 && /[다요.!]$/.test(own) && !el.children.some((c) => c.type === 'tag' && (c as Element).name === 'a' && textOfNodes([c]).length * 2 > own.length);
}

/**
 * A ranked list of entries, each written up in a paragraph of its own ("<ol class=ranking><li><h2>23 NAME 한국</h2><dl>…</dl>
 * <p>지난해 41위에서…했다.</p></li>…", a magazine's annual list): the story itself, where a most-read box lists bare linked titles.
 */
function isEntryRanking(el: Element): boolean {
  if (el.name !== 'ol' && el.name !== 'ul') return false;
  const chrome = tokensOf(el).filter((t) => CHROME_TOKEN.test(t));
  if (chrome.length === 0 || !chrome.every((t) => RANK_ONLY.test(t))) return false;
  const items = el.children.filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'li');
  return items.length >= 2 && items.every((li) => li.children.some((c) => c.type === 'tag' && (c as Element).name === 'p' && isEntryProse(c as Element)));
}

/**
 * An encyclopedia's "see also" heading ("같이 보기", "함께 보기", "관련 항목", "See also"), or a newsletter's or a blog's
 * list of its other issues ("딜로그의 다른 글", "이 작가의 다른 글", "More from …").
 */
const SEE_ALSO = /^(?:같이\s?보기|함께\s?보기|관련\s?항목|See also|(?:[^\s]{1,20}(?:\s[^\s]{1,20}){0,2}의\s)?다른\s?(?:글|기사|포스트|게시물|호)(?:\s?(?:보기|더\s?보기))?|More from\s.{1,40})$/i;

/**
 * The list of links under a "see also" heading ("<h2>같이 보기</h2><ul><li><a>엑사원</a></li>…"): pointers to other pages (the
 * heading wrapped in a div by some skins), none of it said on this one. A list whose items say something beside the link stays.
 */
function isSeeAlsoList(el: Element): boolean {
  if (el.name !== 'ul' && el.name !== 'ol') return false;
  const before = previousElement(el);
  if (!before || !SEE_ALSO.test(textOfNodes(HEADING_TAG.test(before.name) ? [before] : before.children.filter((c) => c.type === 'tag' && HEADING_TAG.test((c as Element).name))).trim())) return false;
  const items = el.children.filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'li');
  return items.length >= 1 && items.every((li) => textOfNodes(li.children.filter((c) => c.type !== 'tag' || (c as Element).name !== 'a')).trim() === '');
}

/**
 * Removes chrome tags, hidden elements, controls (role="button" …) and widget elements under `root` (the root itself is kept, and
 * so is every element that holds `keep`, the page's densest prose). On a forum thread's page (`replies`) the replies stay.
 */
export function pruneChrome($: CheerioAPI, root: Cheerio<AnyNode>, keep?: Element, replies = false): void {
  const doomed: Element[] = [];
  const stack: AnyNode[] = [];
  for (const r of root.toArray()) if (r.type === 'tag') pushAll(stack, (r as Element).children);
  let rootLength: number | undefined; // measured on first need
  const holdsTheStory = (el: Element): boolean => {
    rootLength ??= textOfNodes(root.toArray()).replace(/\s+/g, '').length;
    return isStoryBlock(el, rootLength);
  };
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
    const el = n as Element;
    const widget = isChromeElement(el, replies) && !(keep && (el === keep || contains(el, keep))) && !isItemPart(el) && !isRemarkParagraph(el) && !isProseList(el) && !isLinklessProse(el) && !isThreadReply(el) && !isStoryRanking(el) && !isEntryRanking(el) && !holdsTheStory(el);
    const chromeTag = CHROME_TAG_SET.has(el.name.toLowerCase()) && !(el.name === 'form' && isRenderedPost(el)) && !isStoryTableBox(el);
    if (chromeTag || (isHidden(el) && !isCollapsedStory(el)) || widget || isSeeAlsoList(el)) doomed.push(el);
    else pushAll(stack, el.children);
    if (widget && !replies) pushAll(stack, liftMakerComments($, el)); // (a launch page's makers' comments: theirs, read)
  }
  $(doomed).remove();
}
