/**
 * A launch page's discussion (a product board's "Discussion" under the product) is a comments widget, pruned whole; but the
 * comments its makers write, marked as theirs ("<div class=\"comment maker\">"), are the company's own words on its own
 * page: how the product was built, on what model, with whom. They are lifted out of the widget, before it, and read.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { findElements, isDescendantOf, tokensOf } from './dom.js';

/** A comment's token ("comment", "comment-item", "reply"). */
const COMMENT_TOKEN = /^(?:.*[-_])?(?:comment|reply)(?:[-_](?:item|box|body|card))?$/i;
/** A token marking the comment as a maker's ("maker", "is-maker", "by-maker", "comment--maker"). */
const MAKER_TOKEN = /^(?:.*[-_])?(?:maker|makers|by[-_]?maker|is[-_]?maker)$/i;

/** Moves the makers' comments under a comments widget `el` out before it; returns what they hold (to be pruned of its own chrome). */
export function liftMakerComments($: CheerioAPI, el: Element): AnyNode[] {
  const makers = findElements([el], (e) => {
    const t = tokensOf(e);
    return t.some((x) => COMMENT_TOKEN.test(x)) && t.some((x) => MAKER_TOKEN.test(x));
  }, 20);
  // (a maker's comment inside another's: the outer one carries it)
  const outer = makers.filter((m) => !makers.some((o) => isDescendantOf(m, o)));
  if (outer.length === 0) return [];
  $(el).before($(outer));
  return outer.flatMap((m) => m.children);
}
