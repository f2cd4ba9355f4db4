/** Naver news layout: body in #dic_area (or #articeBody, #newsct_article…), paragraphs split by <br>. */
import { textOf } from '../dom.js';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { walkBlocks } from '../blocks.js';
import { normalizeDate } from '../dates.js';
import { cleanAuthorName, readCopyrightNotice, readJsonLd, readMeta, readPublishedDate, stripTitleSuffix } from '../meta.js';
import { pruneChrome, selectWithin } from '../prune.js';
import { firstMatches, select } from '../simple-select.js';
import { normalizeSpace } from '../text.js';
import type { LayoutResult } from './result.js';

const BODY_SELECTORS = ['#dic_area', '#articeBody', '#newsct_article', '#articleBodyContents', '#newsEndContents'];

/** True when the page has one of Naver's article body containers. */
export function isNaverLayout($: CheerioAPI): boolean {
  const firsts = firstMatches($.root()[0] as AnyNode, BODY_SELECTORS);
  return firsts ? firsts.some((el) => el !== undefined) : select($, BODY_SELECTORS.join(', ')).length > 0;
}

/** Strips Naver's suffixes from a press name: "한국경제 | 네이버" → "한국경제". */
function cleanPressName(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = normalizeSpace(s.replace(/\s*[|:-]\s*(?:네이버|naver).*$/i, ''));
  return t === '' ? undefined : t;
}

function readNaverDate($: CheerioAPI): string | undefined {
  const stamp = select($, '[data-date-time]').first().attr('data-date-time');
  return (
    normalizeDate(stamp) ??
    normalizeDate(textOf(select($, 'span.media_end_head_info_datestamp_time').first())) ??
    normalizeDate(textOf(select($, '.t11, .author em, .info span').first()))
  );
}

/** Reads a Naver article page. */
export function parseNaver($: CheerioAPI, _html: string): LayoutResult {
  const jsonLd = readJsonLd($);
  const title =
    normalizeSpace(textOf(select($, '#title_area').first())) ||
    normalizeSpace(textOf(select($, 'h2.media_end_head_headline, h3#articleTitle, h2.end_tit, h4.title').first())) ||
    stripTitleSuffix(readMeta($, 'meta[property="og:title"]') ?? textOf(select($, 'title').first()));

  const publisher =
    cleanPressName(readMeta($, 'meta[property="og:article:author"]', 'meta[name="twitter:creator"]')) ??
    cleanPressName(select($, '.media_end_head_top_logo img').first().attr('alt')) ??
    cleanPressName(select($, '.press_logo img, #pressLogo img').first().attr('alt')) ??
    readCopyrightNotice($);

  const author = cleanAuthorName(
    normalizeSpace(textOf(select($, 'em.media_end_head_journalist_name').first())) ||
      normalizeSpace(textOf(select($, '.byline_s, .byline').first())) ||
      undefined,
  );
  const publishedAt = readNaverDate($) ?? readPublishedDate($, jsonLd);

  // The innermost known container wins: #newsct_article wraps #dic_area on mobile pages.
  const firsts = firstMatches($.root()[0] as AnyNode, BODY_SELECTORS);
  const first = firsts?.find((el) => el !== undefined);
  const container = firsts
    ? first ? $(first) : select($, BODY_SELECTORS[0]!)
    : (BODY_SELECTORS.map((sel) => select($, sel).first()).find((c) => c.length > 0) ?? select($, BODY_SELECTORS[0]!));
  const summary: string[] = [];
  selectWithin($, container, 'strong.media_end_summary, .media_end_summary').each((_, el) => {
    for (const b of walkBlocks([el], { captionFromAlt: false, hardBreaks: true })) summary.push(b.text);
  });
  selectWithin($, container, 'strong.media_end_summary, .media_end_summary').remove();
  selectWithin($, container, '.end_photo_org img, .nbd_im_w img').remove();
  pruneChrome($, container);
  selectWithin($, container, '.media_end_linked_more, .media_end_correction, .reporter_area, .artical-btm, .news_end_btn').remove();
  const body = walkBlocks(container.toArray(), { captionFromAlt: false });
  const url = readMeta($, 'meta[property="og:url"]');
  return { layout: 'naver', title, summary, body, publishedAt, publisher, author, url, warnings: [] };
}
