/**
 * Cheap first-character checks that let the gazetteer scan skip a regex where it cannot match:
 * the characters each of readModelTail's sticky regexes and the footnote regex can start with, and
 * character classes by code.
 */

const codesOf = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));

/** The characters PRODUCT_WORD, VERSION and SIZE (gazetteer.ts) can start with. */
export const PRODUCT_START = codesOf(' LsS');
export const VERSION_START = codesOf(' -_vVrR0123456789');
export const SIZE_START = codesOf(' -_0123456789');
/** Characters a footnote mark can start with (FOOTNOTE's first character). */
export const FOOTNOTE_START = codesOf('0123456789¹²³⁴⁵⁶⁷⁸⁹⁰');

/** [A-Za-z0-9], [A-Za-z] and [가-힣] by character code (NaN, past either end of the text, is none). */
export const isLatinDigitCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
export const isLatinCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
export const isHangulCode = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** Per variant regex and character code: 1 when a match can start with that character, 0 not, -1 not yet known. */
const variantStarts = new WeakMap<RegExp, { firstChars: RegExp; table: Int8Array } | null>();

/**
 * True when the variant regex (`[ \-_]?(form|form…)`, case-insensitive) can match starting at
 * this character: the answer of the regex's own case folding, asked once per character code.
 */
export function variantMayStart(re: RegExp, code: number): boolean {
  let v = variantStarts.get(re);
  if (v === undefined) {
    const alt = /^\[ \\-_\]\?\((.*)\)$/.exec(re.source)?.[1];
    const firsts = alt === undefined ? undefined : splitAlternatives(alt);
    const cls = firsts?.map((f) => `\\u${f.toString(16).padStart(4, '0')}`).join('');
    // an unexpected shape (null): every position may start a match
    v = firsts ? { firstChars: new RegExp(`^[ \\-_${cls}]`, re.flags.replace(/[gy]/g, '')), table: new Int8Array(0x10000).fill(-1) } : null;
    variantStarts.set(re, v);
  }
  if (v === null) return true;
  if (Number.isNaN(code)) return false; // past the end: every form has a first character
  let t = v.table[code]!;
  if (t === -1) v.table[code] = t = v.firstChars.test(String.fromCharCode(code)) ? 1 : 0;
  return t === 1;
}

/** First character codes of the forms in an alternation of escaped literals (buildVariantRegex's), or undefined. */
function splitAlternatives(alt: string): number[] | undefined {
  const out: number[] = [];
  let atStart = true;
  for (let i = 0; i < alt.length; i++) {
    const ch = alt[i]!;
    if (ch === '|') {
      if (atStart) return undefined; // an empty form matches anywhere
      atStart = true;
      continue;
    }
    if (ch === '\\') {
      i++;
      if (atStart) out.push(alt.charCodeAt(i));
    } else if ('()[]{}*+?.^$'.includes(ch)) return undefined;
    else if (atStart) out.push(alt.charCodeAt(i));
    atStart = false;
  }
  return atStart ? undefined : out;
}
