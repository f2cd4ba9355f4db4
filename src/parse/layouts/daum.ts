/** Daum news layout: full v.daum.net pages and the fragment that starts with the title and "작성일 MM-DD". */
import { textOf } from '../dom.js';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { walkBlocks } from '../blocks.js';
import { completeMonthDay, normalizeDate } from '../dates.js';
import { cleanAuthorName, readCopyrightNotice, readJsonLd, readMeta, readPublishedDate, stripTitleSuffix } from '../meta.js';
import { pruneChrome, selectWithin } from '../prune.js';
import { normalizeSpace } from '../text.js';
import type { LayoutResult } from './result.js';
import { select } from '../simple-select.js';

/** True when the page carries Daum's article markup. */
export function isDaumLayout($: CheerioAPI): boolean {
  if (select($, 'strong.summary_view, section[dmcf-sid], [dmcf-ptype]').length > 0) return true;
  return select($, '.article_view').length > 0 && (select($, '.tit_view').length > 0 || /작성일\s?\d{1,2}-\d{1,2}/.test(textOf($.root()).slice(0, 2000)));
}

/** The text before the first element of the body: "<title> 작성일 07-14 31 목록" in a fragment. */
function readLeadingText($: CheerioAPI): string {
  const parts: string[] = [];
  for (const n of select($, 'body').contents().toArray() as AnyNode[]) {
    if (n.type === 'tag') break;
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
  }
  return normalizeSpace(parts.join(' '));
}

/** Reads a Daum page: title, summary lines, body blocks and metadata. */
export function parseDaum($: CheerioAPI, html: string): LayoutResult {
  const warnings: string[] = [];
  const jsonLd = readJsonLd($);
  const lead = readLeadingText($);
  const leadMatch = /^(.{0,500}?)\s*(?:작성일|기사입력|입력)\s?[:：]?\s?(?:((?:19|20)\d{2})[-.]\s?)?(\d{1,2})[-.]\s?(\d{1,2})(?!\d)/.exec(lead);

  let title = normalizeSpace(textOf(select($, '.tit_view').first()));
  if (!title && leadMatch?.[1]) title = leadMatch[1];
  else if (!title && !leadMatch && lead.length > 0 && lead.length <= 300) title = lead.replace(/\s+\d+\s*목록$|\s*목록$/, '');
  if (!title) title = stripTitleSuffix(readMeta($, 'meta[property="og:title"]') ?? textOf(select($, 'title').first()));

  let publishedAt =
    normalizeDate(textOf(select($, '.num_date').first())) ??
    normalizeDate(textOf(select($, '.info_view .txt_info').filter((_, e) => /입력/.test(textOf($(e)))).first())) ??
    readPublishedDate($, jsonLd);
  if (!publishedAt && leadMatch) {
    const [, , year, month, day] = leadMatch;
    publishedAt = year
      ? normalizeDate(`${year}-${month}-${day}`)
      : completeMonthDay(Number(month), Number(day), html);
    if (!publishedAt) warnings.push('publication year could not be inferred');
  }

  const summary: string[] = [];
  select($, 'strong.summary_view').each((_, el) => {
    for (const b of walkBlocks([el], { captionFromAlt: false, hardBreaks: true })) summary.push(b.text);
  });

  const container = select($, '.article_view').first();
  pruneChrome($, container);
  selectWithin($, container, '.layer_util, .util_view, .copyright, .link_news, .box_related, .cmt_view').remove();
  const body = container.length > 0 ? walkBlocks(container.toArray(), { captionFromAlt: true }) : [];

  const publisher =
    readMeta($, 'meta[property="og:article:author"]', 'meta[name="article:media_name"]') ??
    jsonLd.publisher ??
    readCopyrightNotice($);
  const author = cleanAuthorName(
    textOf(select($, '.info_view .txt_info').filter((_, e) => !/입력|수정/.test(textOf($(e)))).first()) || undefined,
  );
  const url = readMeta($, 'meta[property="og:url"]');
  return { layout: 'daum', title, summary, body, publishedAt, publisher, author, url, warnings };
}
