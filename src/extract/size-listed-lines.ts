/**
 * "X 2(13B·32B)를 공개했다": a bare name given with the two sizes or more it comes in, in parentheses right after it, is the
 * line itself, not the one size of it the article names in full elsewhere (see article-names.ts, sizedShortForms).
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';

/** The two sizes or more a line comes in, in parentheses right after its name ("X 2(13B·32B)를 공개"). */
const SIZE_LIST_AFTER = /^\s?\(\s?\d{1,3}(?:\.\d{1,2})?[BM](?:\s?[·,/]\s?\d{1,3}(?:\.\d{1,2})?[BM]){1,4}\s?\)/;

/** The bare keys of the sized names (`all`, the article's mentions) whose bare name some sentence gives with its sizes listed. */
export function sizeListedLines(all: Mention[][], sentences: Sentence[]): Set<string> {
  const stems = new Map<string, string>();
  for (const m of all.flat()) if (m.bareKey && !stems.has(m.bareKey)) stems.set(m.bareKey, m.surface.replace(/[\s-]\d{1,3}(?:\.\d{1,2})?[BM]$/, ''));
  return new Set([...stems].filter(([, stem]) => stem !== '' && sentences.some((s) => sizesListedAfter(s.text, stem))).map(([bare]) => bare));
}

/** True when the text names `stem` with the sizes it comes in right after it ("X 2(13B·32B)"), not inside a longer name. */
function sizesListedAfter(text: string, stem: string): boolean {
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    if (/[\w가-힣\-]/.test(text[at - 1] ?? ' ')) continue;
    if (SIZE_LIST_AFTER.test(text.slice(at + stem.length, at + stem.length + 40))) return true;
  }
  return false;
}
