/**
 * What names a page's widget rather than its story: the class and id tokens of related links, comments, sharing, ads,
 * rankings and paywall notices (and those that look like it but name the story's parts on some sites). prune.ts removes
 * what these name; the layouts ask them of the elements they read.
 */
import type { Element } from 'domhandler';
import { shortTextOf, tokensOf } from './dom.js';

/** A class or id token that names a widget: related links, comments, sharing, ads, rankings, a wiki heading's edit link… */
export const CHROME_TOKEN =
  /^(?:.*[-_])?(?:related|relate|relation|comment|comments|cmt|reply|share|sharing|sns|social|ad|ads|advert|advertisement|banner|copyright|byline|reporter|journalist|writer|popular|ranking|rank|best|most|recommend|recommended|tags?|keyword|breadcrumb|subscribe|subscription|cta|newsletter|gnb|lnb|snb|menu|sitemap|promotion|sponsor|outbrain|taboola|dable|more_news|hot_news|series[-_]list|prev[-_]?next|nav|pagination|toolbar|font_size|print|editsection|edit[-_]section)(?:[-_].*)?$/i;

/** The notice a paywall puts where the story stops ("div.paywall_box": "subscribers only", the price, the login link). */
const PAYWALL_NOTICE = /^(?:.*[-_])?paywall[-_]?(?:box|layer|notice|banner|popup|modal|msg|message|guide|area)(?:[-_].*)?$/i;

/** The page owner's own reply to a review ("dev-reply", "seller-reply", "official-response"), kept (a comment box around it is pruned whole all the same). */
const OWNER_REPLY_TOKEN = /^(?:dev|developer|owner|seller|official|company)[-_]?(?:reply|response|answer)$/i;

/** Tokens that look like chrome but name article parts on some sites. */
const KEEP_TOKEN = /^(?:article|articlebody|article_body|article-body|newsct_article|dic_area|articeBody|content|contents|body|view|main|news_body|story|entry|post)$/i;

/** A heading's numbered anchor ("<h3 id=\"rank-3\">" over a listicle's third item): a place in the story, not a widget's name. */
const NUMBERED_ANCHOR = /^[A-Za-z]+[-_]\d{1,3}$/;
export const HEADING_TAG = /^h[1-6]$/;

/** A token that names a forum thread's replies ("comment-item", "cmt-txt", "reply"): no widget on a thread's own page. */
const REPLY_TOKEN = /^(?:.*[-_])?(?:comment|comments|cmt|reply)(?:[-_].*)?$/i;

/** True when an element's class or id names a thread's replies ("section.comment-list"). */
export function namesReplies(el: Element): boolean {
  return tokensOf(el).some((t) => REPLY_TOKEN.test(t));
}

/** True when an element's class or id names a widget (with `replies`, the replies of a forum thread are no widget). */
export function isChromeElement(el: Element, replies = false): boolean {
  // a quotation, whatever its style is named ("blockquote.exec-comment", a chief's words on a results page)
  if (el.name === 'blockquote') return false;
  const anchor = HEADING_TAG.test(el.name) ? el.attribs?.['id'] : undefined;
  const tokens = tokensOf(el).filter((t) => t !== anchor || !NUMBERED_ANCHOR.test(t));
  if (tokens.some((t) => KEEP_TOKEN.test(t) || OWNER_REPLY_TOKEN.test(t))) return false;
  if (!tokens.some((t) => (CHROME_TOKEN.test(t) && !(replies && REPLY_TOKEN.test(t))) || PAYWALL_NOTICE.test(t))) return false;
  return !(tokens.some((t) => REPLY_TOKEN.test(t)) && isCommentsField(el));
}

/** A listing's metadata field labelled "Comments:" (a paper's pages, tables and affiliations), no reader's comment box: short, the label opening it. */
const COMMENTS_FIELD = /^\s*Comments?\s?:\s*[^\s:]/;
function isCommentsField(el: Element): boolean {
  const text = shortTextOf([el], 800);
  return text !== undefined && COMMENTS_FIELD.test(text);
}

/** True when `el` or an element above it is page chrome (a related-photos box, a ranking). */
export function insideChrome(el: Element): boolean {
  for (let n: Element | null = el; n && n.type === 'tag'; n = n.parent as Element | null) if (isChromeElement(n)) return true;
  return false;
}
