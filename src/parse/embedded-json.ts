/**
 * The story of a page that ships it as JSON in a script (Next.js `__NEXT_DATA__`, Arc/Fusion
 * `Fusion.globalContent=`, `window.__INITIAL_STATE__ = JSON.parse("…")`, Nuxt payloads written as JSON …).
 * Found by structure, not by a site's key path: the object with a headline and the longest Korean
 * prose in a body-like field (an HTML string or an array of content elements).
 */
import { normalizeDate } from './dates.js';
import { escapeText } from 'entities';

export interface EmbeddedStory {
  title: string;
  subtitle?: string;
  /** ISO date; an instant with a time zone is read as a date in Korea (UTC+9). */
  publishedAt?: string;
  author?: string;
  url?: string;
  copyright?: string;
  /** The body as one HTML fragment. */
  html: string;
  /** Hangul syllables in the body: how much Korean prose it holds. */
  prose: number;
}

type Obj = Record<string, unknown>;

const HANGUL = /[가-힣]/g;
const MAX_SCRIPT = 8_000_000;
const MAX_NODES = 200_000;

export function hangulCount(s: string): number {
  return s.match(HANGUL)?.length ?? 0;
}

/** The end (exclusive) of the balanced {…} or […] starting at `start`, strings skipped; -1 when unbalanced. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** JSON values in a script: the whole text when it is JSON, else `= {…}` literals and `JSON.parse("…")` strings. */
export function jsonValuesIn(script: string): unknown[] {
  if (script.length > MAX_SCRIPT || (!/[가-힣]/.test(script) && !/\\u[aA-dD][0-9a-fA-F]{3}/.test(script))) return [];
  const trimmed = script.trim();
  if (/^[{[]/.test(trimmed)) {
    const whole = tryParse(trimmed);
    if (whole !== undefined) return [whole];
  }
  const out: unknown[] = [];
  for (const m of script.matchAll(/(?:=|:)\s*(?=[{[])|JSON\.parse\(\s*(?=")/g)) {
    const at = (m.index ?? 0) + m[0].length;
    if (script[at] === '"') {
      const end = /^"(?:[^"\\]|\\.)*"/s.exec(script.slice(at));
      const inner = end ? tryParse(end[0]) : undefined;
      const v = typeof inner === 'string' ? tryParse(inner) : undefined;
      if (v !== undefined) out.push(v);
      continue;
    }
    const end = balancedEnd(script, at);
    if (end < 0 || end - at < 200) continue;
    const v = tryParse(script.slice(at, end));
    if (v !== undefined && typeof v === 'object') out.push(v);
  }
  return out;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** A string, or the first string among an object's headline-like variants ({basic, main, web}). */
function textValue(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Obj;
    for (const k of ['basic', 'main', 'web', 'default', 'text', 'name', 'value']) if (str(o[k])) return str(o[k]);
  }
  return undefined;
}

const TITLE_KEY = /^(?:headlines?|title|subject|(?:article|news|post|story)_?title)$/i;
const SUBTITLE_KEY = /^(?:sub_?headlines?|sub_?title|deck|summary|description|lead)$/i;
const BODY_KEY = /^(?:body|content|contents|content_?elements|elements|blocks|(?:body|content)_?blocks|paragraphs|(?:article|news|post|story)_?(?:body|content|html|text)|(?:body|content)_?html|html|text)$/i;
const DATE_KEY = /^(?:display_?date|first_?publish(?:ed)?_?(?:date|at|time)|publish(?:ed)?_?(?:date|at|time|on)?|date_?published|pub_?date|release_?date|reg_?(?:date|dt)|created_?(?:at|date)|date)$/i;
const AUTHOR_KEY = /^(?:author|authors|byline|writer|reporter|credits)$/i;

/** ISO date of a JSON date value; instants with a zone become the date in Korea. */
export function jsonDate(v: unknown): string | undefined {
  if (typeof v === 'number' && v > 6e11 && v < 5e12) return new Date(v + 9 * 3600_000).toISOString().slice(0, 10);
  if (typeof v !== 'string') return undefined;
  if (/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(v.trim())) {
    const t = Date.parse(v.trim());
    if (!Number.isNaN(t)) return normalizeDate(new Date(t + 9 * 3600_000).toISOString());
  }
  return normalizeDate(v);
}

function authorName(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) return authorName(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Obj;
    return str(o['name']) ?? authorName(o['by']) ?? str(o['byline']);
  }
  return undefined;
}

/** One content element as HTML: text as a paragraph, headers as headings, images as captions, lists as items. */
function elementHtml(v: unknown, depth = 0): string {
  if (typeof v === 'string') return `<p>${v}</p>`;
  if (!v || typeof v !== 'object' || depth > 3) return '';
  const o = v as Obj;
  const type = String(o['type'] ?? o['_type'] ?? o['kind'] ?? '');
  if (/image|photo|video|gallery|figure/i.test(type)) {
    const caption = textValue(o['caption']) ?? textValue(o['alt']);
    return caption ? `<figure><figcaption>${escapeText(caption)}</figcaption></figure>` : '';
  }
  const items = o['items'] ?? o['children'] ?? o['content_elements'];
  if (Array.isArray(items)) {
    const inner = items.map((x) => elementHtml(x, depth + 1)).join('');
    return /list/i.test(type) ? `<ul>${inner.replace(/<p>/g, '<li>').replace(/<\/p>/g, '</li>')}</ul>` : inner;
  }
  const text = str(o['content']) ?? str(o['text']) ?? str(o['html']) ?? str(o['body']) ?? str(o['value']);
  if (!text) return '';
  if (/^(?:raw_?html|html|embed|oembed|ad)/i.test(type)) return hangulCount(text) > 0 ? `<div>${text}</div>` : '';
  if (/head|title/i.test(type)) return `<h3>${text}</h3>`;
  // a quote block naming its speaker ({type: 'quote', text, speaker: '이름 회사 직함'}): the speaker's line kept under it
  const speaker = /quote/i.test(type) ? (textValue(o['speaker']) ?? textValue(o['cite']) ?? textValue(o['attribution'])) : undefined;
  if (speaker) return `<blockquote><p>${text}</p><p>— ${escapeText(speaker)}</p></blockquote>`;
  return `<p>${text}</p>`;
}

/** The body of an object as HTML: an HTML/text string, or an array of content elements. */
function bodyHtml(v: unknown): string | undefined {
  if (typeof v === 'string') return /<[a-z][^<>]*>/i.test(v) ? v : v.split(/\n\s*\n|\n/).map((p) => `<p>${escapeText(p)}</p>`).join('');
  if (Array.isArray(v)) return v.map((x) => elementHtml(x)).join('');
  if (v && typeof v === 'object') return bodyHtml(textValue(v));
  return undefined;
}

/** What an object offers as a story: its headline and the body field with the most prose. */
export function storyOf(o: Obj): EmbeddedStory | undefined {
  let title: string | undefined;
  let html: string | undefined;
  let prose = 0;
  let subtitle: string | undefined;
  let publishedAt: string | undefined;
  let author: string | undefined;
  for (const [k, v] of Object.entries(o)) {
    if (TITLE_KEY.test(k)) title ??= textValue(v);
    else if (SUBTITLE_KEY.test(k)) subtitle ??= textValue(v);
    else if (DATE_KEY.test(k)) publishedAt ??= jsonDate(v);
    else if (AUTHOR_KEY.test(k)) author ??= authorName(v);
    if (BODY_KEY.test(k)) {
      const h = bodyHtml(v);
      const n = h ? hangulCount(h.replace(/<[^<>]*>/g, '')) : 0;
      if (h && n > prose) [html, prose] = [h, n];
    }
  }
  if (!title || !html || hangulCount(title) + prose === 0) return undefined;
  const story: EmbeddedStory = { title, html, prose };
  if (subtitle && subtitle !== title) story.subtitle = subtitle;
  if (publishedAt) story.publishedAt = publishedAt;
  if (author) story.author = author;
  const url = str(o['canonical_url']) ?? str(o['url']) ?? str(o['canonicalUrl']) ?? str(o['link']);
  if (url) story.url = url;
  const copyright = str(o['copyright']);
  if (copyright) story.copyright = copyright;
  return story;
}

/** The story with the most Korean prose among the objects of the given JSON values. */
export function findStory(values: unknown[]): EmbeddedStory | undefined {
  let best: EmbeddedStory | undefined;
  const stack: { v: unknown; depth: number }[] = values.map((v) => ({ v, depth: 0 }));
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_NODES) {
    const { v, depth } = stack.pop()!;
    if (!v || typeof v !== 'object' || depth > 16) continue;
    const children = Array.isArray(v) ? v : Object.values(v as Obj);
    if (!Array.isArray(v)) {
      const s = storyOf(v as Obj);
      if (s && (!best || s.prose > best.prose)) best = s;
    }
    for (const c of children) if (c && typeof c === 'object') stack.push({ v: c, depth: depth + 1 });
  }
  return best;
}
