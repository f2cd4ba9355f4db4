/** The characters around and inside a gazetteer hit: white space, word characters, apostrophes. */
import type { TrieHit } from './trie.js';
import { isHangulCode, isLatinCode, isLatinDigitCode } from './char-gates.js';

/** True for the characters `\s` matches in a JavaScript regular expression. */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The text of the hit equals the name, white space aside (without building either string). */
export function exactMatch(text: string, hit: TrieHit, name: string): boolean {
  let i = hit.start;
  let j = 0;
  for (;;) {
    while (i < hit.end && isJsSpace(text.charCodeAt(i))) i++;
    while (j < name.length && isJsSpace(name.charCodeAt(j))) j++;
    if (i >= hit.end || j >= name.length) return i >= hit.end && j >= name.length;
    if (text.charCodeAt(i) !== name.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/** Right after an apostrophe inside a Latin word ("Research's K-EXAONE", "don't"): a possessive's or a contraction's tail, never a name's start. */
export function isAfterApostrophe(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c !== 0x27 && c !== 0x2019) return false;
  return isLatinCode(text.charCodeAt(i - 2));
}

/** [A-Za-z0-9가-힣] by character code. */
export function isWordCode(c: number): boolean {
  return isLatinDigitCode(c) || isHangulCode(c);
}
