/**
 * An RSS 2.0 <item> or Atom <entry> saved as a page: the first item becomes an ordinary HTML article
 * (title, date meta, author meta, the item's HTML body) that the generic layout reads. A feed of several
 * items (a section's feed saved whole) is a digest: each further item follows as a section of its own
 * (its title as a heading, then its body), so the stories told only in the later items are read too.
 */

import * as cheerio from 'cheerio/slim';
import type { Cheerio } from 'cheerio';
import type { Element } from 'domhandler';
import { escapeAttribute, escapeText } from 'entities';

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** True when the text is an RSS or Atom document (not an HTML page that merely links to a feed). */
export function isFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF?\s*(?:<\?[^>]{0,500}\?>\s*|<!--[\s\S]{0,2000}?-->\s*)*/, '');
  return /^<(?:rss|rdf:RDF|feed)[\s>]/i.test(head) && /<(?:item|entry)[\s>]/i.test(text);
}

/** The text of the first element named one of `names` in `item` (namespaced names allowed, any case): CDATA unwrapped, entities decoded (escaped HTML comes out as HTML). */
function field(item: Cheerio<Element>, ...names: string[]): string | undefined {
  for (const name of names) {
    const text = item.find(name.toLowerCase().replace(':', '\\:')).first().text();
    if (text.trim() !== '') return text.trim();
  }
  return undefined;
}

/** "Fri, 27 Nov 2026 17:45:00 +0900" (RFC 822, the date as written) or ISO 8601 → YYYY-MM-DD. */
export function feedDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+((?:19|20)\d{2})/.exec(s);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    if (month) return `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  }
  const iso = /((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(s);
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
}

/** Wraps plain text (a teaser with no markup) in paragraphs, one per blank-line block. */
function asHtml(body: string): string {
  if (/<(?:p|div|br|figure|table|h[1-6]|ul|ol)[\s>/]/i.test(body)) return body;
  return body.split(/\n\s*\n/).map((p) => `<p>${escapeText(p.trim())}</p>`).join('\n');
}

/** An item's title as plain text (markup in a title dropped). */
function itemTitle(item: Cheerio<Element>): string {
  return (field(item, 'title') ?? '').replace(/<[^<>]{0,500}>/g, '').trim();
}

/** An item's body: its full content, else its summary (description). */
function itemBody(item: Cheerio<Element>): string {
  return field(item, 'content:encoded', 'content', 'description', 'summary') ?? '';
}

/** "[포토] …", "[사진] …", "[PHOTO] …": a photo item, a picture and its caption, no story of its own. */
const PHOTO_ITEM = /^[[【]\s?(?:포토|사진|화보|PHOTO|Photo)\s?[\]】]/;

/** The feed's items after the first, each as a section: its title as a heading, then its body. */
function laterItems(items: Cheerio<Element>): string {
  const sections: string[] = [];
  for (let i = 1; i < items.length; i++) {
    const item = items.eq(i);
    const body = itemBody(item);
    if (body.trim() === '' || PHOTO_ITEM.test(itemTitle(item))) continue;
    sections.push(`<section><h2>${escapeText(itemTitle(item))}</h2>\n${asHtml(body)}\n</section>`);
  }
  return sections.join('\n');
}

/** The first item of a feed as an HTML article page, any later items as sections after it; undefined when the feed has no item. */
export function feedToHtml(text: string): string | undefined {
  const $ = cheerio.load(text, { xml: { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
  const items = $('item, entry');
  const item = items.first();
  if (item.length === 0) return undefined;
  const title = itemTitle(item);
  const date = feedDate(field(item, 'pubDate', 'dc:date', 'published', 'updated', 'a10:updated'));
  const authorEl = item.find('dc\\:creator, author').first();
  const author = authorEl.length ? (field(authorEl, 'name') ?? authorEl.text()).replace(/<[^<>]{0,500}>/g, '').trim() || undefined : undefined;
  const link = item.find('link[href]').first().attr('href') ?? field(item, 'link');
  const body = itemBody(item);
  const head = [
    `<meta charset="utf-8"><title>${escapeText(title)}</title>`,
    date ? `<meta property="article:published_time" content="${date}">` : '',
    author ? `<meta name="author" content="${escapeAttribute(author)}">` : '',
    link ? `<meta property="og:url" content="${escapeAttribute(link)}">` : '',
  ].join('');
  return `<!doctype html><html><head>${head}</head><body><article><h1>${escapeText(title)}</h1>\n${asHtml(body)}\n${laterItems(items)}</article></body></html>`;
}
