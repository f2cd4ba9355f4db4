/** Any other news page: <article>/<main>/known body containers, else the densest block of <p>s. */
import { textOf } from '../dom.js';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { walkBlocks } from '../blocks.js';
import { readBylineName } from '../chrome.js';
import { normalizeDate } from '../dates.js';
import { cleanAuthorName, readCopyrightPublisher, readJsonLd, readMeta, readPublishedDate, stripTitleSuffix } from '../meta.js';
import { pruneChrome, selectWithin } from '../prune.js';
import { normalizeSpace } from '../text.js';
import type { LayoutResult } from './result.js';

/** Body containers of common Korean news CMSs, tried before <article>/<main>. */
const BODY_SELECTORS = [
  '[itemprop="articleBody"]', '#article-view-content-div', '#articleBody', '#article_body', '#articleText',
  '.article_body', '.article-body', '.articleBody', '.article_txt', '.article-text', '.art_body', '.news_body',
  '#news_body_area', '.news-article-body', '.view_con', '.story-news', '.entry-content', '.post-content',
];

/** Headline elements of common CMSs when there is no <h1>. */
const HEADLINE_SELECTORS = '.article-view-header .heading, .article-title, .article_title, .news_title, .headline, #article_title, .view_title, .tit_view';

/** Sub-headline decks inside the body container, kept as 'summary'. */
const SUMMARY_SELECTORS = '.summary, .subtitle, .sub_title, .sub-title, .article-summary, .article_summary, .summary_view';

function textLength($: CheerioAPI, el: Element): number {
  return normalizeSpace(textOf($(el))).length;
}

/** The element whose direct <p> (or text-with-<br>) children hold the most text. */
function findDensestBlock($: CheerioAPI): Cheerio<Element> | undefined {
  const scores = new Map<Element, number>();
  $('body p').each((_, p) => {
    const parent = p.parent;
    if (!parent || parent.type !== 'tag') return;
    const len = textLength($, p);
    if (len < 20) return;
    scores.set(parent as Element, (scores.get(parent as Element) ?? 0) + len);
  });
  $('body div').each((_, div) => {
    if ($(div).children('br').length < 2) return;
    let own = 0;
    for (const c of div.children) if (c.type === 'text') own += normalizeSpace((c as unknown as { data: string }).data).length;
    if (own >= 80) scores.set(div, (scores.get(div) ?? 0) + own);
  });
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best && bestScore >= 40 ? $(best) : undefined;
}

/** Picks the article container: known CMS selectors, then <article>, <main>, then the densest block. */
function findContainer($: CheerioAPI): Cheerio<AnyNode> | undefined {
  for (const sel of BODY_SELECTORS) {
    const el = $(sel).first();
    if (el.length > 0 && textLength($, el[0] as Element) >= 40) return el;
  }
  const articles = $('article').toArray();
  if (articles.length > 0) {
    const best = articles.reduce((a, b) => (textLength($, b) > textLength($, a) ? b : a));
    if (textLength($, best) >= 40) return $(best);
  }
  const main = $('main, [role="main"]').first();
  if (main.length > 0 && textLength($, main[0] as Element) >= 40) return main;
  return findDensestBlock($);
}

function readTitle($: CheerioAPI, jsonLdHeadline: string | undefined, publisher: string | undefined): string {
  const og = readMeta($, 'meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]');
  const h1 = normalizeSpace(textOf($('h1').first())) || normalizeSpace(textOf($(HEADLINE_SELECTORS).first()));
  const docTitle = normalizeSpace(textOf($('title').first()));
  const raw = og ?? (h1 || jsonLdHeadline || docTitle);
  return stripTitleSuffix(raw, publisher);
}

function readAuthor($: CheerioAPI, jsonLdAuthor: string | undefined): string | undefined {
  const metaAuthor = readMeta($, 'meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]', 'meta[property="dable:author"]');
  const candidates = [
    metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : undefined,
    jsonLdAuthor,
    normalizeSpace(textOf($('[rel="author"], [itemprop="author"], .byline, .reporter, .writer, .author').first())) || undefined,
  ];
  for (const c of candidates) {
    if (!c) continue;
    const name = readBylineName(c) ?? cleanAuthorName(c);
    if (name) return name;
  }
  return undefined;
}

/** A date stamp in the visible page: "입력 2025.07.14 10:00", "등록 2025-07-14". */
function readVisibleDate($: CheerioAPI): string | undefined {
  const text = textOf($('body')).slice(0, 200_000);
  const m = /(?:입력|등록|작성|게재|승인|발행|송고|기사입력|Published)\s?[:：]?\s?((?:19|20)\d{2}\s?[-./년]\s?\d{1,2}\s?[-./월]\s?\d{1,2})/.exec(text);
  return normalizeDate(m?.[1]);
}

/** A date in the article's URL: /2025/07/14/ or /20250714…. */
function readUrlDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /\/((?:19|20)\d{2})\/?(\d{2})\/?(\d{2})(?:\/|\d|$)/.exec(url);
  return m ? normalizeDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}

/** Reads a generic news page. */
export function parseGeneric($: CheerioAPI, _html: string): LayoutResult {
  const jsonLd = readJsonLd($);
  const copyrightText = normalizeSpace(textOf($('footer, .copyright, #copyright, [class*="copy"]'))) || textOf($('body')).slice(-4000);
  const publisher =
    readMeta($, 'meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[name="application-name"]') ??
    jsonLd.publisher ??
    readCopyrightPublisher(copyrightText);
  const title = readTitle($, jsonLd.headline, publisher);
  const author = readAuthor($, jsonLd.author);
  const url = readMeta($, 'meta[property="og:url"]') ?? $('link[rel="canonical"]').attr('href') ?? jsonLd.url;
  const publishedAt = readPublishedDate($, jsonLd) ?? readVisibleDate($) ?? readUrlDate(url);

  const container = findContainer($);
  const warnings: string[] = [];
  let body: LayoutResult['body'] = [];
  const summary: string[] = [];
  if (container) {
    selectWithin($, container, 'header, h1').remove();
    const deck = selectWithin($, container, SUMMARY_SELECTORS);
    deck.each((_, el) => {
      for (const b of walkBlocks([el], { captionFromAlt: false })) summary.push(b.text);
    });
    deck.remove();
    pruneChrome($, container);
    body = walkBlocks(container.toArray(), { captionFromAlt: true });
  }
  return { layout: 'generic', title, summary, body, publishedAt, publisher, author, url, warnings };
}
