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
}

/** The words starting with one character: those of one character, and the longer ones by their second character. */
interface Bucket {
  single: Word[];
  bySecond: Map<number, Word[]>;
}

export interface LiteralSets {
  /** Character code → index into `buckets` of the words starting with it, or -1. */
  firstBucket: Int32Array;
  /** 1 at pairKey(first, second) of every word of two characters or more: most pairs in a text start none. */
  pairs: Uint8Array;
  buckets: Bucket[];
  /** Lists that could not be read as words: tested with their regex. */
  regexes: { list: number; re: RegExp }[];
  size: number;
}

/** Indexes the words of every regex that is a plain alternation; the others are kept as regexes. */
export function buildLiteralSets(lists: RegExp[]): LiteralSets {
  const firstBucket = new Int32Array(0x10000).fill(-1);
  const pairs = new Uint8Array(0x10000);
  const buckets: Bucket[] = [];
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
        buckets.push({ single: [], bySecond: new Map() });
      }
      const b = buckets[firstBucket[c]!]!;
      if (word.length === 1) b.single.push({ word, list });
      else {
        const second = word.charCodeAt(1);
        pairs[pairKey(c, second)] = 1;
        const ws = b.bySecond.get(second);
        if (ws) ws.push({ word, list });
        else b.bySecond.set(second, [{ word, list }]);
      }
    }
  });
  return { firstBucket, buckets, pairs, regexes, size: lists.length };
}

/** Two character codes hashed into 16 bits (pairs that collide are only looked up for nothing). */
function pairKey(first: number, second: number): number {
  return ((first << 5) ^ second) & 0xffff;
}

/** Sets out[i] = 1 where list i occurs in `text`, else 2 (the answer `re.test(text)` would give). */
export function scanLiterals(sets: LiteralSets, text: string, out: Uint8Array): void {
  out.fill(2);
  const { firstBucket, buckets, pairs } = sets;
  // (words are looked up by their first two characters: a common first character, "이", "공", starts dozens of words)
  for (let i = 0; i < text.length; i++) {
    const b = firstBucket[text.charCodeAt(i)]!;
    if (b < 0) continue;
    const bucket = buckets[b]!;
    for (const w of bucket.single) out[w.list] = 1;
    const second = text.charCodeAt(i + 1);
    if (pairs[pairKey(text.charCodeAt(i), second)] === 0) continue;
    const ws = bucket.bySecond.get(second);
    if (ws === undefined) continue;
    for (const w of ws) if (out[w.list] !== 1 && text.startsWith(w.word, i)) out[w.list] = 1;
  }
  for (const { list, re } of sets.regexes) {
    re.lastIndex = 0;
    out[list] = re.test(text) ? 1 : 2;
  }
}
