/**
 * Many "does the text contain one of these words?" questions answered in one pass over the text.
 * A rule's `requires` is usually a plain alternation of words ("공개|출시|발표"); instead of running
 * each such regex over the sentence, every word of every list is indexed by its first character and
 * the sentence is read once, marking the lists that have a word in it. Lists that are not plain
 * words (any regex syntax) keep their regex and are tested on their own.
 */

/** The words of a regex source that is only literal words joined by `|`, or undefined. */
export function literalAlternatives(re: RegExp): string[] | undefined {
  if (re.flags.replace(/[gyu]/g, '') !== '') return undefined; // case-insensitive, multiline … keep the regex
  const words = re.source.split('|');
  for (const w of words) {
    if (w === '' || /[\\^$.*+?()[\]{}|/]/.test(w)) return undefined;
    // BMP characters only, so a word can be compared code unit by code unit
    if (/[\uD800-\uDFFF]/.test(w)) return undefined;
  }
  return words;
}

interface Word {
  word: string;
  list: number;
  /** The word's second character code (NaN for one-character words). */
  second: number;
}

export interface LiteralSets {
  /** Character code → index into `buckets` of the words starting with it, or -1. */
  firstBucket: Int32Array;
  buckets: Word[][];
  /** Lists that could not be read as words: tested with their regex. */
  regexes: { list: number; re: RegExp }[];
  size: number;
}

/** Indexes the words of every regex that is a plain alternation; the others are kept as regexes. */
export function buildLiteralSets(lists: RegExp[]): LiteralSets {
  const firstBucket = new Int32Array(0x10000).fill(-1);
  const buckets: Word[][] = [];
  const regexes: LiteralSets['regexes'] = [];
  lists.forEach((re, list) => {
    const words = literalAlternatives(re);
    if (!words) {
      regexes.push({ list, re });
      return;
    }
    for (const word of words) {
      const c = word.charCodeAt(0);
      if (firstBucket[c] === -1) {
        firstBucket[c] = buckets.length;
        buckets.push([]);
      }
      buckets[firstBucket[c]!]!.push({ word, list, second: word.length > 1 ? word.charCodeAt(1) : NaN });
    }
  });
  return { firstBucket, buckets, regexes, size: lists.length };
}

/** Sets out[i] = 1 where list i occurs in `text`, else 2 (the answer `re.test(text)` would give). */
export function scanLiterals(sets: LiteralSets, text: string, out: Uint8Array): void {
  out.fill(2);
  const { firstBucket, buckets } = sets;
  for (let i = 0; i < text.length; i++) {
    const b = firstBucket[text.charCodeAt(i)]!;
    if (b < 0) continue;
    const next = text.charCodeAt(i + 1);
    for (const w of buckets[b]!) {
      if (out[w.list] === 1) continue;
      if (w.word.length === 1 || (w.second === next && text.startsWith(w.word, i))) out[w.list] = 1;
    }
  }
  for (const { list, re } of sets.regexes) {
    re.lastIndex = 0;
    out[list] = re.test(text) ? 1 : 2;
  }
}
