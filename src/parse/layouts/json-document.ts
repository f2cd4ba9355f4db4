/**
 * A JSON document saved as the page: a JSON Feed (`items` of title, `content_html`, `date_published`), a news app's
 * article API response (`data.article` with a headline and `body_blocks` of paragraphs, captions, sub-headings and
 * quotes), a CMS export. Read as the HTML article it carries, found by structure as for a story embedded in a script
 * (`findStory`): the object with a headline and the most Korean prose in a body-like field. Where that story is one
 * item of a list of stories (a feed of a section saved whole), the list is a digest like an RSS feed of several items:
 * its first item is the article, each further item follows as a section of its own (its headline, then its body).
 * Everything around the stories (status codes, related headlines, rankings, ad slots, engagement counters, tags) is
 * left out.
 */
import { escapeAttribute, escapeText } from 'entities';
import { findStory, storyOf, type EmbeddedStory } from '../embedded-json.js';

const MAX_DOCUMENT = 8_000_000;
const MAX_NODES = 200_000;

/** The whole text as one JSON value, or undefined (not JSON, or too big to read). */
function parseWhole(text: string): unknown {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.length > MAX_DOCUMENT || !/^[{[]/.test(trimmed) || !/[}\]]$/.test(trimmed)) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

/** The stories of an array's objects, in order (objects that are no story left out). */
function arrayStories(list: unknown[]): EmbeddedStory[] {
  const out: EmbeddedStory[] = [];
  for (const x of list) {
    if (!x || typeof x !== 'object' || Array.isArray(x)) continue;
    const s = storyOf(x as Record<string, unknown>);
    if (s && s.prose > 0) out.push(s);
  }
  return out;
}

/** The list of two or more stories that holds `main` (same headline and body), in order; undefined when it stands alone. */
function digestOf(value: unknown, main: EmbeddedStory): EmbeddedStory[] | undefined {
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_NODES) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    const children = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
    if (Array.isArray(v)) {
      const stories = arrayStories(v);
      if (stories.length >= 2 && stories.some((s) => s.title === main.title && s.html === main.html)) return stories;
    }
    for (const c of children) if (c && typeof c === 'object') stack.push(c);
  }
  return undefined;
}

function head(story: EmbeddedStory): string {
  return [
    `<meta charset="utf-8"><title>${escapeText(story.title)}</title>`,
    story.publishedAt ? `<meta property="article:published_time" content="${story.publishedAt}">` : '',
    story.author ? `<meta name="author" content="${escapeAttribute(story.author)}">` : '',
    story.url ? `<meta property="og:url" content="${escapeAttribute(story.url)}">` : '',
  ].join('');
}

/**
 * The HTML article page a JSON document carries; undefined when the text is no JSON document or holds no story.
 *
 * @example
 *   jsonDocumentToHtml('{"data":{"article":{"headline":"가온, 새 모델","body_blocks":[{"type":"paragraph","text":"가온이 …"}]}}}')
 *   // '<!doctype html>…<article><h1>가온, 새 모델</h1>\n<p>가온이 …</p>…'
 */
export function jsonDocumentToHtml(text: string): string | undefined {
  const value = parseWhole(text);
  if (value === undefined || typeof value !== 'object' || value === null) return undefined;
  const main = findStory([value]);
  if (!main) return undefined;
  const stories = digestOf(value, main) ?? [main];
  const [first, ...later] = stories as [EmbeddedStory, ...EmbeddedStory[]];
  const sections = later.map((s) => `<section><h2>${escapeText(s.title)}</h2>\n${s.html}\n</section>`).join('\n');
  return `<!doctype html><html><head>${head(first)}</head><body><article><h1>${escapeText(first.title)}</h1>\n${first.html}\n${sections}</article></body></html>`;
}
