/**
 * An RSS 2.0 <item> or Atom <entry> saved as a page: the first item becomes an ordinary HTML article
 * (title, date meta, author meta, the item's HTML body) that the generic layout reads.
 */

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** True when the text is an RSS or Atom document (not an HTML page that merely links to a feed). */
export function isFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF?\s*(?:<\?[^>]{0,500}\?>\s*|<!--[\s\S]{0,2000}?-->\s*)*/, '');
  return /^<(?:rss|rdf:RDF|feed)[\s>]/i.test(head) && /<(?:item|entry)[\s>]/i.test(text);
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d{1,6});/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** An element's content: CDATA sections unwrapped as they are, other text entity-decoded (escaped HTML). */
function contentOf(raw: string): string {
  const parts: string[] = [];
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  for (const m of raw.matchAll(re)) {
    parts.push(decodeEntities(raw.slice(last, m.index)), m[1] ?? '');
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(decodeEntities(raw.slice(last)));
  return parts.join('').trim();
}

/** The raw inner text of the first element named one of `names` (namespaced names allowed). */
function field(item: string, ...names: string[]): string | undefined {
  for (const name of names) {
    const esc = name.replace(/[.:]/g, (c) => `\\${c}`);
    const m = new RegExp(`<${esc}(?:\\s[^>]{0,500})?>([\\s\\S]*?)</${esc}>`, 'i').exec(item);
    if (m?.[1] !== undefined && m[1].trim() !== '') return m[1];
  }
  return undefined;
}

/** "Fri, 27 Nov 2026 17:45:00 +0900" (RFC 822, the date as written) or ISO 8601 → YYYY-MM-DD. */
export function feedDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = contentOf(raw);
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+((?:19|20)\d{2})/.exec(s);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    if (month) return `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  }
  const iso = /((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(s);
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Wraps plain text (a teaser with no markup) in paragraphs, one per blank-line block. */
function asHtml(body: string): string {
  if (/<(?:p|div|br|figure|table|h[1-6]|ul|ol)[\s>/]/i.test(body)) return body;
  return body.split(/\n\s*\n/).map((p) => `<p>${escapeText(p.trim())}</p>`).join('\n');
}

/** The first item of a feed as an HTML article page; undefined when the feed has no item. */
export function feedToHtml(text: string): string | undefined {
  const item = /<(item|entry)[\s>][\s\S]*?<\/\1>/i.exec(text)?.[0];
  if (!item) return undefined;
  const title = contentOf(field(item, 'title') ?? '').replace(/<[^<>]{0,500}>/g, '').trim();
  const date = feedDate(field(item, 'pubDate', 'dc:date', 'published', 'updated', 'a10:updated'));
  const authorRaw = field(item, 'dc:creator', 'author');
  const author = authorRaw ? contentOf(field(authorRaw, 'name') ?? authorRaw).replace(/<[^<>]{0,500}>/g, '').trim() : undefined;
  const link = /<link[^>]*href="([^"]{1,2000})"/i.exec(item)?.[1] ?? field(item, 'link');
  const body = contentOf(field(item, 'content:encoded', 'content', 'description', 'summary') ?? '');
  const head = [
    `<meta charset="utf-8"><title>${escapeText(title)}</title>`,
    date ? `<meta property="article:published_time" content="${date}">` : '',
    author ? `<meta name="author" content="${escapeAttr(author)}">` : '',
    link ? `<meta property="og:url" content="${escapeAttr(contentOf(link))}">` : '',
  ].join('');
  return `<!doctype html><html><head>${head}</head><body><article><h1>${escapeText(title)}</h1>\n${asHtml(body)}\n</article></body></html>`;
}
