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

export interface LiteralSets {
  /** First character code → [word, list index] pairs starting with it. */
  byFirst: Map<number, { word: string; list: number }[]>;
  /** Lists that could not be read as words: tested with their regex. */
  regexes: { list: number; re: RegExp }[];
  size: number;
}

/** Indexes the words of every regex that is a plain alternation; the others are kept as regexes. */
export function buildLiteralSets(lists: RegExp[]): LiteralSets {
  const byFirst = new Map<number, { word: string; list: number }[]>();
  const regexes: LiteralSets['regexes'] = [];
  lists.forEach((re, list) => {
    const words = literalAlternatives(re);
    if (!words) {
      regexes.push({ list, re });
      return;
    }
    for (const word of words) {
      const c = word.charCodeAt(0);
      let at = byFirst.get(c);
      if (!at) byFirst.set(c, (at = []));
      at.push({ word, list });
    }
  });
  return { byFirst, regexes, size: lists.length };
}

/** Sets out[i] = 1 where list i occurs in `text`, else 2 (the answer `re.test(text)` would give). */
export function scanLiterals(sets: LiteralSets, text: string, out: Uint8Array): void {
  out.fill(2);
  for (let i = 0; i < text.length; i++) {
    const cands = sets.byFirst.get(text.charCodeAt(i));
    if (!cands) continue;
    for (const c of cands) if (out[c.list] !== 1 && text.startsWith(c.word, i)) out[c.list] = 1;
  }
  for (const { list, re } of sets.regexes) {
    re.lastIndex = 0;
    out[list] = re.test(text) ? 1 : 2;
  }
}
