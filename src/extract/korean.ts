/**
 * Korean text basics for extraction: particles, quotes and numbers with Korean magnitudes (dates are
 * in korean-dates.ts). Pure functions, regexes compiled once.
 */

/** Particles and endings that may follow a name (never part of it), longest first. */
export const PARTICLES = [
  '이었습니다', '에서부터', '으로부터', '로부터', '였습니다', '에서는', '에서도', '에서의', '에서만', '으로는', '으로도', '으로서', '으로써', '에게서',
  '입니다', '인데요', '이에요', '이라는', '이라고', '이라며', '이었다', '이었던', '이라면', '께서는', '까지는', '부터는', '에게는', '처럼', '보다는', '하고는', '이랑은', '이랑도',
  '라는', '라고', '라며', '에선', '와의', '과의', '와는', '과는', '와도', '과도', '에는', '에도', '에서', '에게', '께서', '으로', '까지',
  '부터', '보다', '만큼', '이나', '이며', '이고', '이다', '이자', '였다', '이란', '로는', '로도', '로서', '로써', '이지만', '이어', '하고', '이랑', '한테',
  // (a past copula in a clause or a polite ending: "비교 대상은 X였어요", "X였고", "X이었으며")
  '이었어요', '이었으며', '이었지만', '이었는데', '였어요', '였으며', '였지만', '였는데', '이었고', '이었죠', '였고', '였죠',
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

/** The inside, [start, end), of the double-quoted stretch (someone's words: “…” or "…", up to 400 characters) around `at`; undefined outside one. */
export function quotationAt(text: string, at: number): [number, number] | undefined {
  for (const q of text.matchAll(/["“][^"”]{1,400}["”]/g)) if (at > q.index && at < q.index + q[0].length) return [q.index + 1, q.index + q[0].length - 1];
  return undefined;
}

/** A name of up to 40 characters and its gloss in parentheses, up to 40 more. */
const GLOSSED_NAME = /^[^()]{1,40}\s?\([^()]{1,40}\)$/;

/** Finds quoted spans of 1–40 characters, a gloss in parentheses not counted (any quote style); unbalanced quotes are ignored. */
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
    // (a name glossed in parentheses counts without its gloss: "‘열린 Ko-추론 리더보드(Open Ko-Reasoning Leaderboard)’")
    if (j - i - 1 > 40 && !GLOSSED_NAME.test(text.slice(i + 1, j))) {
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

/** What may not follow a count of 억/조: money, people, times, shares, tokens ("1조 개의 토큰")… (shared by both count forms below). */
const NOT_A_COUNT_AFTER = String.raw`(?!\s?(?:\d|원|달러|명|건|회|톤|장|대|시간|년|배|위안|엔|유로|%|개국|개사|곳|토큰|단어|문장|쪽|페이지|(?:개\s?)?의\s?(?:학습\s?)?(?:토큰|단어|문장)|개\s(?:학습\s?)?(?:토큰|단어|문장)))`;
/** Parameter counts in a text: Korean ("70억 개", "720억개(72B)", "23억 파라미터") and Latin ("1.2B", "7B"). */

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
/** The value of an English number word up to twenty ("three" → 3), or undefined. */
export function englishNumberOf(word: string): number | undefined {
  const n = ENGLISH_NUMBER_WORDS.indexOf(word.toLowerCase());
  return n < 0 ? undefined : n;
}
/** "a 32-billion-parameter model", "8 billion parameters", "the nine-billion-parameter X": an English count of parameters (the word must follow: "45 billion won" is money). */
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

/** Score numbers as written: "61.70" → 61.7, "0.7197" → 0.7197. */
export function parseScore(s: string): number {
  return parseDecimal(s);
}

/** "각각", "각기": each member of one list goes with the member of the other list in the same place (patterns and the clause pass). */
export const RESPECTIVELY = /각각|각기/;

/** A ministry's or an agency's name as a regex source ("과학기술정보통신부", "과기정통부", "특허청"; not "사업부", "본부"). */
export const MINISTRY_NAME = '(?:[가-힣]{2,14}(?:부|처|청)(?<!사업부|본부|내부|외부|협회청)|과기정통부)';

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
