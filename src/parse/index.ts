/**
 * The parse stage: one news page (bytes or text) → clean text with offsets, blocks, sentences, metadata.
 *
 * @example
 *   const a = parseArticle(readFileSync('seed/x.html'), { source: 'seed/x.html' });
 *   a.meta.publishedAt // '2025-07-14'
 *   a.text.slice(a.sentences[0].start, a.sentences[0].end) === a.sentences[0].text // true
 */
import * as cheerio from 'cheerio/slim';
import { unfoldBilingualTables } from './bilingual-tables.js';
import { markColumnSpans } from './column-spans.js';
import type { Document, Element } from 'domhandler';
import { InputError } from '../errors/index.js';
import { ensureBody } from './dom.js';
import { assembleArticle, cleanBlocks } from './assemble.js';
import { decodeInput } from './decode.js';
import { isDaumLayout, parseDaum } from './layouts/daum.js';
import { isNaverLayout, parseNaver } from './layouts/naver.js';
import { isNaverBlogLayout, parseNaverBlog } from './layouts/naver-blog.js';
import { parseGeneric } from './layouts/generic.js';
import { withEmbeddedStory } from './layouts/embedded.js';
import { framedDocument, withFramedStory } from './layouts/framed.js';
import { parsePlainText } from './layouts/plain.js';
import { unwrapPrintedText } from './printed.js';
import { unwrapFixedColumns } from './fixed-columns.js';
import { foldBoxTables } from './box-tables.js';
import { unwrapSubtitles } from './subtitles.js';
import { foldCellLines } from './cell-lines.js';
import { unfoldReadAloudTables } from './read-aloud-tables.js';
import { feedToHtml, isFeed } from './layouts/feed.js';
import { parseChatExport } from './layouts/chat.js';
import { jsonDocumentToHtml } from './layouts/json-document.js';
import { rewriteVideoPage } from './layouts/video.js';
import { rewriteRevisionDiff } from './revision-diff.js';
import { splitPairedTerms } from './key-value-lists.js';
import { markLegendMembers } from './legend-members.js';
import type { LayoutResult } from './layouts/result.js';
import { lacksStory, storyPreformatted, withPreformattedStory } from './layouts/preformatted.js';
import type { ParsedArticle } from './types.js';

export type { ArticleMetadata, Block, BlockKind, ParsedArticle, Sentence } from './types.js';
export { splitSentences, type SentenceSpan } from './sentences.js';
export { normalizeDate } from './dates.js';
export { decodeInput, detectEncoding } from './decode.js';

export interface ParseOptions {
  /** The file path, used in errors and kept as meta.source. */
  source: string;
  /** The file name, when it differs from source: its extension picks text vs HTML. */
  fileName?: string;
}

const HTML_HINT = /<(?:!doctype|html|head|body|meta|title|div|p|article|section|main|span|strong|br|figure|img|h[1-6]|a|table|script)[\s>/]/i;

/** True when the text is (a fragment of) HTML rather than plain text. */
function looksLikeHtml(text: string, fileName: string): boolean {
  if (/\.(?:txt|md|markdown)$/i.test(fileName)) return false;
  if (/\.(?:x?html?|shtml)$/i.test(fileName)) return true;
  return HTML_HINT.test(text.slice(0, 65536));
}

export { MAX_SENTENCES } from './assemble.js';

function finish(result: LayoutResult, bytes: Buffer, source: string): ParsedArticle {
  const cleaned = cleanBlocks(result.body, result.title);
  return assembleArticle({
    bytes,
    source,
    layout: result.layout,
    title: result.title,
    summary: result.summary,
    body: cleaned.blocks,
    url: result.url,
    publishedAt: result.publishedAt,
    publisher: result.publisher,
    author: result.author ?? cleaned.bylineNames[0],
    warnings: result.warnings,
    listed: cleaned.listedNames,
    ...(result.profiles ? { profiles: result.profiles } : {}),
    ...(result.workspace ? { workspace: result.workspace } : {}),
    ...(result.siteOwner ? { siteOwner: result.siteOwner } : {}),
  });
}

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,20})[^<>]{0,2000}?(\/?)>/g;
/** Deeper than this, tags are dropped (their text kept): DOM libraries slow down quadratically with depth. */
const MAX_NESTING = 400;

/** The nesting depth change a tag makes: +1 open, -1 close, 0 void or self-closing. */
function depthStep(close: string, name: string, selfClose: string): number {
  if (VOID_TAGS.has(name.toLowerCase()) || selfClose) return 0;
  return close ? -1 : 1;
}

/** Drops tags nested deeper than MAX_NESTING, keeping their text; normal pages come back unchanged. */
function limitNesting(html: string): string {
  // every opening tag starts with '<': with no more of them than the limit, no tag can be deeper
  let lt = 0;
  for (let at = html.indexOf('<'); at !== -1 && lt <= MAX_NESTING; at = html.indexOf('<', at + 1)) lt++;
  if (lt <= MAX_NESTING) return html;
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    depth = Math.max(0, depth + depthStep(m[1] ?? '', m[2] ?? '', m[3] ?? ''));
    if (depth > max) max = depth;
  }
  if (max <= MAX_NESTING) return html;
  depth = 0;
  return html.replace(TAG, (tag: string, close: string, name: string, selfClose: string) => {
    const step = depthStep(close, name, selfClose);
    const before = depth;
    depth = Math.max(0, depth + step);
    return (step > 0 && before >= MAX_NESTING) || (step < 0 && before > MAX_NESTING) ? ' ' : tag;
  });
}

/** Four or more empty paragraphs or line breaks in a row ("<br><br>…", "<p></p><p></p>…"), white space between them. */
const EMPTY_RUN = /(<(?:p|br)\s{0,20}\/?>(?:<\/p>)?)(?:\s{0,200}\1){3,}/gi;

/**
 * Runs of empty paragraphs and line breaks cut to three: they say no more than three do (a break, a paragraph's end), and a
 * hostile page's 100,000 of them made as many elements for every walk of the page to visit.
 */
function collapseEmptyRuns(html: string): string {
  return html.replace(EMPTY_RUN, '$1$1$1');
}

/**
 * cheerio with htmlparser2 (HTML mode) instead of its default parse5: several times faster on news
 * pages. htmlparser2 creates no implied <html>/<body>; ensureBody adds the body fragments lack.
 */
const HTMLPARSER2 = { xml: { xmlMode: false, decodeEntities: true } } as const;

/** A class marking a removed line of a revision comparison, or a code diff's line-number cell (see revision-diff.ts). */
const DIFF_HINT = /class=["'](?:[^"']*\s)?(?:del|deleted|removed|minus|diff-deletedline|blob-num)[\s"']/i;

/** Plain text made ready for the plain-text reader: subtitles, read-aloud tables, fixed-width and printed wraps, box tables undone. */
function readPlainText(text: string): string {
  return unwrapPrintedText(foldCellLines(foldBoxTables(unwrapFixedColumns(unwrapSubtitles(unfoldReadAloudTables(text))))));
}

/** Reads HTML text (already decoded) with the layout it matches; `framed` once inside an iframe's srcdoc. */
function readLayout(page: string, framed = false): LayoutResult {
  // an RSS/Atom item saved as a page is read as the article it carries
  const html = isFeed(page) ? (feedToHtml(page) ?? page) : page;
  const $ = cheerio.load(limitNesting(collapseEmptyRuns(html)), HTMLPARSER2);
  ensureBody($.root()[0] as Document, () => $('<body></body>')[0] as Element);
  if (page.includes('<td')) unfoldBilingualTables($);
  // a seller's details pairing two fields in one term ("상호 / 대표자" over "(주)X / 홍길동"): a term and its description each
  if (page.includes('<dt')) for (const dl of $('dl').toArray()) splitPairedTerms(dl, (name, text) => $(`<${name}></${name}>`).text(text).toArray() as Element[]);
  if (page.includes('inline-block')) markColumnSpans($);
  // a list of papers whose legend says its bold names are a company's people: the company after each bold name
  if (/굵은|굵게|볼드/.test(page)) markLegendMembers($);
  // a video's watch page with its transcript open: the description and the speech as an article
  if (page.includes('segment-text')) rewriteVideoPage($);
  // a wiki's comparison of two revisions: the newer revision's lines, the removed ones left out
  if (page.includes('<tr') && DIFF_HINT.test(page)) rewriteRevisionDiff($);
  // (taken before the layout readers prune iframes away)
  const frame = framed || !page.includes('srcdoc') ? undefined : framedDocument($);
  let result: LayoutResult;
  if (isNaverBlogLayout($)) result = parseNaverBlog($, html);
  else if (isNaverLayout($)) result = parseNaver($, html);
  else if (isDaumLayout($)) result = parseDaum($, html);
  else result = withEmbeddedStory($, parseGeneric($, html));
  // (a mailing list's archived message: its body a <pre> of plain text, no paragraph markup around it)
  const preformatted = lacksStory(result) && /<pre[\s>]/i.test(page) ? storyPreformatted($) : undefined;
  if (preformatted) result = withPreformattedStory(result, preformatted, (text) => parsePlainText(readPlainText(text), {}));
  return frame ? withFramedStory(frame, result, (doc) => readLayout(doc, true)) : result;
}

/** Reads HTML text (already decoded) with the layout it matches. */
function parseHtml(page: string, bytes: Buffer, source: string): ParsedArticle {
  return finish(readLayout(page), bytes, source);
}

/**
 * Parses one page: detects encoding (BOM, declared charset, UTF-8, cp949) and layout
 * (daum, naver, naver-blog, generic, or plain text). Throws InputError for empty or binary input; a page
 * with no article body gives a ParsedArticle with no body blocks and the warning "no article body found".
 */
export function parseArticle(input: Buffer | string, options: ParseOptions): ParsedArticle {
  const { source } = options;
  const fileName = options.fileName ?? source;
  const decoded = decodeInput(input, source);
  // a JSON document saved as the page (a JSON Feed, an app's article API response): the article it carries
  const fromJson = /^\uFEFF?\s*[{[]/.test(decoded.text) ? jsonDocumentToHtml(decoded.text) : undefined;
  if (fromJson) return parseHtml(fromJson, decoded.bytes, source);
  if (!looksLikeHtml(decoded.text, fileName)) {
    const chat = parseChatExport(decoded.text);
    if (chat) return finish(chat, decoded.bytes, source);
    return finish(parsePlainText(readPlainText(decoded.text), {}), decoded.bytes, source);
  }
  return parseHtml(decoded.text, decoded.bytes, source);
}

/**
 * Parses plain text: the first non-empty line is the title, a date line near the top gives the
 * date (unless `publishedAt` is given), paragraphs are separated by blank lines.
 */
export function parseText(text: string, options: { source: string; publishedAt?: string }): ParsedArticle {
  if (text.trim() === '') throw new InputError(options.source, 'the file is empty');
  const decoded = decodeInput(text, options.source);
  const result = parsePlainText(foldCellLines(foldBoxTables(unfoldReadAloudTables(decoded.text))), options.publishedAt ? { publishedAt: options.publishedAt } : {});
  return finish(result, decoded.bytes, options.source);
}
