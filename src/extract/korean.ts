/**
 * Korean text basics for extraction: particles, quotes, numbers with Korean magnitudes, and
 * dates resolved against the article's publication date. Pure functions, regexes compiled once.
 */
import { ENGLISH_MONTH_NAME, englishMonth } from '../parse/dates.js';

/** Particles and endings that may follow a name (never part of it), longest first. */
export const PARTICLES = [
  '이었습니다', '에서부터', '으로부터', '였습니다', '에서는', '에서도', '에서의', '에서만', '으로는', '으로도', '으로서', '으로써', '에게서',
  '입니다', '인데요', '이에요', '이라는', '이라고', '이라며', '이었다', '이었던', '이라면', '께서는', '까지는', '부터는', '에게는', '처럼', '보다는', '하고는', '이랑은', '이랑도',
  '라는', '라고', '라며', '에선', '와의', '과의', '와는', '과는', '와도', '과도', '에는', '에도', '에서', '에게', '께서', '으로', '까지',
  '부터', '보다', '만큼', '이나', '이며', '이고', '이다', '이자', '였다', '이란', '로는', '로도', '로서', '로써', '이지만', '이어', '하고', '이랑', '한테',
  // (spoken: "X 10.7B요.", "모델 카드요", "Y-1이요")
  '이요', '예요', '요',
  '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '로', '도', '만', '인', '란', '나', '며', '랑', '야', '다', '서',
] as const;

/** Nouns that may be glued to a name without making a different name ("KT측", "GPT-4o대비"). */
export const GLUE_SUFFIXES = ['사', '측', '표', '등', '대비', '기반', '계열', '모델', '시리즈', '이외', '외', '급', '버전', '팀', '진영', '컨소시엄'] as const;

const particleAlt = PARTICLES.join('|');
const glueAlt = GLUE_SUFFIXES.join('|');
const TAIL_RE = new RegExp(`^(?:${glueAlt})?(?:${particleAlt}){0,2}$`);
const HANGUL_RUN = /^[가-힣]+/;

/** True when the Hangul run starting at `text[pos]` is empty or only particles / glue nouns. */
export function isParticleTail(text: string, pos: number): boolean {
  const m = HANGUL_RUN.exec(text.slice(pos, pos + 12));
  if (!m) return true;
  // "리벨로AI": Hangul glued to Latin letters or digits after it is part of a longer name, not a particle
  if (/[A-Za-z0-9]/.test(text[pos + m[0].length] ?? '')) return false;
  return TAIL_RE.test(m[0]);
}

/** Strips trailing particles from a word ("엑사원을" → "엑사원"), keeping at least one syllable. */
export function stripParticles(word: string): string {
  for (const p of PARTICLES) {
    // "케이엔에이아이": the last syllable of AI spelled in Hangul is no subject particle
    if (p === '이' && word.endsWith('에이아이')) continue;
    if (word.length > p.length + 1 && word.endsWith(p)) return word.slice(0, -p.length);
  }
  return word;
}

/** Quote pairs of every kind used in Korean news. */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["'", "'"], ['"', '"'], ['‘', '’'], ['“', '”'], ['「', '」'], ['『', '』'], ['《', '》'], ['〈', '〉'], ['<', '>'], ['`', '`'], ['′', '′'], ['″', '″'],
];
const QUOTE_OPEN = new Map(QUOTE_PAIRS.map(([o, c]) => [o, c]));
/** Character codes of the opening marks: most characters are ruled out without building a one-character string. */
const QUOTE_OPEN_CODES = new Set(QUOTE_PAIRS.map(([o]) => o.charCodeAt(0)));

/** A quoted span in a sentence: offsets of the content (without the quote marks). */
export interface QuotedSpan {
  start: number;
  end: number;
  text: string;
}

/** The long quotation (someone's words, fifteen characters or more, not a quoted name) around `at`, if any. */
export function speechAt(text: string, at: number): RegExpExecArray | undefined {
  const re = /[“"]([^”"]{15,})[”"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (at > m.index && at < m.index + m[0].length) return m;
  return undefined;
}

/** True inside a long quotation (someone's words, not the reporter's facts). */
export function inSpeech(text: string, at: number): boolean {
  return speechAt(text, at) !== undefined;
}

/** Finds quoted spans of 1–40 characters (any quote style); unbalanced quotes are ignored. */
export function findQuoted(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const closing = new Set<number>(); // closing straight marks of quotations read through: they open nothing
  for (let i = 0; i < text.length; i++) {
    if (!QUOTE_OPEN_CODES.has(text.charCodeAt(i)) || closing.has(i)) continue;
    const close = QUOTE_OPEN.get(text[i]!);
    if (close === undefined) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0 || j === i + 1 || j - i - 1 > 80) continue;
    // a long quotation is not a name, but its closing straight quote opens nothing either; names quoted
    // inside it are still read ("…벤치마크 'X'에서 82점을 받았다"라고)
    if (j - i - 1 > 40) {
      if (close === text[i]) closing.add(j);
      continue;
    }
    out.push({ start: i + 1, end: j, text: text.slice(i + 1, j) });
    if (close === text[i]) closing.add(j); // straight quotes: the closing mark opens nothing; names quoted inside are read, as inside curly ones
  }
  return out;
}

const MAGNITUDE: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12, K: 1e3, k: 1e3, M: 1e6, B: 1e9, b: 1e9, T: 1e12 };

/** Parses "61.70" → 61.7, "1,234" → 1234; NaN for anything else. */
export function parseDecimal(s: string): number {
  const t = s.replace(/,/g, '');
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** A count with a magnitude: "70억" → 7e9, "1.2B" → 1.2e9, "340억 개" → 3.4e10, "2조" → 2e12. */
export function parseMagnitude(num: string, unit: string): number {
  const n = parseDecimal(num);
  const m = MAGNITUDE[unit];
  if (Number.isNaN(n) || m === undefined) return Number.NaN;
  return Math.round(n * m);
}

/** Parameter counts in a text: Korean ("70억 개", "720억개(72B)", "23억 파라미터") and Latin ("1.2B", "7B"). */
/** What may not follow a count of 억/조: money, people, times, shares, tokens ("1조 개의 토큰")… (shared by both count forms below). */
const NOT_A_COUNT_AFTER = String.raw`(?!\s?(?:\d|원|달러|명|건|회|톤|장|대|시간|년|배|위안|엔|유로|%|개국|개사|곳|토큰|단어|문장|쪽|페이지|(?:개\s?)?의\s?(?:학습\s?)?(?:토큰|단어|문장)|개\s(?:학습\s?)?(?:토큰|단어|문장)))`;

export const PARAM_RE = new RegExp(
  String.raw`(?<![\w.,]|[천조]\s?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(억|조)(?:\s?개)?(?:\s?\(\s?\d+(?:\.\d+)?\s?[BbMT]\s?\))?` +
    NOT_A_COUNT_AFTER +
    String.raw`|(?<![\w.\-])(\d+(?:\.\d+)?)\s?([BMT])(?![\w])(?!\s?(?:활성|active|Active|토큰|tokens?))`,
  'g',
);

/** "3천200억 개", "2천억", "1조 2천억 개", "1조2000억": 조 and 천 before 억 (the tail as PARAM_RE's: not money, not tokens). */
const COMPOUND_RE = new RegExp(String.raw`(?<![\w.,])(?:(\d{1,4})\s?조\s?(?:(\d)\s?천\s?)?(\d{1,4})?|(\d)\s?천\s?(\d{1,3})?)\s?억(?:\s?개)?` + NOT_A_COUNT_AFTER, 'g');

/** "nine", "twelve": English number words up to twenty, as a parameter count may spell them. */
const ENGLISH_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** "a 32-billion-parameter model", "8 billion parameters", "the nine-billion-parameter X": an English count of parameters (the word must follow: "45 billion won" is money). */
/** The value of an English number word up to twenty ("three" → 3), or undefined. */
export function englishNumberOf(word: string): number | undefined {
  const n = ENGLISH_NUMBER_WORDS.indexOf(word.toLowerCase());
  return n < 0 ? undefined : n;
}
const ENGLISH_PARAM_RE = new RegExp(String.raw`(?<![\w.,])(\d+(?:\.\d+)?|${ENGLISH_NUMBER_WORDS.slice(1).join('|')})[\s-]([bmt])(?:illion|rillion)[\s-]param(?:eter)?s?\b`, 'gi');

export interface NumberSpan {
  value: number;
  start: number;
  end: number;
}

/** Finds parameter-count phrases with their value and span. */
export function findParameterCounts(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  // "3천200억", "1조 2천억": a count written with 천/조 before 억 (cheap check first)
  if (/\d\s?[천조]\s?\d*\s?(?:천\s?)?\d*\s?억/.test(text)) {
    COMPOUND_RE.lastIndex = 0;
    for (let m = COMPOUND_RE.exec(text); m; m = COMPOUND_RE.exec(text)) {
      const eok = m[1] !== undefined ? Number(m[1]) * 1e4 + Number(m[2] ?? 0) * 1e3 + Number(m[3] ?? 0) : Number(m[4]) * 1e3 + Number(m[5] ?? 0);
      if (eok > 0) out.push({ value: eok * 1e8, start: m.index, end: m.index + m[0].length });
    }
  }
  if (/illion[\s-]param/i.test(text)) {
    ENGLISH_PARAM_RE.lastIndex = 0;
    for (let m = ENGLISH_PARAM_RE.exec(text); m; m = ENGLISH_PARAM_RE.exec(text)) {
      const word = englishNumberOf(m[1]!);
      const value = parseMagnitude(word ? String(word) : m[1]!, m[2]!.toUpperCase());
      if (!Number.isNaN(value)) out.push({ value, start: m.index, end: m.index + m[0].length });
    }
  }
  PARAM_RE.lastIndex = 0;
  for (let m = PARAM_RE.exec(text); m; m = PARAM_RE.exec(text)) {
    const value = m[1] !== undefined ? parseMagnitude(m[1], m[2]!) : parseMagnitude(m[3]!, m[4]!);
    const [start, end] = [m.index, m.index + m[0].length];
    if (!Number.isNaN(value) && value >= 1e6 && !out.some((o) => o.start < end && start < o.end)) out.push({ value, start, end });
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** A date found in a sentence, resolved to ISO (YYYY-MM-DD, or YYYY-MM when only a month is given). */
export interface DateSpan {
  iso: string;
  start: number;
  end: number;
}

const DATE_RE =
  /(?<!\d)(20\d\d)[-./]\s?(\d{1,2})[-./]\s?(\d{1,2})(?!\d)|(?:(20\d\d)년\s?)?(\d{1,2})월\s?(\d{1,2})일|(지난달|지난 달|이달|이번 달|다음 달|다음달)\s?(\d{1,2})일|(?:(?<![가-힣])(지난|오는|이번))?\s?(?<!\d)(\d{1,2})일(?![\w가-힣]*(?:간|동안|째))|(?:(20\d\d)년|(올해|지난해|작년|내년))\s?(\d{1,2})월(?!\s?\d)|(?<![가-힣])(전날|하루 전|어제)(?![가-힣])|(?:(?<![가-힣])(지난|이번|오는)\s?)?(?<![\d.])(\d{1,2})월(?![\s\d]*일)(?!\s?\d)|(?<![가-힣])(오늘|금일)(?!날|[가-힣]{2})|(?<![가-힣])(지난\s?달|이달|이번\s?달)(?=\s?(?:초|중순|중|말|께|에)?[\s,])(?!\s?\d)/g;

/** An English month's name or its abbreviation ("Oct", "October", "Sept"). */
export const ENGLISH_MONTH = new RegExp(`^${ENGLISH_MONTH_NAME}$`);
/** "Oct 2, 2026", "October 2 2026", "Oct. 2", "2 October 2026" (the year, when missing, is the article's). */
const ENGLISH_DATE = new RegExp(String.raw`(?<![A-Za-z])(?:(${ENGLISH_MONTH_NAME})\.?\s(\d{1,2})(?:st|nd|rd|th)?(?:,?\s(20\d\d))?|(\d{1,2})\s(${ENGLISH_MONTH_NAME})\.?,?\s(20\d\d))(?![\w])`, 'g');

/** English dates in a text. */
function findEnglishDates(text: string, py: number): DateSpan[] {
  const out: DateSpan[] = [];
  for (const m of text.matchAll(ENGLISH_DATE)) {
    const [word, day, year] = m[1] ? [m[1], m[2], m[3]] : [m[5]!, m[4], m[6]];
    const y = year ? Number(year) : py;
    const mo = englishMonth(word!);
    if (y && isValidDay(y, mo, Number(day))) out.push({ iso: `${y}-${pad(mo)}-${pad(Number(day))}`, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A year word right before "M월 D일". */
const REL_YEAR_BEFORE = /(?<![가-힣])(지난해|작년|재작년|올해|내년)\s?$/;

/** "같은 날", "같은날", "당일" (not "당일치기"). */
const SAME_DAY = /(?<![가-힣])(?:같은\s?날|당일)(?![가-힣]{2})/g;

/** "같은 달", "같은달", "그달" (not "같은 달력"). */
const SAME_MONTH = /(?<![가-힣])(?:같은\s?달|그\s?달)(?![가-힣]{2})/g;

/** "이날" (not "이날개"): the day the text is about. */
const THAT_DAY = /(?<![가-힣])이날(?=[\s,.]|(?:은|도|에|의)(?![가-힣])|$)/g;

const pad = (n: number): string => String(n).padStart(2, '0');

function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function shiftMonth(y: number, m: number, by: number): [number, number] {
  const t = y * 12 + (m - 1) + by;
  return [Math.floor(t / 12), (t % 12) + 1];
}

/**
 * Dates in a text resolved against `publishedAt` (YYYY-MM-DD). A bare day greater than the
 * article's day means the previous month ("지난 11일" in an article of 07-14 → 07-11; "지난 28일" →
 * 06-28); "오는 N일" goes forward. Without a publication date, only absolute dates are returned.
 */
export function findDates(text: string, publishedAt?: string, sameDay?: string, sameMonth?: string): DateSpan[] {
  const out: DateSpan[] = [];
  // "같은 달", "같은 해 7월" is not this: the month the article named last (given by the caller)
  if (sameMonth && text.includes('달')) for (const m of text.matchAll(SAME_MONTH)) out.push({ iso: sameMonth, start: m.index, end: m.index + m[0].length });
  // "같은 날": the day the article named last (given by the caller)
  if (sameDay) for (const m of text.matchAll(SAME_DAY)) out.push({ iso: sameDay, start: m.index, end: m.index + m[0].length });
  // "이날": the day named last (given by the caller), else the article's day
  const thatDay = sameDay ?? (publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : undefined);
  if (thatDay && text.includes('이날')) for (const m of text.matchAll(THAT_DAY)) out.push({ iso: thatDay, start: m.index, end: m.index + m[0].length });
  const pub = publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt : undefined;
  const [py, pm, pd] = pub ? pub.slice(0, 10).split('-').map(Number) as [number, number, number] : [0, 0, 0];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    let iso: string | undefined;
    if (m[1]) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (isValidDay(y, mo, d)) iso = `${y}-${pad(mo)}-${pad(d)}`;
    } else if (m[5]) {
      const mo = Number(m[5]);
      const d = Number(m[6]);
      let y = m[4] ? Number(m[4]) : py;
      // "지난해 5월 14일", "작년 12월 3일", "내년 1월 2일": the year word before the month (no capture of its own in DATE_RE)
      const rel = m[4] || !pub ? null : REL_YEAR_BEFORE.exec(text.slice(Math.max(0, m.index - 5), m.index));
      if (rel) y = py + (rel[1] === '올해' ? 0 : rel[1] === '내년' ? 1 : rel[1] === '재작년' ? -2 : -1);
      else if (!m[4] && pub && mo > pm + 1) y = py - 1;
      if (y && isValidDay(y, mo, d)) iso = `${y}-${pad(mo)}-${pad(d)}`;
    } else if (m[7] && pub) {
      const by = /지난/.test(m[7]) ? -1 : /다음/.test(m[7]) ? 1 : 0;
      const [y, mo] = shiftMonth(py, pm, by);
      const d = Number(m[8]);
      if (isValidDay(y, mo, d)) iso = `${y}-${pad(mo)}-${pad(d)}`;
    } else if (m[10] && pub) {
      const d = Number(m[10]);
      const forward = m[9] === '오는';
      let [y, mo] = [py, pm];
      if (!forward && d > pd) [y, mo] = shiftMonth(py, pm, -1);
      if (forward && d < pd) [y, mo] = shiftMonth(py, pm, 1);
      if (isValidDay(y, mo, d)) iso = `${y}-${pad(mo)}-${pad(d)}`;
    } else if (m[13]) {
      const rel = m[12];
      // ("지난해 6월" without the article's date is no date: not the year -1)
      const y = m[11] ? Number(m[11]) : !pub ? 0 : rel === '올해' ? py : rel === '내년' ? py + 1 : py - 1;
      const mo = Number(m[13]);
      if (y && mo >= 1 && mo <= 12) iso = `${y}-${pad(mo)}`;
    } else if (m[14] && pub) {
      // "전날 공개" in an article of the 12th: the 11th
      iso = new Date(Date.UTC(py, pm - 1, pd - 1)).toISOString().slice(0, 10);
    } else if (m[16] && pub) {
      // "지난 9월 선보인", "3월 공개한": a month of this year, or of last year when it is still to come
      const mo = Number(m[16]);
      const y = m[15] === '오는' ? (mo < pm ? py + 1 : py) : mo > pm ? py - 1 : py;
      if (mo >= 1 && mo <= 12) iso = `${y}-${pad(mo)}`;
    } else if (m[17] && pub) {
      iso = pub.slice(0, 10);
    } else if (m[18] && pub) {
      // "이달 초 출시한", "지난달 공개한": the month only
      const [y, mo] = shiftMonth(py, pm, m[18].startsWith('지난') ? -1 : 0);
      iso = `${y}-${pad(mo)}`;
    }
    if (iso) out.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  const english = /[A-Z][a-z]{2}/.test(text) ? findEnglishDates(text, py) : [];
  if (english.length) out.push(...english);
  return sameDay || sameMonth || english.length || text.includes('이날') ? out.sort((a, b) => a.start - b.start) : out;
}

/** Score numbers as written: "61.70" → 61.7, "0.7197" → 0.7197. */
export function parseScore(s: string): number {
  return parseDecimal(s);
}

/** "각각", "각기": each member of one list goes with the member of the other list in the same place (patterns and the clause pass). */
export const RESPECTIVELY = /각각|각기/;

/** A gloss in parentheses between a verbal noun and its 하다/되다/시키다 ending ("미세조정(파인튜닝)해", "증류(distillation)한"). */
const VERB_GLOSS = /([가-힣]{2,8})\(([^()]{1,30})\)(하|해|한|했|할|합|된|됐|되|시킨|시켜|시켰)/g;

/**
 * The sentence read with each gloss between a verbal noun and its ending moved behind the verb as spaces
 * ("미세조정(파인튜닝)해 " → "미세조정해" and padding): the verb is whole again and every offset stays
 * where it was. A gloss that holds a mention (`spans`) is left alone.
 */
export function withoutVerbGlosses(text: string, spans: ReadonlyArray<{ start: number; end: number }> = []): string {
  if (!text.includes(')')) return text;
  return text.replace(VERB_GLOSS, (all: string, stem: string, gloss: string, end: string, at: number) => {
    const from = at + stem.length;
    if (spans.some((m) => m.start < from + gloss.length + 2 && m.end > from)) return all;
    return stem + end + ' '.repeat(gloss.length + 2);
  });
}
