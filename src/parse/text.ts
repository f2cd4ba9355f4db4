/** Small text helpers shared by the layouts and the later stages: whitespace, line cleaning, regex escaping. */

/** A string as a regex source matching it literally. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NONE: readonly number[] = Object.freeze([]);

/** Where `word` starts in `text`: every occurrence, overlapping ones included. */
export function occurrencesOf(text: string, word: string): readonly number[] {
  let at = word === '' ? -1 : text.indexOf(word);
  if (at < 0) return NONE;
  const out: number[] = [];
  for (; at >= 0; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}

/** Where `word` starts in `text` as a word's start: no Hangul, Latin letter or digit glued before it. */
export function wordStartsOf(text: string, word: string): readonly number[] {
  const all = occurrencesOf(text, word);
  return all === NONE ? NONE : all.filter((at) => at === 0 || !/[가-힣A-Za-z0-9]/.test(text[at - 1]!));
}

/** True for the characters of `/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/` (`\s` plus U+200B), by code. */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim()` in one pass over character codes (several times faster on
 * page text); the string comes back as it is when it is already clean.
 */
function collapseSpace(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
  let end = n;
  while (end > i && isSpaceCode(s.charCodeAt(end - 1))) end--;
  let out = '';
  let from = i;
  for (let j = i; j < end; j++) {
    if (!isSpaceCode(s.charCodeAt(j))) continue;
    let k = j + 1;
    while (isSpaceCode(s.charCodeAt(k))) k++;
    // a lone ASCII space stays as it is
    if (k !== j + 1 || s.charCodeAt(j) !== 0x20) {
      out += `${s.slice(from, j)} `;
      from = k;
    }
    j = k - 1;
  }
  if (from === 0 && end === n) return s;
  return out + s.slice(from, end);
}

/** Collapses every run of white space (incl. NBSP, zero-width) into one space and trims. */
export function normalizeSpace(s: string): string {
  return collapseSpace(s).normalize('NFC');
}

/**
 * A stock code in parentheses: a Korean exchange's "(017670)", "(458920.KQ)", "(코스닥: 458920)", or a wire service's
 * instrument code for another exchange, "(9988.HK)", "(6758.T)", "(NVDA.O)", "(TSM.N)".
 */
const STOCK_CODE = '\\((?:(?:KRX|KS|KQ|KOSPI|KOSDAQ|코스피|코스닥)\\s?:\\s?)?\\d{6}(?:\\.K[SQ])?\\)|\\((?:\\d{4,6}\\.(?:HK|T|SS|SZ|TW)|[A-Z]{1,5}\\.(?:O|OQ|N))\\)';
const STOCK_CODE_AFTER = new RegExp(`(?<=\\S)\\s?(?:${STOCK_CODE})`, 'g');
/** The one word with Hangul a stock code is printed after ("큐브랩(458920)", "HL만도 (204320.KS)"): a listed company's name. */
const LISTED_NAME = new RegExp(`(?<![가-힣A-Za-z0-9&])(?=[A-Za-z0-9&]*[가-힣])([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,15})\\s?(?:${STOCK_CODE})`, 'g');

/** Stock codes right after a name: "SK텔레콤(017670)" → "SK텔레콤"; other parentheses stay. */
export function stripStockCodes(s: string): string {
  if (!s.includes('(')) return s;
  return s.replace(STOCK_CODE_AFTER, '');
}

const HAN = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
/** A gloss opening on Chinese characters glued to a word: "톈수(天枢)-3", "넘어섰다(超越)", "'X-라이트(天枢-3-Lite)'". */
const HAN_GLOSS = new RegExp(`(?<=\\S)\\([${HAN}][^(),·]{0,30}\\)`, 'g');
/** Chinese characters beside a Latin gloss in one parenthesis: "(陈思远, Chen Siyuan)", "(韩星AI, Hanbyeol AI)", "(EXAONE·艾克萨翁)". */
const HAN_BEFORE_GLOSS = new RegExp(`(?<=\\S\\()[${HAN}][^(),·]{0,30}[,·]\\s?(?=[A-Za-z])`, 'g');
const HAN_AFTER_GLOSS = new RegExp(`(?<=\\S\\([A-Za-z][^()]{0,30}?)[,·]\\s?[${HAN}][${HAN}\\s]*(?=\\))`, 'g');

/**
 * Chinese characters a Korean-language page glosses its names and words with ("싱허즈쏸(星河智算, Xinghe Zhisuan)"): dropped,
 * a Latin gloss beside them kept ("(Xinghe Zhisuan)"), so the names read as the Korean text writes them.
 */
export function stripHanGlosses(s: string): string {
  if (!s.includes('(') || !/[\u3400-\u9FFF\uF900-\uFAFF]/.test(s)) return s;
  return s.replace(HAN_GLOSS, '').replace(HAN_BEFORE_GLOSS, '').replace(HAN_AFTER_GLOSS, '');
}

/** The names printed right before a stock code: listed companies, whatever the page says of them. */
export function listedNamesOf(s: string): string[] {
  if (!s.includes('(')) return [];
  return [...s.matchAll(LISTED_NAME)].map((m) => m[1]!);
}

/**
 * A Markdown table's header rule: |---|:---:|---|. No two runs of spaces meet without a character between them
 * ("\s*\|?\s*" backtracked quadratically over a line of 40,000 spaces: 2 s for one page).
 */
export const TABLE_RULE = /^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+(?:\|\s*)?$/;

/** A particle set off by a space after a Latin name, a number or a closing bracket: "<strong>Cygne-2</strong> 를" on a page whose names are links or bold. */
const DETACHED_PARTICLE = /(?<=[A-Za-z0-9)\]’”'"])\s(은|는|이|가|을|를|의|와|과|로|으로|에서|에|도)(?=[\s,.]|$)/g;

/** Glues a particle a page set off by a space back onto the name before it ("Aurevie(오레비) 가" → "Aurevie(오레비)가"). */
export function attachDetachedParticles(text: string): string {
  return text.replace(DETACHED_PARTICLE, '$1');
}
