/**
 * A model hub page's preview of its community discussions beside the card ("최근 토론", "Discussions": threads of posts
 * headed "WRITER · 2026-09-05: …"). Unlike a news page's reader comments, the threads are where the repository's author
 * answers questions on the model and the model's makers speak under their own name ("X 개발자 NAME입니다"), so the hub
 * page shows them as part of the model's page. readHubDiscussions() gives each post's text, its head of writer and date
 * left out, for the layout to add after the card. Only on a page with a model card box (see model-card-box.ts).
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { findElements, insideFooter, isDescendantOf, textOfNodes } from './dom.js';
import { normalizeSpace } from './text.js';

/** The preview's heading ("최근 토론", "토론 7", "Discussions", "Community"). */
const DISCUSSIONS_HEADING = /^(?:최근\s)?(?:토론|커뮤니티|Discussions?|Community)(?:\s\(?\d{1,4}\)?)?$/i;
/** A post's head: its writer (perhaps marked as the author), a middle dot and the date, then a colon. */
const POST_HEAD = /^[^\s·:]{1,30}(?:\s\([^()]{1,12}\))?\s·\s\d{4}[-.]\d{2}[-.]\d{2}(?:\s\d{1,2}:\d{2})?\s?:\s/;
/** A preview longer than this is a page of its own, not a box beside the card. */
const MAX_PREVIEW = 4000;
const MAX_POSTS = 30;

const textOf = (el: Element): string => normalizeSpace(textOfNodes([el]));

/** The posts of the discussion previews outside `container` (none where the page has none). */
export function readHubDiscussions($: CheerioAPI, container: readonly AnyNode[]): string[] {
  const inside = (el: Element): boolean => container.some((c) => c === el || (c.type === 'tag' && isDescendantOf(el, c)));
  const heads = findElements($.root().toArray(), (e) => /^h[2-4]$/.test(e.name) && DISCUSSIONS_HEADING.test(textOf(e)), 4);
  const out: string[] = [];
  for (const h of heads) {
    const box = h.parent?.type === 'tag' ? (h.parent as Element) : undefined;
    if (!box || box.name === 'body' || inside(box) || insideFooter(box) || textOf(box).length > MAX_PREVIEW) continue;
    for (const p of findElements([box], (e) => e.name === 'p' || e.name === 'li', MAX_POSTS)) {
      const head = POST_HEAD.exec(textOf(p));
      if (head) out.push(textOf(p).slice(head[0].length));
    }
  }
  return out;
}
