/** Plain text: first non-empty line is the title, a date line near the top, blank-line paragraphs. */
import { socialThreadAuthor } from '../social-thread.js';
import { normalizeDate, readDateStamp, YMD } from '../dates.js';
import { readNoticePublisher } from '../meta.js';
import { BAR_ROW, type RawBlock } from '../blocks.js';
import { isCopyrightLine, isFooterLine, isShareBar, isWidgetHeading, opensInlineWidget, readBylineName } from '../chrome.js';
import { normalizeSpace } from '../text.js';
import { titlePageDate, writtenOnDate } from './plain-dates.js';
import type { LayoutResult } from './result.js';
import { readMarkdown, withoutBoldMarks } from './markdown.js';
import { ITEM_LINE as ITEM_MARK, leadStampLength } from '../bullets.js';
import { isLabelledListEntry } from '../labelled-lists.js';
import { pipeRow, ruledTableRows } from '../ruled-tables.js';
import { isPageBreak, isRuleLine, numberedFooterLines } from '../page-furniture.js';
import { isScoreRow, withWrappedCells } from '../printed.js';
import { isTitleOverParagraph } from '../section-titles.js';
import { afterFeedHeader, isStampedHeadline } from '../feed-header.js';
import { csvAsTextTable } from '../csv-exports.js';
import { headerHolder } from '../header-holder.js';
import { alignedFieldLines } from '../aligned-fields.js';
import { readMailHeader } from '../mail-header.js';
import { readMarkedAuthorLine } from '../author-lines.js';
import { joinWrappedLines, wholeWords } from '../wrapped-words.js';

/** A text-table row: three or more cells between pipes (or tabs). */
const PIPE_ROW = /^[^|\t\n]*(?:[|\t][^|\t\n]*){2,}$/;
/** Items of a press release (or '- ' list items) written without blank lines between them. */

/** A text-table row with cells after its date cell; a dateline ("매체 | 기자 | 2026.10.19 15:20") ends on its date. */
function isDatedTableRow(line: string): boolean {
  const date = new RegExp(YMD).exec(line);
  // (a date in the row's last cell after two others, "바람 LM 4 | 70억(7B) | 2026.02.03", is a cell too)
  // (not after a byline: "온누리뉴스 | 홍길동 기자 | 2027.05.06 10:20"; nor a byline's own row: "홍길동 기자 | 2026년 11월 19일 | AI, 이벤트")
  const before = date === null ? '' : line.slice(0, date.index);
  if (!PIPE_ROW.test(line) || date === null || (BYLINE_CELL.test(before.split('|')[0]! + '|') && before.split('|').length === 2) || !(line.slice(date.index + date[0].length).includes('|') || (before.split('|').length > 2 && !BYLINE_CELL.test(before)))) return false;
  // (not a dateline whose dated field is labelled: "홍길동 기자 | 2026-12-02 14:05 송고 | … 최종수정", "| 입력 2025.10.04 |")
  const field = line.slice(line.lastIndexOf('|', date.index) + 1, line.indexOf('|', date.index));
  return !STAMP_LABEL.test(field);
}

const BYLINE_CELL = /(?:기자|특파원|에디터|편집장|통신원)(?:\s|$|\s?\|)/;
const STAMP_LABEL = /(?:기사입력|입력|등록|작성|수정|승인|발행|게재|송고)(?![가-힣])/;

/** "2025.04.02 X, 'Y' 공개": a timeline entry, a date stamp then a headline (a comma or a quoted name), is no date line. */
function isTimelineEntry(line: string): boolean {
  const at = leadStampLength(line, line.length);
  return at > 0 && /[가-힣]{2}.*(?:,\s|['"‘’“”])|['"‘’“”].*[가-힣]{2}/.test(line.slice(at));
}

/** "Date: September 15, 2026 | …", "Published: 3 March 2026": a labelled field of a document's header line, up to the next field. */
const ENGLISH_DATE_FIELD = /^(?:Date|Dated|Published|Posted)\s?:\s?([A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d{2}|\d{1,2}\s[A-Z][a-z]{2,8}\s(?:19|20)\d{2})(?=\s*(?:\||$))/;

/** "March 3, 2026, 09:00 ET", "June 3, 2026": a line that is only an English date, maybe with a time and its zone. */
const ENGLISH_DATE_LINE = /^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2},\s(?:19|20)\d{2})(?:,?\s\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|KST|BST|CET|CEST))?)?$/;

/**
 * "보도일시: 2026년 3월 5일(목) 조간부터 …", "엠바고: …": a press release's embargo line, whose date is the day the story
 * runs; it wins over the release's distribution date ("배포일시", the day before) in the same header.
 */
const EMBARGO_LINE = /^(?:보도\s?(?:일시|시점|일자|예정일)|엠바고)\s?[:：]?\s?((?:19|20)\d{2}\s?[년.\-/]\s?\d{1,2}\s?[월.\-/]\s?\d{1,2}일?)/;

/** Reads plain text; `publishedAt` given by the caller wins over a date line. */
export function parsePlainText(source: string, options: { publishedAt?: string }): LayoutResult {
  // (a data file's CSV export: its records as a text table's rows; its '#' comment lines are no Markdown headings)
  const csv = csvAsTextTable(source), md = csv === undefined ? readMarkdown(source) : undefined;
  const text = md?.text ?? csv ?? source;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length && normalizeSpace(lines[i] ?? '') === '') i++;
  i = afterMasthead(lines, i);
  const feed = afterFeedHeader(lines, i);
  i = feed.next;
  // (an e-mail saved as text: its header's subject is the title, its date the day, its other lines no text)
  const mail = readMailHeader(lines, i);
  const boxed = mail ? undefined : readBoxedTitle(lines, i);
  const title = mail?.title ?? boxed?.title ?? normalizeSpace(lines[i] ?? '');
  i = mail?.next ?? boxed?.next ?? i + 1;
  let publishedAt = normalizeDate(options.publishedAt) ?? feed.date ?? mail?.publishedAt;
  let author: string | undefined = md?.author;
  let publisher: string | undefined;
  // Date and byline lines may sit among the first few lines after the title.
  // (six lines that are not empty: a wire page's headline, deck lines and dateline stand apart by blank lines)
  let headEnd = i;
  for (let seen = 0; headEnd < lines.length && headEnd < i + 12 && seen < 6; headEnd++) if (normalizeSpace(lines[headEnd] ?? '') !== '') seen++;
  const skip = new Set<number>();
  let embargo: string | undefined;
  for (let k = i; k < headEnd; k++) {
    const line = normalizeSpace(lines[k] ?? '');
    if (line === '') continue;
    const embargoed = EMBARGO_LINE.exec(line);
    if (embargoed) embargo ??= normalizeDate(embargoed[1]);
    // (a text-table row with a date cell and more cells after it is a row, not the page's date line: "X 1 | 2025.02.11 | 7B | …")
    const stamp = isDatedTableRow(line) || isTimelineEntry(line) ? undefined : readDateStamp(line);
    // "[AI타임스 2026년 12월 29일] 홍길동 기자 = 본문…": the date of a bracketed dateline opening the story
    // (not a period in brackets: "(운용기간 : 2026년 08월 29일 ~ 2026년 11월 28일)" is a report's span, no dateline)
    const opening = stamp ? undefined : /^[[(【](?![^\])】]{0,40}(?:~|∼|기간))([^\])】]{0,40})[\])】]/.exec(line);
    if (opening) publishedAt ??= normalizeDate(opening[1]);
    // "Date: September 15, 2026 | Location: …": an English label's date, before the next field of the line
    const labelled = stamp ? undefined : ENGLISH_DATE_FIELD.exec(line);
    if (labelled) publishedAt ??= normalizeDate(labelled[1]);
    // "March 3, 2026, 09:00 ET": a wire release's date line, an English date alone with its time and zone
    const wire = stamp || labelled ? undefined : ENGLISH_DATE_LINE.exec(line);
    if (wire) {
      publishedAt ??= normalizeDate(wire[1]);
      skip.add(k);
      continue;
    }
    if (stamp) {
      publishedAt ??= stamp.date;
      // (not a byline's reporter: "홍길동 기자 | 승인 2026.12.02")
      if (/^[가-힣A-Za-z][가-힣A-Za-z0-9 .&]{1,19}$/.test(stamp.prefix) && !BYLINE_CELL.test(stamp.prefix)) publisher ??= stamp.prefix;
      skip.add(k);
      continue;
    }
    const name = line.length <= 40 ? readBylineName(line) : undefined;
    if (name) {
      author ??= name;
      skip.add(k);
      continue;
    }
    if (line.length > 60 && publishedAt) break; // the story has begun
  }
  if (embargo && !options.publishedAt) publishedAt = embargo;
  // (a thread saved as text: its writer's profile line and the posts it heads)
  author ??= socialThreadAuthor(lines, i);
  const summary = deckLines(lines, i, skip);
  // a title that is a bracketed card with a date (a video's opening title card: "[X 뉴스 | 2026년 11월 5일]")
  const card = publishedAt ? null : /^[[【]([^\]】]{0,60})[\]】]$/.exec(title);
  if (card) publishedAt = normalizeDate(card[1]);
  // a paged document (a slide deck as text): the date on its title page, before the second page begins
  if (!publishedAt) publishedAt = titlePageDate(lines, i, skip);
  if (!publishedAt) publishedAt = writtenOnDate(lines, i, skip);
  const body: RawBlock[] = mail?.sender ? [{ kind: 'body', text: mail.sender }] : [];
  let para: string[] = [];
  let words: Set<string> | undefined; // (the document's whole words, read once a paragraph wraps)
  const flush = (): void => {
    if (para.length > 1) words ??= wholeWords(text);
    const t = withoutBoldMarks(normalizeSpace(joinWrappedLines(para, words)));
    // A short single line without an end mark is a subheading (not a ※ note, a [tag] line or a table's row "A | B").
    const heading = para.length === 1 && t.length <= 40 && !/[.?!"'”’)]$/.test(t) && !/^[※*[(<]/.test(t) && !/\s\|\s/.test(t);
    if (t) body.push({ kind: heading ? 'heading' : 'body', text: t });
    para = [];
  };
  let inWidget = false;
  const tableRows = ruledTableRows(lines);
  const fields = alignedFieldLines(lines);
  // a slide deck's text export ("[슬라이드 3]" between pages): its lines are the slides' text boxes, each a block of its own
  const slideLines = countSlideBreaks(lines) >= 3;
  const footers = numberedFooterLines(lines);
  for (let k = i; k < lines.length; k++) {
    if (skip.has(k)) continue;
    const line = lines[k] ?? '';
    if (normalizeSpace(line) === '') {
      flush();
      inWidget = false;
    } else if (/^\s*\*{3,}\s*$/.test(line) || isRuleLine(line) || isPageBreak(line) || footers.has(k)) {
      // a rule line ("---", "---+---"), a page separator or a page's numbered footer ends a paragraph and is no text
      flush();
    } else if (BREADCRUMB.test(line.trim()) || isShareBar(line)) {
      // a site's breadcrumb trail or share bar over the story, between other lines of chrome: no text
      flush();
    } else if (isWidgetHeading(line) || opensInlineWidget(line)) {
      // "▶ 관련기사" / "많이 본 뉴스" and the headlines listed under it (or after it on the same line, "Related: [Dec. 1] A | …", running on)
      flush();
      inWidget = true;
    } else if (!inWidget && isFooterLine(line)) {
      // a copyright notice or a list of headlines on one line ("[관련기사] A / B"): a block of its own, dropped as chrome
      // (the lines a copyright notice runs on into are the footer's: the publisher's imprint, its address)
      flush();
      para.push(line);
      flush();
      inWidget = isCopyrightLine(line.trim());
    } else if (!inWidget && tableRows.has(k - 1) && para.length === 0 && body.at(-1)?.text.includes(' | ') && withWrappedCells(lines[k - 1]!, line) !== undefined) {
      // an indented line under a table's row that only continues its cells ("㈜B" under "A   ㈜C,   M"): the row with them
      body[body.length - 1] = { ...body.at(-1)!, text: withWrappedCells(lines[k - 1]!, line)! };
    } else if (!inWidget && tableRows.has(k)) {
      // a row of a fixed-width table framed by ruled lines: its cells apart, as a text table's
      flush();
      para.push(pipeRow(line));
      flush();
    } else if (!inWidget && fields.has(k)) {
      // a line of a fact sheet, a label and its value aligned by spaces ("결성일        2024.11.20"): "label: value", a block of its own
      flush();
      body.push({ kind: 'body', text: normalizeSpace(fields.get(k)!) });
    } else if (!inWidget && (PIPE_ROW.test(line) || BAR_ROW.test(line) || isScoreRow(lines, k))) {
      // a row of a text table ("A | B | C") or text bar chart ("A ███ 81.4") is a block of its own, as a table row is on a page
      flush();
      // tabs are the cells' separators: spaces would run the cells together
      para.push(line.includes('\t') ? line.split('\t').map((c) => c.trim()).filter(Boolean).join(' | ') : line);
      flush();
    } else if (!inWidget && CHAT_HEADER_LINE.test(line.trim())) {
      // a chat export's message header ("[2026-10-08 11:50] NAME | X CTO"): a line of its own, not the opening of the message's words
      flush();
      para.push(line);
      flush();
    } else if (!inWidget && readMarkedAuthorLine(line) !== undefined) {
      // a paper's author line or affiliation line with superscript marks (an abstract book as text): a block of its own
      flush();
      body.push({ kind: 'body', text: readMarkedAuthorLine(line)! });
    } else if (!inWidget) {
      // a press release's □/○/※ item starts a paragraph even without a blank line before it (and so does an entry of a labelled list)
      if (ITEM_MARK.test(line) || slideLines || isLabelledListEntry(lines, k)) flush();
      para.push(line);
      if (para.length === 1 && (isTitleOverParagraph(lines, k) || isStampedHeadline(lines, k))) flush();
    }
  }
  flush();
  for (let k = lines.length - 1; k >= 0 && k >= lines.length - 8 && !publisher; k--) {
    publisher = readNoticePublisher(normalizeSpace(lines[k] ?? ''));
  }
  return { layout: 'text', title, summary, body, publishedAt, publisher, author, warnings: [], ...headerHolder(lines) };
}

/** A chat export's message header: a dated, timed stamp in brackets, the poster's name, maybe a bar and the poster's company and post. */
const CHAT_HEADER_LINE = /^\[(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\s\d{1,2}:\d{2}(?::\d{2})?\]\s[^\s|[\]]{1,24}(?:\s\[[A-Za-z]{2,6}\])?(?:\s\|\s[^|]{1,40})?$/;
/** "홈 > IT·과학 > 인터넷", "Home › Tech": a site's breadcrumb trail. */
const BREADCRUMB = /^(?:홈|HOME|Home)\s?[>›»]\s?\S/;
/** "로그인 | 회원가입 | 구독", "Log in · Subscribe": a site's account menu, short items between bars or dots. */
const ACCOUNT_MENU = /^(?:[^|·ㆍ/]{1,8}\s?[|·ㆍ/]\s?){1,6}[^|·ㆍ/]{1,8}$/;
const ACCOUNT_WORD = /로그인|회원가입|구독하기|마이페이지|log\s?in|sign\s?(?:in|up)|subscribe/i;

/**
 * A saved page's masthead over its story: the outlet's name, then its address, breadcrumb or account menu ("뉴스1" / "홈 > IT·과학" / "로그인 | 회원가입"),
 * blank lines between them or not, a rule line closing it under such a line ("홈 | AI" / "────"). The title is the first line after it; unchanged when the text opens otherwise.
 */
function afterMasthead(lines: string[], from: number): number {
  let k = from + 1;
  if (PRINT_BAR.test(lines[from] ?? '')) return afterPrintBar(lines, k);
  if (normalizeSpace(lines[from] ?? '').length > 20) return from;
  for (; k < lines.length && normalizeSpace(lines[k] ?? '') !== ''; k++) {
    if (!isMastheadLine(normalizeSpace(lines[k] ?? '')) && !(k > from + 1 && isRuleLine(lines[k] ?? ''))) return from;
  }
  if (k === from + 1) return from;
  // (the page's address, then its breadcrumb after a blank line: "투데이신문" / "https://…" / "" / "홈 > 산업")
  for (;;) {
    while (k < lines.length && normalizeSpace(lines[k] ?? '') === '') k++;
    if (k >= lines.length || !isMastheadLine(normalizeSpace(lines[k] ?? ''))) break;
    k++;
  }
  return k < lines.length ? k : from;
}

/** A line of a saved page's masthead under the outlet's name: the page's address, its breadcrumb, its account menu or its section menu from 홈 ("홈 | 클라우드 | AI"). */
function isMastheadLine(line: string): boolean {
  return PAGE_ADDRESS.test(line) || BREADCRUMB.test(line) || (ACCOUNT_MENU.test(line) && (ACCOUNT_WORD.test(line) || /^(?:홈|HOME|Home)\s?[|·ㆍ/]/.test(line)));
}
const PAGE_ADDRESS = /^https?:\/\/\S+$/;

/** A print view's top bar: the outlet's name and its buttons ("서울일보  [인쇄하기] [닫기]", "[Print] [Close]"). */
const PRINT_BAR = /^\s*\S[^[\]]{0,30}(?:\s*\[\s?(?:인쇄하기|인쇄|프린트|출력|닫기|창\s?닫기|Print|Close)\s?\]){1,3}\s*$/;
/** A section path over a story ("IT·과학 > 인터넷·플랫폼"): short names between arrows, no sentence. */
const SECTION_PATH = /^[^\s>.?!][^>.?!]{0,15}(?:\s?[>›»]\s?[^>.?!]{1,16}){1,3}$/;

/** The line after a print view's bar, the rule lines and the section path under it: where the headline stands. */
function afterPrintBar(lines: string[], from: number): number {
  let k = from;
  for (; k < lines.length; k++) {
    const line = normalizeSpace(lines[k] ?? '');
    if (line !== '' && !isRuleLine(lines[k] ?? '') && !SECTION_PATH.test(line)) break;
  }
  return k < lines.length ? k : from - 1;
}

/**
 * A wire story's deck: the short lines between the headline and the dateline read as a date line
 * ("지난달 공개 나흘 만에 경량판 공개" / "(서울=X통신) 홍길동 기자 | 2026-12-02 송고"), each a summary line, taken out of the body.
 * None when no dateline was read there or a line among them is a sentence.
 */
function deckLines(lines: string[], from: number, skip: Set<number>): string[] {
  const stampAt = [...skip].filter((k) => k >= from).sort((a, b) => a - b)[0];
  // (a wire's dateline, its reporter or its labelled stamp: "홍길동 기자 | 2026-12-02 송고", "입력 2025.10.04"; not a slide's date)
  const dateline = stampAt === undefined ? '' : normalizeSpace(lines[stampAt] ?? '');
  if (stampAt === undefined || !(BYLINE_CELL.test(dateline) || STAMP_LABEL.test(dateline))) return [];
  const at: number[] = [];
  for (let k = from; k < stampAt; k++) {
    const line = normalizeSpace(lines[k] ?? '');
    if (line === '') continue;
    if (line.length > 80 || isPageBreak(line) || isRuleLine(line) || /[다요]\.["'”’]?$/.test(line) || PIPE_ROW.test(line)) return [];
    at.push(k);
  }
  for (const k of at) skip.add(k);
  return at.map((k) => normalizeSpace(lines[k] ?? ''));
}

/** How many of the lines are a slide's separator ("[슬라이드 3]", "--- Slide 3 ---"). */
function countSlideBreaks(lines: string[]): number {
  let n = 0;
  for (const line of lines) if (line.length < 40 && /슬라이드|slide/i.test(line) && isPageBreak(line)) n++;
  return n;
}

/**
 * A title printed in a box of rule lines ("=====" / the title's lines / "====="), as a text document's
 * cover is: its lines joined, read from after the box. Undefined when the text does not open on a box.
 */
function readBoxedTitle(lines: string[], from: number): { title: string; next: number } | undefined {
  if (!isRuleLine(lines[from] ?? '')) return undefined;
  const parts: string[] = [];
  for (let k = from + 1; k < lines.length && k <= from + 4; k++) {
    const line = normalizeSpace(lines[k] ?? '');
    if (isRuleLine(lines[k] ?? '')) return parts.length ? { title: parts.join(' '), next: k + 1 } : undefined;
    if (line === '') return undefined;
    parts.push(line);
  }
  return undefined;
}
