/** Korean-aware sentence splitting with character offsets. */

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉', '【': '】' };
const CLOSERS = new Set(Object.values(OPENERS));
/** Quotes written with one character for both ends: paired in order of appearance. */
const SYMMETRIC = new Set(['"', "'"]);
const CLOSING_MARKS = new Set([...CLOSERS, '"', "'"]);
/** Endings after which a full stop glued to the next word ("밝혔다.사진은") still ends a sentence. */
const STOP_ENDINGS = new Set(['다', '요', '죠', '까']);

const SPACE = /\s/;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n' || SPACE.test(ch);
}

function isHangul(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\uac00' && ch <= '\ud7a3';
}

/** An apostrophe inside a Latin word ("Moody's") is not a quote. */
function isApostrophe(text: string, i: number): boolean {
  return /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '');
}

/** True for the code of a character listed in OPENERS, CLOSERS or SYMMETRIC (a cheap pre-check). */
function isBracketOrQuote(c: number): boolean {
  if (c < 0x80) return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
  return (c >= 0x2018 && c <= 0x201d) || (c >= 0x3008 && c <= 0x3011);
}

/** A shared all-zero depth array (never written): text without brackets or quotes encloses nothing. */
let zeroDepth = new Int32Array(1024);
/** The depth array of the block being split (valid until the next call; splitting is not re-entrant). */
let scratch = new Int32Array(1024);
function zeros(n: number): Int32Array {
  if (zeroDepth.length < n) zeroDepth = new Int32Array(Math.max(n, zeroDepth.length * 2));
  return zeroDepth;
}

/**
 * Marks the characters inside matched brackets and quotes (depth > 0), in one pass.
 * Unmatched openers and closers protect nothing.
 */
function markEnclosed(text: string): Int32Array {
  let any = false;
  for (let i = 0; i < text.length && !any; i++) any = isBracketOrQuote(text.charCodeAt(i));
  if (!any) return zeros(text.length + 1);
  // one scratch array, reused: typed arrays this size are allocated off the heap, which is slow
  if (scratch.length < text.length + 1) scratch = new Int32Array(Math.max(text.length + 1, scratch.length * 2));
  const delta = scratch;
  delta.fill(0, 0, text.length + 1);
  const stacks = new Map<string, number[]>();
  const openSymmetric = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    if (!isBracketOrQuote(text.charCodeAt(i))) continue;
    const ch = text[i] as string;
    const close = OPENERS[ch];
    if (close) {
      const st = stacks.get(close) ?? [];
      st.push(i);
      stacks.set(close, st);
    } else if (CLOSERS.has(ch)) {
      const o = stacks.get(ch)?.pop();
      if (o !== undefined) {
        delta[o + 1]! += 1;
        delta[i]! -= 1;
      }
    } else if (SYMMETRIC.has(ch) && !isApostrophe(text, i)) {
      const o = openSymmetric.get(ch);
      if (o === undefined) openSymmetric.set(ch, i);
      else {
        delta[o + 1]! += 1;
        delta[i]! -= 1;
        openSymmetric.delete(ch);
      }
    }
  }
  // prefix sums in place: delta becomes the depth
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    run += delta[i]!;
    delta[i] = run;
  }
  return delta;
}

/**
 * Where the run of end marks read by the last sentenceEndAt call that got past its first checks
 * ends ("??!…"): a run that ends nothing at its first mark ends nothing at the others either (same
 * run end, same depth, same next character), so the caller skips it; reading it again from each
 * mark made a run of n marks cost n².
 */
let markRunEnd = -1;

/** An emoji (a pictograph outside the Basic Multilingual Plane, with any variation selectors and joiners after it). */
const EMOJI_RUN = /^(?:[\u{1F300}-\u{1FAFF}][\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]*)+/u;

/**
 * A blog's emoji in place of a full stop ("…팀입니다 👋 오늘 …", "…했어요😅 다음은 …"): after a
 * sentence-final ending, an emoji followed by a space ends the sentence. Returns the index after it, or -1.
 */
function emojiEndAt(text: string, i: number, depth: Int32Array): number {
  if (depth[i]! > 0) return -1;
  const run = EMOJI_RUN.exec(text.slice(i, i + 16));
  if (!run) return -1;
  const before = text[i - 1] === ' ' ? text[i - 2] : text[i - 1];
  const j = i + run[0].length;
  return STOP_ENDINGS.has(before ?? '') && isSpace(text[j]) && j < text.length ? j : -1;
}

/** Words a full stop shortens rather than ends a sentence after. */
const ABBREVIATION = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof|Inc|Corp|Co|Ltd|Jr|Sr|St|vs|etc|No|Vol|Fig|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$|(?:^|[^A-Za-z0-9])[A-Z]$/;

/** "…fine-tuned from Llama 4. The model …", "… arguing. (Laughs) My …": a full stop in English text (no Hangul just before), after a word or a number, then a capital
 * (a quotation the stop ends may close first: "… a model maker." He …). */
function isEnglishStop(text: string, i: number): boolean {
  // (the next sentence may open on a capital, a quotation mark or a parenthesised stage direction: "… arguing. (Laughs) My …")
  const k = text[i + 1] === '"' || text[i + 1] === '”' ? i + 2 : i + 1;
  if (!/[A-Za-z0-9)%]/.test(text[i - 1] ?? '') || text[k] !== ' ' || !/^(?:[A-Z"“]|\([A-Z][a-z])/.test(text.slice(k + 1, k + 4))) return false;
  const before = text.slice(Math.max(0, i - 40), i);
  return !/[\uac00-\ud7a3]/.test(before) && !ABBREVIATION.test(before) && /[A-Za-z]{2,}/.test(before);
}

/** "최종 모델 이름은 X-Fin 14B. Qwen3-14B를 …": a Korean line that ends on a model's name with its size, then a space and a Latin capital. */
function isSizedNameStop(text: string, i: number): boolean {
  return /[\s\-]\d{1,3}(?:\.\d)?[BM]$/.test(text.slice(Math.max(0, i - 7), i)) && text[i + 1] === ' ' && /[A-Z]/.test(text[i + 2] ?? '') && /[가-힣]/.test(text.slice(Math.max(0, i - 40), i));
}

/** "② X 'Y'. 매개변수는 …": a full stop after a closing quote (a title line that ends on a quoted name), then a space and Hangul. */
function isQuotedTitleStop(text: string, i: number, depth: Int32Array): boolean {
  const q = text[i - 1];
  return (q === "'" || q === '’' || q === '"' || q === '”') && i >= 2 && depth[i - 1]! < depth[i - 2]! && text[i + 1] === ' ' && isHangul(text[i + 2]);
}

/**
 * "…기준 KMMLU 64.8. 전작 …", "KoBEST(평균) 72.1. 같은 …": a full stop right after a decimal figure of two digits or more a
 * word (or a note in parentheses after it) precedes, then a space and Hangul (a score ending a terse sentence; a section number "2.3. " opens its line, and a name's one-digit version
 * "등록: A.X 4.1. 지난해 …" keeps the line whole, as before).
 */
function isFigureStop(text: string, i: number): boolean {
  if (text[i + 1] !== ' ' || !isHangul(text[i + 2]) || !/[0-9]/.test(text[i - 1] ?? '')) return false;
  return /[가-힣A-Za-z)]\s\d{2,4}\.\d{1,3}$/.test(text.slice(Math.max(0, i - 12), i));
}

/** Returns the index just after a sentence end starting at terminal i, or -1 when i ends nothing. */
/** "…물어보세요(웃음). 그래도 …": a sentence's ending, a spoken aside in parentheses, then the full stop. */
const ASIDE_BEFORE_STOP = /[다요죠까네지]\([가-힣]{1,4}(?:\s[가-힣]{1,4})?\)$/;

/**
 * "…64.7점을 받았습니다(이전 버전 X: 58.2점). 대화 …", "…아니다(자주 나오는 오해). 크기만 …": a verb's final ending (a Hangul
 * syllable, then 다 or 요), a note in parentheses (a source, a comparison, a gloss), then the full stop.
 */
const NOTE_BEFORE_STOP = /[가-힣](?:다|요)\([^()]{1,60}\)$/;

/**
 * "- X 지원 (`model="x-3"`). X는 …", "- 배치 API 추가 (#1187). 다음 …": a change log's item, a Hangul noun and a code note in
 * parentheses (no Hangul in it), then the full stop and a space.
 */
const CODE_NOTE_BEFORE_STOP = /[가-힣]\s\([^()\uac00-\ud7a3]{1,48}\)$/;

/**
 * "- Y 위에서 학습 (베이스 교체 없음). 추론 데이터는 …": a terse line's noun, a note in parentheses in the clipped report style
 * (a nominal ending: 없음, 예정임, 완료됨), then the full stop.
 */
const CLIPPED_NOTE_BEFORE_STOP = /[가-힣]\s\([^()]{1,40}[가-힣][음임됨]\)$/;

/** A full stop right after a parenthesised aside ("(웃음)", "(일동 박수)") or note that follows a sentence's ending, then a space. */
function isAsideStop(text: string, i: number): boolean {
  if (text[i - 1] !== ')') return false;
  const before = text.slice(Math.max(0, i - 66), i);
  return ASIDE_BEFORE_STOP.test(before.slice(-16)) || (isSpace(text[i + 1]) && (NOTE_BEFORE_STOP.test(before) || CODE_NOTE_BEFORE_STOP.test(before) || (isHangul(text[i + 2]) && CLIPPED_NOTE_BEFORE_STOP.test(before))));
}

function sentenceEndAt(text: string, i: number, depth: Int32Array): number {
  markRunEnd = -1;
  const code = text.charCodeAt(i);
  if (code >= 0xd83c && code <= 0xd83e) return emojiEndAt(text, i, depth);
  // . 。 ? ! ？ ！ (checked by code first: most characters end nothing)
  if (code !== 0x2e && code !== 0x3002 && code !== 0x3f && code !== 0x21 && code !== 0xff1f && code !== 0xff01) return -1;
  const ch = text[i];
  const isStop = ch === '.' || ch === '。';
  const isMark = ch === '?' || ch === '!' || ch === '？' || ch === '！';
  if (!isStop && !isMark) return -1;
  const prev = text[i - 1] ?? '';
  // A full stop ends a sentence after Hangul ("…했다.", "…예정."); after Latin letters or digits only in English text
  // ("…from Meta's Llama 4. The model …"), never inside a name ("A.X 4.0") or after an abbreviation ("Inc.", "Dr.").
  if (isStop && ch === '.' && !isHangul(prev) && !isEnglishStop(text, i) && !isQuotedTitleStop(text, i, depth) && !isFigureStop(text, i) && !isAsideStop(text, i) && !isSizedNameStop(text, i)) return -1;
  let j = i + 1;
  while (j < text.length && /[.?!？！…]/.test(text[j] as string)) j++;
  markRunEnd = j;
  let closed = 0;
  // A real closer lowers the depth: depth[closer] < depth[closer - 1].
  while (j < text.length && CLOSING_MARKS.has(text[j] as string) && depth[j]! < depth[j - 1]!) {
    j++;
    closed++;
  }
  if (depth[i]! > 0 && (closed === 0 || depth[j - 1]! > 0)) return -1;
  const next = text[j];
  if (isSpace(next)) return j;
  // "밝혔다.사진은": a full stop after 다 glued to the next sentence.
  if (isStop && closed === 0 && STOP_ENDINGS.has(prev) && (isHangul(next) || /[A-Z“‘"'\[(]/.test(next ?? ''))) return j;
  return -1;
}

/**
 * Splits a block's text into sentences; offsets are `offset` + index into `text`, and
 * `text.slice(start - offset, end - offset)` equals each sentence's text.
 * @example splitSentences('A.X 4.0을 공개했다. 좋다.', 0).length // 2
 */
export function splitSentences(text: string, offset: number): SentenceSpan[] {
  return splitSentencesUpTo(text, offset, Infinity).spans;
}

/**
 * splitSentences keeping at most `max` sentences: past them it only counts (no strings, no objects), so
 * a page of more sentences than any news page has costs a scan, not a copy. `total` counts them all.
 */
export function splitSentencesUpTo(text: string, offset: number, max: number): { spans: SentenceSpan[]; total: number } {
  const depth = markEnclosed(text);
  const spans: SentenceSpan[] = [];
  let total = 0;
  const add = (a: number, b: number): void => {
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b <= a) return;
    total++;
    if (spans.length < max) spans.push({ text: text.slice(a, b), start: offset + a, end: offset + b });
  };
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const end = sentenceEndAt(text, i, depth);
    if (end === -1) {
      if (markRunEnd > i + 1) i = markRunEnd - 1;
      continue;
    }
    add(from, end);
    from = end;
    i = end - 1;
  }
  add(from, text.length);
  return { spans, total };
}
