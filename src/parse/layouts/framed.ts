/**
 * Portal frames whose story is a whole document in an `<iframe srcdoc="…">` (HTML-escaped in the
 * attribute): the outer page holds only the site's menus, banners and footer, so the story is read
 * from the framed document when that holds much more prose than the frame around it.
 */
import type { CheerioAPI } from 'cheerio';
import { hangulCount } from '../embedded-json.js';
import { select } from '../simple-select.js';
import { bodyProseSize } from './embedded.js';
import type { LayoutResult } from './result.js';

/** The largest srcdoc document of the page's iframes (attribute already unescaped), or undefined. */
export function framedDocument($: CheerioAPI): string | undefined {
  let best: string | undefined;
  for (const el of select($, 'iframe').toArray()) {
    const doc = el.attribs['srcdoc'];
    if (doc && doc.length > (best?.length ?? 0)) best = doc;
  }
  return best;
}

/**
 * The page read from its framed document when the frame's body prose is at least twice the outer
 * body's (and a real story's worth); the outer page's date, publisher and address fill what the
 * framed document lacks. Otherwise `result` as it is.
 */
export function withFramedStory(doc: string, result: LayoutResult, read: (doc: string) => LayoutResult): LayoutResult {
  if (hangulCount(doc) < 100) return result;
  const shown = bodyProseSize(result);
  const framed = read(doc);
  const inner = bodyProseSize(framed);
  if (inner < 100 || inner < shown * 2) return result;
  return {
    ...framed,
    title: framed.title || result.title,
    publishedAt: framed.publishedAt ?? result.publishedAt,
    publisher: framed.publisher ?? result.publisher,
    author: framed.author ?? result.author,
    url: framed.url ?? result.url,
  };
}
