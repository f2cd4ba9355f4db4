/** Page metadata that every layout can read: meta tags, JSON-LD, copyright lines. */
import { textOf } from './dom.js';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import { normalizeDate } from './dates.js';
import { normalizeSpace } from './text.js';
import { select } from './simple-select.js';

/** `meta[name="value"]`: the one selector form readMeta answers from a single walk of the page. */
const META_SELECTOR = /^meta\[(property|name|itemprop)="([^"\\]*)"\]$/;

const metaCache = new WeakMap<AnyNode, Element[]>();

/** True when the element is still in the document (nothing above it was removed). */
function isAttached(el: AnyNode, root: AnyNode): boolean {
  let n: AnyNode | null = el;
  while (n.parent) n = n.parent;
  return n === root;
}

/**
 * Every <meta> element of the page, in document order (what `select($, 'meta[…]')` searches). Walked once
 * per page; later calls drop the ones removed since (layouts remove chrome, never add elements).
 */
function metaElements($: CheerioAPI): Element[] {
  const root = $.root()[0] as AnyNode;
  const cached = metaCache.get(root);
  if (cached) return cached.every((el) => isAttached(el, root)) ? cached : cached.filter((el) => isAttached(el, root));
  const out: Element[] = [];
  metaCache.set(root, out);
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'tag' && (n as Element).name === 'meta') out.push(n as Element);
    if (n.type === 'tag' || n.type === 'root' || n.type === 'script' || n.type === 'style') {
      const children = (n as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  return out;
}

function cleanMetaContent(v: string | undefined): string {
  return v ? normalizeSpace(v.replace(/<[^<>]{0,2000}>/g, ' ')) : '';
}

/**
 * Content of the first meta tag among `selectors` that has one. Selectors of the form
 * `meta[property|name|itemprop="…"]` (case-sensitive values, as css-select compares them) are
 * answered from one walk instead of one query each.
 */
export function readMeta($: CheerioAPI, ...selectors: string[]): string | undefined {
  let metas: Element[] | undefined;
  for (const sel of selectors) {
    const simple = META_SELECTOR.exec(sel);
    let v: string | undefined;
    if (simple) {
      metas ??= metaElements($);
      const [, attr, value] = simple;
      v = metas.find((el) => el.attribs[attr!] === value)?.attribs['content'];
    } else v = select($, sel).first().attr('content');
    const clean = cleanMetaContent(v);
    if (clean !== '') return clean;
  }
  return undefined;
}

interface JsonLdArticle {
  headline?: string;
  /** The story's text, where the page ships it (a script-rendered page may show nothing else). */
  articleBody?: string;
  datePublished?: string;
  publisher?: string;
  author?: string;
  url?: string;
  /** The page is a forum thread ("DiscussionForumPosting"): its replies are what the page says, no reader comments. */
  thread?: boolean;
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return nameOf((v as { name: unknown }).name);
  return undefined;
}

function findArticleNode(v: unknown, depth = 0): Record<string, unknown> | undefined {
  if (depth > 4 || !v || typeof v !== 'object') return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const f = findArticleNode(x, depth + 1);
      if (f) return f;
    }
    return undefined;
  }
  const o = v as Record<string, unknown>;
  const t = String(o['@type'] ?? '');
  if (/Article|Posting|Report/i.test(t) || 'datePublished' in o) return o;
  return findArticleNode(o['@graph'], depth + 1);
}

/** The first NewsArticle-like JSON-LD object on the page. */
export function readJsonLd($: CheerioAPI): JsonLdArticle {
  for (const el of select($, 'script[type="application/ld+json"]').toArray()) {
    try {
      const node = findArticleNode(JSON.parse(el.children.map((c) => ('data' in c ? String(c.data) : '')).join('')));
      if (!node) continue;
      const out: JsonLdArticle = {};
      const headline = nameOf(node['headline']);
      // (a JobPosting dates itself by datePosted; validThrough is a deadline)
      const date = nameOf(node['datePublished']) ?? nameOf(node['datePosted']);
      const publisher = nameOf(node['publisher']);
      const author = nameOf(node['author']);
      const url = nameOf(node['url']) ?? nameOf(node['mainEntityOfPage']);
      if (headline) out.headline = headline;
      if (date) out.datePublished = date;
      if (publisher) out.publisher = publisher;
      if (author) out.author = author;
      if (url) out.url = url;
      if (/DiscussionForumPosting/i.test(String(node['@type'] ?? ''))) out.thread = true;
      if (typeof node['articleBody'] === 'string' && node['articleBody'].trim()) out.articleBody = node['articleBody'];
      return out;
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  return {};
}

/** Publisher from a copyright line: "Copyright © 한국경제. 무단전재…" → "한국경제". */
export function readCopyrightPublisher(text: string): string | undefined {
  const m =
    /(?:Copyright|저작권자)\s*(?:\(c\)|©|ⓒ)?\s*(?:\d{4}\s*)?([^.,|\n()]{1,30}?)\s*(?:[.,|(]|All\s|무단|\s-\s|$)/i.exec(text) ??
    /(?:©|ⓒ)\s*(?:\d{4}\s*)?([^.,|\n()]{1,30}?)\s*(?:[.,|(]|All\s|무단|\s-\s|$)/i.exec(text);
  const name = m?.[1] ? normalizeSpace(m[1].replace(/^(?:©|ⓒ|\(c\))\s*/i, '')) : undefined;
  if (!name || /^\d+$/.test(name)) return undefined;
  // "매일경제 & mk.co.kr" → "매일경제"; "example.com" alone stays.
  return name.replace(/\s*&.*$/, '').replace(/\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+$/i, '').trim() || undefined;
}

/** A short text that is a copyright notice: starts with ©/ⓒ/Copyright, or names 저작권자 with 무단/금지. */
const NOTICE_START = /^[[<(]?\s*(?:copyright|ⓒ|©|\(c\))/i;
const NOTICE_OWNER = /^[[<(]?\s*저작권자.*(?:무단|금지|rights)/i;

const MAY_BE_NOTICE = /copyright|ⓒ|©|\(c\)|저작권자|[\u1100-\u11ff\u3130-\u318f]/i;

/** The publisher named by a line when the line is a copyright notice. */
export function readNoticePublisher(line: string): string | undefined {
  if (line.length > 200 || !(NOTICE_START.test(line) || NOTICE_OWNER.test(line))) return undefined;
  return readCopyrightPublisher(line);
}

/**
 * Publisher from the page's copyright notice: the first short text node that is one. Text nodes,
 * not the page text, so that an article about copyright cannot be mistaken for the notice.
 */
export function readCopyrightNotice($: CheerioAPI): string | undefined {
  const stack: AnyNode[] = [...$.root().toArray()];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      // a notice names one of these (white-space clean-up only collapses runs; conjoining jamo may compose into 저작권자)
      if (!MAY_BE_NOTICE.test(data)) continue;
      const name = readNoticePublisher(normalizeSpace(data));
      if (name) return name;
    } else if (n.type === 'tag' || n.type === 'root') {
      const children = (n as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  return undefined;
}

/** A title suffix that names a site: "한국경제", "Daum 뉴스", "ZDNet Korea", "example.com". */
const SITE_SUFFIX = /(?:뉴스|일보|신문|경제|닷컴|타임스|타임즈|투데이|데일리|미디어|코리아|방송|저널|포커스|TV|News|Daily|Times|Korea|Herald|Post|\.com|\.co\.kr|\.kr|네이버|Daum|다음)\s*$/i;

/**
 * Strips " - Publisher" / " | Publisher" / " : 네이버 뉴스" suffixes from a page title: when the
 * suffix names the publisher, the separator is a pipe, or the suffix looks like a site name.
 */
export function stripTitleSuffix(title: string, publisher?: string): string {
  // "제목 < 섹션 < 기사본문 - 사이트": the breadcrumb title of a common Korean CMS; "제목 > 게시판 | 사이트": a board's (GnuBoard)
  const t = (normalizeSpace(title).split(' < ')[0]?.trim() ?? '').replace(/^(.{8,}?) > [^>\d]{1,20}?(?=$| [|:-] )/, '$1');
  const m = /^(.{4,}?)\s+([-|–—:·]|::)\s+([^-|–—]{1,30})$/.exec(t);
  if (!m?.[1] || !m[3]) return t;
  const suffix = m[3];
  const namesPublisher = publisher !== undefined && (suffix.includes(publisher) || publisher.includes(suffix));
  return namesPublisher || m[2] === '|' || SITE_SUFFIX.test(suffix) ? m[1] : t;
}

/** Publication date from the usual meta tags, <time> and JSON-LD. */
export function readPublishedDate($: CheerioAPI, jsonLd: JsonLdArticle): string | undefined {
  // in order of trust, each read only when the ones before give no date
  const candidates: (() => string | undefined)[] = [
    () => readMeta($, 'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[property="og:regDate"]',
      'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[name="publishdate"]', 'meta[itemprop="datePublished"]', 'meta[name="DC.date.issued"]',
      // (a video's page: schema.org VideoObject's upload date)
      'meta[itemprop="uploadDate"]'),
    () => jsonLd.datePublished,
    // microdata and microformats on any element: <abbr itemprop="datePublished" title="…"> (Blogger), <time class="dt-published">
    () => {
      const el = select($, '[itemprop="datePublished"], .published[title], .dt-published').first();
      return el.attr('content') ?? el.attr('datetime') ?? el.attr('title');
    },
    () => select($, 'time[datetime]').first().attr('datetime'),
    () => textOf(select($, 'time').first()),
  ];
  for (const c of candidates) {
    const d = normalizeDate(c());
    if (d) return d;
  }
  return undefined;
}

/** A byline opening on the writer's unit (a team, an office, a lab), then the name. */
const UNIT_THEN_NAME = /^[가-힣A-Za-z]{1,10}(?:팀|실|본부|센터|파트|랩)\s([가-힣]{2,4})(?=\s|$)(?<!(?:팀|실|본부|센터|파트|랩))/;
/** Author name: strips "기자", e-mails and brackets from a byline-ish string. */
export function cleanAuthorName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let s = normalizeSpace(raw.replace(/<[^<>]{0,2000}>/g, ' ')).replace(/[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,255}/g, '').replace(/[()[\]<>]/g, ' ');
  const stripped = normalizeSpace(s.replace(/\s?(?:기자|특파원|선임기자|전문기자|객원기자|인턴기자|논설위원|에디터)(?=\s|$|[(\[<,]).*$/, ''));
  // "나기자" is a name, not "나" + 기자: keep at least two syllables.
  if (stripped.length >= 2) s = stripped;
  s = s.replace(/^(?:By|글|취재)\s?[=:]?\s*/i, '');
  // ("피플팀 여민서", "AI연구실 한가람": the writer's unit before the name, in a company blog's byline)
  const afterUnit = UNIT_THEN_NAME.exec(s);
  if (afterUnit?.[1]) return afterUnit[1];
  const korean = /^([가-힣]{2,4})(?:\s|$)/.exec(s);
  if (korean?.[1]) return korean[1];
  return s.length > 0 && s.length <= 40 ? s : undefined;
}

/** A byline label printed as its own element ("by", "글", "글쓴이"), the writer's name in the element after it. */
const BYLINE_LABEL = /^(?:by|By|BY|글|글쓴이|작가)$/;
const LABELLED_NAME = /^(?:[가-힣]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$/;

/**
 * The short text an element holds as its one child, perhaps inside up to two more one-child wrappers ("<span><b>by</b></span>");
 * undefined for anything else. Reading each element's whole text instead was quadratic on a deeply nested page.
 */
function labelText(el: Element): string | undefined {
  let n: AnyNode = el;
  for (let depth = 0; depth < 3 && n.type === 'tag'; depth++) {
    const kids: AnyNode[] = (n as Element).children;
    if (kids.length !== 1) return undefined;
    n = kids[0]!;
  }
  return n.type === 'text' && (n as Text).data.length <= 20 ? (n as Text).data : undefined;
}

/** "<span class=by>by</span> <a class=link_profile>정하늘</a>": the name after a byline label element (a blog platform's cover). */
export function readLabelledAuthor($: CheerioAPI): string | undefined {
  for (const el of select($, 'span, em, i, b, strong').toArray()) {
    const label = labelText(el);
    if (label === undefined || !BYLINE_LABEL.test(normalizeSpace(label))) continue;
    const name = normalizeSpace(textOf($(el).next()));
    if (LABELLED_NAME.test(name)) return name;
  }
  return undefined;
}
