/**
 * A person's profile page (a researcher's scholar profile, a speaker's page, a staff page) is titled with the person's
 * name ("NAME - X 학술검색", "NAME | 연구자 프로필") and prints, in its header beside the story, the name on a line of its
 * own with the affiliation right under it ("NAME" / "X AI 수석연구원 · 추론 모델 리드"). The story (an abstract, a list
 * of papers) seldom says where the person works; the header does. readProfileHeader() gives the header as one line
 * "NAME — AFFILIATION" for the layout to add after the story, as a co-author list's items are (see cast-lists.ts).
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { findElements, insideFooter, isDescendantOf, nextElement, shortTextOf } from './dom.js';
import { normalizeSpace } from './text.js';

/** A page title opening on a person's name and a separator ("NAME - …", "NAME | …", "NAME — …"). */
const TITLED_NAME = /^([가-힣]{2,4}|[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2})\s?[-–—|:]\s?\S/;
/** An affiliation line: an organisation and a post, not a date, a count or a link row. */
const AFFILIATION = /^[가-힣A-Za-z(][^\n]{3,79}$/;
/** Elements a header's name or affiliation line may be. */
const LINE_TAGS: ReadonlySet<string> = new Set(['div', 'span', 'p', 'h1', 'h2', 'h3', 'strong', 'b', 'dt', 'dd']);

/** An element's text when short (a bounded read: a thousand nested elements must not each be read whole). */
const shortText = (el: Element, limit: number): string => normalizeSpace(shortTextOf([el], limit) ?? '');

/** The line "NAME — AFFILIATION" of the profile header of a page titled with the person's name (none where there is no such header). */
export function readProfileHeader($: CheerioAPI, container: readonly AnyNode[]): string[] {
  const titled = TITLED_NAME.exec(normalizeSpace($('title').first().text()));
  if (!titled) return [];
  const name = titled[1]!;
  const inside = (el: Element): boolean => container.some((c) => c === el || (c.type === 'tag' && isDescendantOf(el, c)));
  const named = findElements($.root().toArray(), (e) => LINE_TAGS.has(e.name) && e.children.length <= 3 && shortText(e, 40) === name, 20);
  for (const el of named) {
    if (insideFooter(el) || inside(el)) continue;
    const next = nextElement(el);
    if (!next || !LINE_TAGS.has(next.name)) continue;
    const line = shortText(next, 200);
    if (!AFFILIATION.test(line) || line.includes(name)) continue;
    return [`${name} — ${line}`];
  }
  return [];
}
