/**
 * A launch page's discussion (a product board's "Discussion" under the product) is a comments widget, pruned whole; but the
 * comments its makers write, marked as theirs ("<div class=\"comment maker\">"), are the company's own words on its own
 * page: how the product was built, on what model, with whom. They are lifted out of the widget, before it, and read. So is
 * a comment the site marks as a verified writer's ("<li><b>NAME</b> <span class=\"badge\">인증</span> …"): a company's
 * staff answering under their own name.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { findElements, isDescendantOf, textOfNodes, tokensOf } from './dom.js';

/** A comment's token ("comment", "comment-item", "reply"). */
const COMMENT_TOKEN = /^(?:.*[-_])?(?:comment|reply)(?:[-_](?:item|box|body|card))?$/i;
/** A token marking the comment as a maker's ("maker", "is-maker", "by-maker", "comment--maker"). */
const MAKER_TOKEN = /^(?:.*[-_])?(?:maker|makers|by[-_]?maker|is[-_]?maker)$/i;

/** A badge's token ("badge", "user-badge", "flair") and the text of one that marks a verified writer. */
const BADGE_TOKEN = /^(?:.*[-_])?(?:badge|flair)(?:[-_].*)?$/i;
const VERIFIED_BADGE = /^(?:인증|공식|인증됨|공식 계정|Verified|Official|✓|✔)$/i;

/** Whether a comment item (an <li> or a comment's element) carries a verified writer's badge. */
function isVerifiedComment(e: Element): boolean {
  if (e.name !== 'li' && !tokensOf(e).some((x) => COMMENT_TOKEN.test(x))) return false;
  return findElements([e], (b) => tokensOf(b).some((x) => BADGE_TOKEN.test(x)) && VERIFIED_BADGE.test(textOfNodes([b]).trim()), 1).length > 0;
}

/** Moves the makers' comments under a comments widget `el` out before it; returns what they hold (to be pruned of its own chrome). */
export function liftMakerComments($: CheerioAPI, el: Element): AnyNode[] {
  const makers = findElements([el], (e) => {
    const t = tokensOf(e);
    return (t.some((x) => COMMENT_TOKEN.test(x)) && t.some((x) => MAKER_TOKEN.test(x))) || isVerifiedComment(e);
  }, 20);
  // (a maker's comment inside another's: the outer one carries it)
  const outer = makers.filter((m) => !makers.some((o) => isDescendantOf(m, o)));
  if (outer.length === 0) return [];
  $(el).before($(outer));
  return outer.flatMap((m) => m.children);
}
