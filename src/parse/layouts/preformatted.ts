/**
 * A page whose whole story is one preformatted block: a mailing list's archived message (Mailman's pipermail, hypermail
 * and the like print the mail's body in a <pre>, its subject in the <h1>, its sender and date in lines above), a plain-text
 * notice served inside a bare HTML shell. No <p> or <div> holds prose, so the generic reader finds no body; the block's text
 * is read as the plain text it is (blank-line paragraphs, hard-wrapped lines joined, "- " items, space-aligned tables).
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { isProgramCode } from '../blocks.js';
import { select } from '../simple-select.js';
import { textOf } from '../dom.js';
import type { LayoutResult } from './result.js';

/** The least text a story's block holds. */
const MIN_STORY = 100;
/** A line of prose: a clause's end in Korean, or an English sentence's end. */
const PROSE_LINE = /(?:[가-힣][.!?]|[a-z][.!?])\s*$/m;

/** The longest <pre> of prose (not program code, at least MIN_STORY characters with a sentence's end), if any. */
export function storyPreformatted($: CheerioAPI): string | undefined {
  let best: string | undefined;
  for (const el of select($, 'pre').toArray() as Element[]) {
    if (isProgramCode(el)) continue;
    const text = textOf($(el));
    if (text.trim().length >= MIN_STORY && PROSE_LINE.test(text) && (!best || text.length > best.length)) best = text;
  }
  return best;
}

/** True when a layout reader's result holds no body text (headings and captions at most). */
export function lacksStory(result: LayoutResult): boolean {
  return !result.body.some((b) => b.kind === 'body');
}

/**
 * The page read from its preformatted story: `readText` reads "title⏎⏎text" as a plain-text page; the page's own title,
 * date, publisher, author and address stand over the text's.
 */
export function withPreformattedStory(result: LayoutResult, story: string, readText: (text: string) => LayoutResult): LayoutResult {
  const plain = readText(`${result.title}\n\n${story.replace(/^\s*\n/, '')}`);
  return {
    ...plain,
    layout: result.layout,
    title: result.title || plain.title,
    publishedAt: result.publishedAt ?? plain.publishedAt,
    publisher: result.publisher ?? plain.publisher,
    author: result.author ?? plain.author,
    url: result.url ?? plain.url,
    warnings: [...result.warnings, ...plain.warnings],
  };
}
