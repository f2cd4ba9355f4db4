/** A generic page's headline: og:title, else a headline element that is no logo or section path, else the page title. */
import type { CheerioAPI } from 'cheerio';
import { textOf } from '../dom.js';
import { readMeta, stripTitleSuffix } from '../meta.js';
import { select } from '../simple-select.js';
import { normalizeSpace } from '../text.js';

/** Headline elements of common CMSs (and community boards' post subjects) when there is no <h1>. */
const HEADLINE_SELECTORS = '.article-view-header .heading, .article-title, .article_title, .news_title, .headline, #article_title, .view_title, .tit_view, .post_subject, .post-subject, .board_subject, .view_subject, #bo_v_title';

/** A section path ("Computer Science > Computation and Language", "IT › AI"): short names joined by path marks. */
const SECTION_PATH = /^[^>›»?!'"‘’“”…]{1,30}(?:\s[>›»]\s[^>›»?!'"‘’“”…]{1,30})+$/;

export function readTitle($: CheerioAPI, jsonLdHeadline: string | undefined, publisher: string | undefined): string {
  const og = readMeta($, 'meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]');
  const docTitle = normalizeSpace(textOf(select($, 'title').first()));
  const h1El = select($, 'h1').first();
  let h1 = normalizeSpace(textOf(h1El));
  // the site's logo in an <h1> ("<h1 class=logo>", or the name the page title ends on) is no headline
  if (h1 && (/logo/i.test(h1El.attr('class') ?? '') || (docTitle.length > h1.length + 3 && /[<|·:–-]$/.test(docTitle.slice(0, -h1.length).trim()) && docTitle.endsWith(h1)))) h1 = '';
  if (SECTION_PATH.test(h1) && !docTitle.includes(h1)) h1 = ''; // (nor a section path the page title does not repeat)
  // a section label may share the headline's class ("<div class=heading>AI</div>" over "<h3 class=heading>"): a heading tag first
  const heads = select($, HEADLINE_SELECTORS);
  h1 ||= normalizeSpace(textOf(heads.filter((_, e) => /^h[1-4]$/i.test((e as { tagName?: string }).tagName ?? '')).first())) || normalizeSpace(textOf(heads.first()));
  const raw = og ?? (h1 || jsonLdHeadline || readPrintViewHeadline($, docTitle) || readBoardSubject($) || docTitle);
  return stripTitleSuffix(raw, publisher);
}

/** A page title naming a print view ("대전일보 - 인쇄하기", "프린트 미리보기", "Print this article"), not the story. */
const PRINT_VIEW_TITLE = /(?:인쇄(?:하기)?|프린트|기사\s*출력|\bprint\b)/i;

/**
 * A print-view popup's headline: its <title> names only the view, and the story's headline is the first sub-heading
 * (<h2>–<h4>) the page gives, above the text.
 */
function readPrintViewHeadline($: CheerioAPI, docTitle: string): string {
  if (!PRINT_VIEW_TITLE.test(docTitle)) return '';
  const heading = select($, 'h2, h3, h4').filter((_, e) => normalizeSpace(textOf($(e))).length >= 10).first();
  return normalizeSpace(textOf(heading));
}

/** A board view's subject label ("제목", "제 목", "Subject"). */
const SUBJECT_LABEL = /^(?:제\s?목|글\s?제목|Subject|Title)$/i;

/**
 * An old board's post view, laid out as a table ("<th>제목</th><td><b>2026년 「X」 결과 보고</b></td>"), whose <title> names only
 * the site and the board: the subject cell's text is the headline.
 */
function readBoardSubject($: CheerioAPI): string {
  const label = select($, 'th').filter((_, e) => SUBJECT_LABEL.test(normalizeSpace(textOf($(e))))).first();
  const value = label.next('td');
  const text = normalizeSpace(textOf(value));
  return text.length >= 6 && text.length <= 200 ? text : '';
}
