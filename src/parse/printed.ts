/**
 * Text copied out of a printed document (a PDF press release): lines wrapped at a fixed width, often
 * in the middle of a word ("데이\n터", "큐웬\n3-32B", "multi-\nturn"), a running header repeated on
 * every page, page numbers ("- 2 -") and ruled lines, and tables whose columns are aligned with
 * spaces. unwrapPrintedText() gives back text the plain-text reader handles: running headers and page
 * marks gone, wrapped lines of a paragraph joined (with or without a space, as the document writes
 * the same words elsewhere), and aligned table rows written with " | " between cells. Text without
 * page marks or a repeated header is returned unchanged.
 */
import { ITEM_MARK_SOURCE } from './bullets.js';
import { pipeRow } from './ruled-tables.js';
import { isStampedHeadline } from './feed-header.js';
import { isNumberedSectionTitle } from './section-titles.js';

const PAGE_MARK = /^\s*(?:-\s?\d{1,3}\s?-|\d{1,3}\s?\/\s?\d{1,3}|\[?\s?\d{1,3}\s?쪽\s?\]?)\s*$/;
/** A newspaper page's folio line: the date with its weekday and the issue number ("A12  2026년 9월 22일 화요일 … 제21874호"). */
const FOLIO = /\d{4}년\s?\d{1,2}월\s?\d{1,2}일\s?\(?[월화수목금토일]요?일?\)?.{0,80}?제\s?[\d,]{3,7}호|제\s?[\d,]{3,7}호.{0,80}?\d{4}년\s?\d{1,2}월\s?\d{1,2}일/;
export const RULE = /^\s*[─━═—–_=\-]{5,}\s*$/;
/** An official document's Hangul-lettered item, indented ("    가. 사업명 : …", "  나. …"): never a wrapped line's end syllable. */
const HANGUL_ITEM = /^\s+[가나다라마바사아자차카타파하]\.\s/;
/** A line that opens an item: bullets, numbered items, notes. */
const ITEM_START = new RegExp(`^\\s*(?:${ITEM_MARK_SOURCE}|\\[표|\\[그림|<표)|${HANGUL_ITEM.source}`);
/** Cells of a space-aligned table row: two or more spaces between them. */
export const ALIGNED_GAP = /\s{2,}/;
/** Endings after which a wrapped Korean line keeps a space before the next word. */
const WORD_END = /(?:[다는은을를의에로와과도한된인할등및해게지며고서면던요아어워여져춰]|[.,?!:;'"’”)\]」』])$/;
const HANGUL = /[가-힣]/;
/** A title that takes the prefix 부 ("부사장", "부회장", "부원장", "부행장"). */
const VICE_TITLE = /^(?:사장|회장|원장|총장|행장|대표|센터장|본부장|소장|실장|국장|위원장|의장|청장|처장|지사장)/;
/** A particle that is never a word of its own (not "이", "가", "도": "이 모델", "도 단위"). */
const LONE_PARTICLE = /^(?:을|를|의|은|는|에|와|과|로|으로|에서|에게|까지|부터)$/;
/** A Latin name or a number with one Hangul syllable glued on ("KT가", "LLM이", "3B를"): a particle, so the word ends there. */
const LATIN_WITH_PARTICLE = /[A-Za-z0-9][이가은는을를의와과도로에]$/;

/**
 * A line of a score list ("M — 72.4", "5위 M — 1352점 🆕 (국산 1위)"): a name, a dash, a score, maybe a badge or a note. With
 * another such line next to it, a block of its own, as a table row is (a channel post's list of scores, one model a line).
 */
const SCORE_ROW = /^\s*(?:\d{1,2}위\s)?[^\s\d].{0,50}?\s[—–]\s\d{1,4}(?:\.\d{1,2})?\s?(?:점|%)?(?:\s[^\s\d가-힣A-Za-z()]{1,4})?(?:\s?\([^()]{1,12}\))?\s*$/;

export function isScoreRow(lines: string[], k: number): boolean {
  return SCORE_ROW.test(lines[k] ?? '') && (SCORE_ROW.test(lines[k - 1] ?? '') || SCORE_ROW.test(lines[k + 1] ?? ''));
}
/** True for a table row: three or more cells aligned with runs of spaces (a header row too). */
export function isAlignedRow(line: string): boolean {
  return line.trim().split(ALIGNED_GAP).length >= 3;
}

/** A line that is only a label in brackets or braces: "{Embed}", "[첨부]", "<사진>". */
const BRACKETED_LABEL = /^[{[<(【][^{}[\]<>()【】]{1,20}[}\]>)】]$/;

/** The running header: a non-rule line that recurs, word for word, at least twice (not a bracketed label). */
function runningHeaders(lines: string[]): Set<string> {
  const count = new Map<string, number>();
  for (const l of lines) {
    const t = l.trim();
    if (t.length < 4 || RULE.test(l) || PAGE_MARK.test(l)) continue;
    count.set(t, (count.get(t) ?? 0) + 1);
  }
  // (a lone bracketed label such as "{Reactions}" or "[첨부]" recurs as an export's own marker, not a page's header)
  return new Set([...count].filter(([t, n]) => n >= 2 && t.length <= 80 && !/[.다]$/.test(t) && !BRACKETED_LABEL.test(t)).map(([t]) => t));
}

/**
 * A document wrapped between words, ragged on the right: half or more of the lines a paragraph goes on after stop three
 * columns or more short of the longest such line (a typed memo or brief, "… 앤트로픽⏎클로드 소넷 4.6 …"). A text wrapped
 * mid-word fills every such line to the width, so a Hangul joint there is no space.
 */
export function wrapsRagged(lines: string[]): boolean {
  const widths: number[] = [];
  for (let k = 1; k < lines.length; k++)
    if (lines[k - 1]!.trim() && lines[k]!.trim() && !ITEM_START.test(lines[k]!)) widths.push(printedWidth(lines[k - 1]!.trimEnd()));
  if (widths.length < 6) return false;
  const most = Math.max(...widths);
  const full = widths.filter((w) => w >= most * 0.85);
  return full.length >= 6 && full.filter((w) => w <= most - 3).length * 2 >= full.length;
}

/** Joins the end of one wrapped line to the start of the next, as the rest of the document writes it (`ragged`: it wraps between words). */
export function joint(tail: string, head: string, inline: string, ragged = false): string {
  const a = tail.replace(/^['"‘“(]+/, '');
  const b = head.replace(/^['"‘“(]+/, '');
  if (!a || !b) return ' ';
  if (/[A-Za-z]-$/.test(a) && /^[A-Za-z]/.test(b)) return ''; // "multi-" + "turn"
  // a name's next part with its particle left off ("7-14B보다" → "7-14B")
  const core = /[^가-힣]/.test(b) ? b.replace(/[가-힣]+$/, '') : b;
  for (const w of core && core !== b ? [b, core] : [b]) {
    if (inline.includes(a + w)) return '';
    if (inline.includes(`${a} ${w}`)) return ' ';
  }
  // "한국⏎의 법", "의지⏎를 밝혔다": a next line that opens on a particle alone was cut off the word before it (even where
  // the document wraps between words: a particle is no word of its own)
  if (HANGUL.test(a.slice(-1)) && LONE_PARTICLE.test(b)) return '';
  if (ragged || !HANGUL.test(a.slice(-1))) return ' ';
  // "NAME 부⏎사장(CFO)이": a lone 부 before a title is the title's own prefix (부사장, 부회장, 부원장), no word of its own
  if (a === '부' && VICE_TITLE.test(b)) return '';
  if (WORD_END.test(a) || LATIN_WITH_PARTICLE.test(a)) return ' ';
  // the next line's first word stands as a word of its own elsewhere, and this line's last word ends one
  const bStem = b.slice(0, Math.min(2, b.length));
  if (bStem.length === 2 && HANGUL.test(bStem) && inline.includes(` ${bStem}`)) return ' ';
  return HANGUL.test(b[0] ?? '') ? '' : ' ';
}

/** A line's printed width: a Hangul or CJK character takes two columns. */
export function printedWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/** The width the document wraps its lines at: three lines in four reach no further. */
function wrapWidth(lines: string[]): number {
  const widths = lines.map((l) => printedWidth(l.trim())).filter((w) => w > 0).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.75)] ?? 0;
}

/** How much of the wrap width a line must fill to have been wrapped mid-word (a shorter one ends where its writer ended it). */
const WRAPPED_SHARE = 0.6;

/** The cells of a fixed-width line with the column each starts at: its character offset, or (`printed`) its printed column, a Hangul syllable taking two. */
function cellsAt(line: string, printed = false): { at: number; text: string }[] {
  return [...line.matchAll(/\S+(?:\s\S+)*/g)].map((m) => ({ at: printed ? printedWidth(line.slice(0, m.index)) : m.index, text: m[0] }));
}

/**
 * A table row's wrapped cells: an indented line right under an aligned row, whose first column is blank and whose
 * every piece starts under a cell of that row ("                  SEED 32B Think      인코더 외부 활용)"), continues
 * those cells. The row with each piece appended to the cell it sits under; undefined when the line is no such continuation.
 */
export function withWrappedCells(row: string, line: string): string | undefined {
  // (a table laid out for print aligns its columns by printed width: "㈜말뭉치랩웍스," over "㈜누리값" starts at one printed column)
  return wrappedCellsAt(row, line, false) ?? (/[가-힣㈜]/.test(row) ? wrappedCellsAt(row, line, true) : undefined);
}

function wrappedCellsAt(row: string, line: string, printed: boolean): string | undefined {
  const cells = cellsAt(row, printed);
  const pieces = cellsAt(line, printed);
  if (cells.length < 3 || !pieces.length || pieces[0]!.at <= cells[0]!.at + 2 || pieces.length >= cells.length) return undefined;
  const merged = cells.map((c) => c.text);
  for (const p of pieces) {
    const k = cells.findLastIndex((c) => c.at <= p.at + 2);
    if (k < 1 || (k + 1 < cells.length && p.at >= cells[k + 1]!.at)) return undefined;
    merged[k] += ' ' + p.text;
  }
  return merged.join(' | ');
}

/**
 * "… 도내 공공기관·병원⏎·제조 현장에서 …": a line filled to the width, ending inside a sentence on Hangul, then a line that
 * opens on a middle dot glued to its word: the dot joins a list of nouns across the wrap, it marks no item.
 */
function isDotContinuation(last: string, t: string, width: number): boolean {
  return /^[·ㆍ][가-힣]/.test(t) && /[가-힣]$/.test(last) && !/[다요]$/.test(last) && printedWidth(last) >= width * 0.85;
}

/** A line of a text table flattened with pipes ("1 | X 사업 | 2,136 | A, B"): two cell separators at least. */
function isPipeRow(t: string): boolean {
  const first = t.indexOf(' | ');
  return first >= 0 && t.indexOf('|', first + 3) >= 0;
}

/** Undoes page layout in text copied from a printed document; other text comes back as it is. */
export function unwrapPrintedText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n');
  const headers = runningHeaders(lines);
  // (a newspaper page's folio line marks a printed page too, though it stays: it dates the page)
  const pages = lines.filter((l) => PAGE_MARK.test(l) || (l.includes('호') && FOLIO.test(l))).length;
  if (pages < 1 && headers.size === 0) return text;
  if (pages < 1 && !lines.some((l) => RULE.test(l))) return text;
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const l of lines) {
    const t = l.trim();
    if (PAGE_MARK.test(l)) continue;
    if (RULE.test(l)) {
      kept.push('');
      continue;
    }
    if (headers.has(t)) {
      // the first one stays where it is (it may be the document's title line)
      if (seen.has(t)) continue;
      seen.add(t);
    }
    kept.push(l);
  }
  // what the document writes inside lines (not across a wrap): the evidence for each joint
  const inline = kept.map((l) => l.trim()).join('\n');
  // (a chat export or a transcript breaks lines where its writer did: a line well short of the width was not wrapped mid-word)
  const width = wrapWidth(kept);
  const ragged = wrapsRagged(kept);
  let last = '';
  const out: string[] = [];
  let para = '';
  const end = (): void => {
    if (para) out.push(para);
    para = '';
  };
  let lastRow = '';
  let hang = 0;
  for (const [k, l] of kept.entries()) {
    const t = l.trim();
    const wrapped = lastRow && !para && t !== '' ? withWrappedCells(lastRow, l) : undefined;
    lastRow = '';
    if (wrapped !== undefined) {
      out[out.length - 1] = wrapped;
    } else if (t === '') {
      end();
      out.push('');
    } else if (isScoreRow(kept, k)) {
      end();
      out.push(t);
    } else if (isAlignedRow(l)) {
      end();
      out.push(pipeRow(t));
      lastRow = l;
    } else if (isPipeRow(t)) {
      // a table the converter already flattened to "A | B | C" lines: each line a row of its own, not a wrapped sentence
      end();
      out.push(t);
    } else if (para && isDotContinuation(last, t, width)) {
      para += t;
    } else if (isStampedHeadline(kept, k)) {
      // an alert's time-stamped headline over its indented preview: a paragraph of its own, no line wrapped into the preview
      end();
      out.push(t, '');
    } else if (ITEM_START.test(l) || !para) {
      end();
      // an item is a paragraph of its own for the plain-text reader, which joins adjacent lines
      if (ITEM_START.test(l) && out.length && out[out.length - 1] !== '') out.push('');
      para = t;
      hang = printedWidth(HANGUL_ITEM.exec(l)?.[0] ?? ''); // (in printed columns: the letter takes two)
      // (a numbered section title over its paragraph, "16. 정부보조금": a line of its own)
      if (isNumberedSectionTitle(kept, k)) end();
    } else {
      const tail = para.split(/\s/).pop() ?? '';
      const head = t.split(/\s/)[0] ?? '';
      const short = printedWidth(last) < width * WRAPPED_SHARE && HANGUL.test(tail.slice(-1));
      // (a line set under a lettered item's text, "    다. … NAME이⏎        총괄하며": laid out by hand, wrapped between words)
      const hung = hang > 0 && l.length - l.trimStart().length === hang;
      para += (short || hung ? ' ' : joint(tail, head, inline, ragged)) + t;
    }
    last = t;
  }
  end();
  return out.join('\n');
}
