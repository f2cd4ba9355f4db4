/** Raw blocks → cleaned blocks → ParsedArticle with offsets and sentences. */
import { createHash } from 'node:crypto';
import { makeArticleId } from '../graph/index.js';
import type { ArticleMetadata, Block, BlockKind, ParsedArticle, Sentence } from './types.js';
import type { RawBlock } from './blocks.js';
import type { SiteOwner } from './site-owner.js';
import {
  isChromeLine, readBylineName, stripEmails, stripLeadingDateline, stripInlineCredits, stripPhotoCredits, stripTrailingByline,
} from './chrome.js';
import { splitSentencesUpTo } from './sentences.js';
import { readRecordTables } from './record-tables.js';
import { writeSpeltCounts, writeSpeltScores } from './spoken-numbers.js';
import { InputError } from '../errors/index.js';
import { attachDetachedParticles, listedNamesOf, normalizeSpace, stripHanGlosses, stripStockCodes } from './text.js';

/** Widget titles inside an article container: everything after them is not the article (a region's or section's "[대구·경북 주요뉴스]", "X 다른 기사" too). */
const STOP_MARKER = /^[[<【■▶◆●]?\s?(?:관련\s?기사|관련\s?뉴스|관련자료|많이\s?본\s?(?:뉴스|기사|오피니언|칼럼)|(?:이\s?)?(?:필자|기자|저자|작가|블로그|카테고리|['‘][^'’]{1,20}['’]\s?카테고리)의\s?다른\s?(?:칼럼|기사|글|포스트)|[가-힣A-Za-z·]{1,10}(?:\s[가-힣A-Za-z·]{1,10})?\s다른\s?(?:기사|뉴스)|다른\s(?:고객|도입|구축|성공|적용)\s?사례|추천\s?기사|인기\s?기사|(?:[가-힣]{1,4}(?:·[가-힣]{1,4}){0,3}\s)?주요\s?뉴스|핫\s?뉴스|핫\s?클릭|이\s?시각\s?(?:뉴스|주요뉴스)|오늘의\s?(?:뉴스|인기\s?기사)|댓글)\s?(?:\d+|더보기|보기|목록)?\s?[\]>】:]?$/;

/** The shortest block that counts as prose whatever its end: a story's first sentence, no category path or info row. */
const MIN_PROSE = 40;
/** A block that ends like a sentence ("…밝혔다.") is prose however short. */
const SENTENCE_END = /(?:[.!?。]|다)["'”’)]?$/;

/** A bracketed widget title that plain text runs together with the headlines under it ("[많이 본 오피니언] · …"). */
const STOP_HEAD = /^[[【]\s?(?:관련\s?(?:기사|뉴스)|많이\s?본\s?(?:뉴스|기사|오피니언|칼럼)|(?:이\s?)?(?:필자|기자|저자|작가|블로그|카테고리|['‘][^'’]{1,20}['’]\s?카테고리)의\s?다른\s?(?:칼럼|기사|글|포스트)|추천\s?기사|인기\s?기사)\s?[\]】]\s[·\-•▶]/;

export interface CleanResult {
  blocks: RawBlock[];
  /** Reporter names read from byline lines that were dropped. */
  bylineNames: string[];
  /** Names printed with a stock code, which cleaning drops ("큐브랩(458920)"): listed companies. */
  listedNames: string[];
}

/**
 * "▲ 행사 모습 (사진=…)": a caption written as a paragraph (one ▲ at the start; several ▲ are a list,
 * and so are ▲ paragraphs one after another, or a roundup's "▲회사 '모델'=…" item).
 */
function isMarkedCaption(text: string, listed = false): boolean {
  const t = text.trim();
  if (t.length > 200) return false;
  return (t.startsWith('▲') && t.indexOf('▲', 1) === -1 && !listed && !ROUNDUP_ITEM.test(t) && !RISE_MARK.test(t)) || CAPTION_MARK.test(t);
}

/** "▲1", "▲ 0.8%p": a rise by a number (a ranking's or a table's change cell), no caption. */
const RISE_MARK = /^▲\s?[\d.,]+\s?(?:%p?|위|계단|단계)?$/;

/** "▲SK텔레콤 'A.X 5.0'=SK텔레콤은 …": a roundup item opens on a short head and "=". */
const ROUNDUP_ITEM = /^▲[^=()（）]{1,40}=\S/;

const startsWithMark = (b: RawBlock | undefined): boolean => !!b && b.kind !== 'caption' && b.text.trimStart().startsWith('▲');

/** "[사진] …", "<사진> …": a caption line in text articles. */
const CAPTION_MARK = /^[[<(【]\s?(?:사진|그래픽|이미지)\s?[\]>)】]\s?/;

/** A caption without its wire dateline, e-mail, stock codes and photo credits ('' when nothing is left). */
function cleanCaption(raw: string): string {
  let text = stripLeadingDateline(normalizeSpace(raw)).text;
  text = stripEmails(stripStockCodes(text));
  text = stripPhotoCredits(stripInlineCredits(text));
  return text.length < 4 || isChromeLine(text) ? '' : text;
}

/** Cleans raw blocks: drops chrome lines, photo credits, stock codes, e-mails and duplicate captions. */
export function cleanBlocks(raw: RawBlock[], title: string): CleanResult {
  const blocks: RawBlock[] = [];
  const bylineNames: string[] = [];
  const listedNames = new Set<string>();
  const seenCaptions = new Set<string>();
  let sawBody = false;
  let sawProse = false;
  const normTitle = normalizeSpace(title);
  for (const [i, b] of raw.entries()) {
    if (b.kind === 'caption' || isMarkedCaption(b.text, startsWithMark(raw[i - 1]) || startsWithMark(raw[i + 1]))) {
      const caption = cleanCaption(b.text.replace(/^\s*▲\s*/, '').replace(CAPTION_MARK, ''));
      if (caption !== '' && !seenCaptions.has(caption)) blocks.push({ kind: 'caption', text: caption });
      seenCaptions.add(caption);
      continue;
    }
    let text = normalizeSpace(b.text);
    if (STOP_MARKER.test(text) || STOP_HEAD.test(text)) {
      // (a widget title before any prose is the headline's info row, "입력 … · 기자명 … · 댓글 0": no end of the story)
      if (!sawProse) continue;
      break;
    }
    if (isChromeLine(text)) {
      const name = readBylineName(text);
      if (name) bylineNames.push(name);
      continue;
    }
    for (const name of listedNamesOf(text)) listedNames.add(name);
    text = stripInlineCredits(stripHanGlosses(stripStockCodes(text)));
    const before = text;
    text = stripTrailingByline(text);
    if (text !== before) {
      const name = readBylineName(before.slice(text.length));
      if (name) bylineNames.push(name);
    }
    // ("칠십억 개", "칠십칠 점": a count or a score spelt out, as digits)
    text = writeSpeltScores(writeSpeltCounts(attachDetachedParticles(stripEmails(text))));
    if (b.kind === 'body' && !sawBody) {
      const lead = stripLeadingDateline(text);
      text = lead.text;
      if (lead.name) bylineNames.unshift(lead.name);
    }
    if (text === '' || isChromeLine(text)) continue;
    // (a one-word title — a model page's name — met again after the story began is a table's cell or a label, no repeated headline)
    if (text === normTitle && !(sawBody && !text.includes(' '))) continue;
    blocks.push({ kind: b.kind, text });
    if (b.kind === 'body') sawBody = true;
    if (text.length >= MIN_PROSE || SENTENCE_END.test(text)) sawProse = true;
  }
  return { blocks, bylineNames, listedNames: [...listedNames] };
}

export interface AssembleInput {
  bytes: Buffer;
  source: string;
  layout: string;
  title: string;
  summary: string[];
  body: RawBlock[];
  url?: string;
  publishedAt?: string;
  publisher?: string;
  author?: string;
  warnings: string[];
  listed?: string[];
  profiles?: string[];
  workspace?: string;
  siteOwner?: SiteOwner;
}

function sanitizeMeta(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = normalizeSpace(s.replace(/<[^<>]{0,2000}>/g, ' ').replace(/[<>]/g, ' '));
  return t === '' ? undefined : t;
}

/**
 * More sentences than any news page has (a long feature has a few hundred; 1 MB of prose about
 * 10,000): such a page is refused rather than read, so no page costs more than a bounded amount of
 * extraction (every sentence runs every rule). Past the limit sentences are only counted, for the message.
 */
export const MAX_SENTENCES = 50_000;

/** Builds the ParsedArticle: title, summary, body blocks joined by a blank line, with offsets; InputError past MAX_SENTENCES. */
export function assembleArticle(input: AssembleInput): ParsedArticle {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const title = sanitizeMeta(input.title) ?? '';
  const ordered: RawBlock[] = [];
  if (title) ordered.push({ kind: 'title', text: title });
  for (const s of input.summary) {
    const t = normalizeSpace(s);
    if (t) ordered.push({ kind: 'summary', text: t });
  }
  // (records printed as data, JSON lines or an XML response, read as tables)
  for (const b of readRecordTables(input.body)) ordered.push(b);

  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  /** Every sentence of the page, also those past MAX_SENTENCES that are only counted. */
  let total = 0;
  let text = '';
  for (const b of ordered) {
    if (text !== '') text += '\n\n';
    const start = text.length;
    text += b.text;
    blocks.push({ kind: b.kind, text: b.text, start, end: text.length });
    const split = splitSentencesUpTo(b.text, start, MAX_SENTENCES - sentences.length);
    total += split.total;
    for (const s of split.spans) sentences.push({ index: sentences.length, text: s.text, start: s.start, end: s.end, block: b.kind as BlockKind });
  }
  if (total > MAX_SENTENCES)
    throw new InputError(input.source, `${total.toLocaleString('en-US')} sentences, more than a news page has (at most ${MAX_SENTENCES.toLocaleString('en-US')} are read)`);
  const warnings = input.warnings.slice();
  if (!blocks.some((b) => b.kind === 'body')) warnings.push('no article body found');
  if (!title) warnings.push('no title found');

  const meta: ArticleMetadata = {
    id: makeArticleId(sha256),
    sha256,
    source: input.source,
    title,
    layout: input.layout,
  };
  const url = sanitizeMeta(input.url);
  if (url) meta.url = url;
  if (input.publishedAt) meta.publishedAt = input.publishedAt;
  else warnings.push('no publication date found');
  const publisher = sanitizeMeta(input.publisher);
  if (publisher) meta.publisher = publisher;
  const author = sanitizeMeta(input.author);
  if (author) meta.author = author;
  const parsed: ParsedArticle = { meta, text, blocks, sentences, warnings: Array.from(new Set(warnings)) };
  if (input.listed?.length) parsed.listed = input.listed;
  if (input.profiles?.length) parsed.profiles = input.profiles;
  if (input.workspace) parsed.workspace = input.workspace;
  if (input.siteOwner) parsed.siteOwner = input.siteOwner;
  return parsed;
}
