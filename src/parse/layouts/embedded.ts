/**
 * Thin shells (a loading placeholder, skeleton divs) whose story ships as JSON in a script: the
 * generic reading is replaced by the embedded story when that holds much more Korean prose.
 */
import * as cheerio from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { walkBlocks } from '../blocks.js';
import { escapeText } from '../dom.js';
import { findStory, hangulCount, jsonValuesIn } from '../embedded-json.js';
import { cleanAuthorName, readCopyrightPublisher, readJsonLd } from '../meta.js';
import { pruneChrome } from '../prune.js';
import { select } from '../simple-select.js';
import type { LayoutResult } from './result.js';

function scriptText(el: Element): string {
  return el.children.map((c) => ('data' in c ? String((c as unknown as { data: string }).data) : '')).join('');
}

/** How much prose a text holds: its Hangul syllables, and a third of its Latin letters (an English story counts too). */
export function proseSize(s: string): number {
  return hangulCount(s) + (s.match(/[A-Za-z]/g)?.length ?? 0) / 3;
}

/** The prose a layout's body holds, captions left out. */
export function bodyProseSize(result: LayoutResult): number {
  return result.body.reduce((n, b) => n + (b.kind === 'caption' ? 0 : proseSize(b.text)), 0);
}

/** Reads the body HTML of an embedded story into raw blocks, with chrome pruned as on a page. */
function storyBlocks(html: string): LayoutResult['body'] {
  const $ = cheerio.load(`<div>${html}</div>`, { xml: { xmlMode: false, decodeEntities: true } });
  const root = $.root().children();
  pruneChrome($, root);
  return walkBlocks(root.toArray() as AnyNode[], { captionFromAlt: true });
}

/**
 * The page read from its embedded story when the visible page holds less than half the Korean
 * prose of a JSON story in one of its scripts, or of the JSON-LD articleBody; otherwise `result` as it is.
 */
export function withEmbeddedStory($: CheerioAPI, result: LayoutResult): LayoutResult {
  const shown = result.body.reduce((n, b) => n + (b.kind === 'caption' ? 0 : hangulCount(b.text)), 0);
  // a script-rendered page whose story is only in its JSON-LD articleBody (or is cut short on the page)
  const ld = readJsonLd($).articleBody;
  const shownText = bodyProseSize(result);
  if (ld && proseSize(ld) >= 100 && proseSize(ld) >= shownText * 2) {
    // (plain text, one paragraph a line; or the story's HTML)
    const html = /<(?:p|br)[\s>/]/i.test(ld) ? ld : ld.split(/\r?\n+/).map((l) => `<p>${escapeText(l)}</p>`).join('');
    return { ...result, body: storyBlocks(html), warnings: result.warnings.filter((w) => !/no article body/.test(w)) };
  }
  const values: unknown[] = [];
  for (const el of select($, 'script').toArray()) {
    if (el.attribs['type'] === 'application/ld+json' || el.attribs['src']) continue;
    const text = scriptText(el);
    if (text.length < Math.max(200, shown)) continue;
    values.push(...jsonValuesIn(text));
  }
  if (values.length === 0) return result;
  const story = findStory(values);
  if (!story || story.prose < 100 || story.prose < shown * 2) return result;
  const body = storyBlocks(story.html);
  const author = cleanAuthorName(story.author);
  return {
    ...result,
    title: story.title,
    summary: story.subtitle ? [story.subtitle] : [],
    body,
    publishedAt: story.publishedAt ?? result.publishedAt,
    publisher: result.publisher ?? (story.copyright ? readCopyrightPublisher(story.copyright) : undefined),
    author: author ?? result.author,
    url: result.url ?? story.url,
  };
}
