/**
 * The gazetteer as a character trie over a normalised view of the text (NFKC, lower case,
 * without spaces, dots, colons, hyphens and underscores), so "소버린AI" meets "소버린 AI" and
 * "믿음 2.0" meets "믿:음 2.0". Built once at load; matching is one pass per start position.
 */
import type { GazetteerEntry } from '../types.js';

const SKIP = new Set([' ', '\t', '\n', '\u00a0', '.', ':', '-', '_', '·', '\u3000']);

export interface TrieNode {
  /** Child by the UTF-16 code of the next folded character (an astral character: its code point, which text never gives). */
  next: Map<number, TrieNode>;
  /** Entries whose name ends here, with the raw name (for strict matching). */
  entries: { entry: GazetteerEntry; name: string }[];
}

const foldCache = new Map<string, string>();

/** The normal form of one character ('' when it is skipped). */
export function foldChar(ch: string): string {
  if (SKIP.has(ch)) return '';
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch.toLowerCase();
  if (code >= 0xac00 && code <= 0xd7a3) return ch;
  let f = foldCache.get(ch);
  if (f === undefined) {
    f = ch.normalize('NFKC').toLowerCase();
    if (f.length !== 1 || SKIP.has(f)) f = f.length === 1 ? '' : f[0] ?? '';
    foldCache.set(ch, f);
  }
  return f;
}

export function foldName(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out;
}

export function buildTrie(entries: GazetteerEntry[]): TrieNode {
  const root: TrieNode = { next: new Map(), entries: [] };
  for (const entry of entries) {
    for (const name of entry.names) {
      const key = foldName(name);
      if (!key) continue;
      let node = root;
      for (const ch of key) {
        const code = ch.length === 1 ? ch.charCodeAt(0) : ch.codePointAt(0)!;
        let nx = node.next.get(code);
        if (!nx) {
          nx = { next: new Map(), entries: [] };
          node.next.set(code, nx);
        }
        node = nx;
      }
      node.entries.push({ entry, name });
    }
  }
  return root;
}

/** A candidate gazetteer match: [start, end) in the original text. */
export interface TrieHit {
  start: number;
  end: number;
  entries: { entry: GazetteerEntry; name: string }[];
}

/**
 * All names that start at `start` in `text`, longest first. Skipped characters inside the text
 * are passed over; a match never ends on a skipped character.
 */
const NO_HITS: TrieHit[] = [];

/** Folded code of a skipped character in foldText's output. */
const SKIPPED = -1;
/** foldChar by UTF-16 code unit as a character code (SKIPPED for ''), filled on first use; -2: not yet known. */
const foldTable = new Int32Array(0x10000).fill(-2);

/**
 * The folded form of each code unit of a text as a character code (SKIPPED for skipped ones),
 * computed once per sentence into `into` when it is long enough.
 */
export function foldText(text: string, into?: Int32Array): Int32Array {
  const out = into && into.length >= text.length ? into : new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let f = foldTable[code]!;
    if (f === -2) {
      const ch = foldChar(text[i]!);
      foldTable[code] = f = ch === '' ? SKIPPED : ch.charCodeAt(0);
    }
    out[i] = f;
  }
  return out;
}

/**
 * All names that start at `start` in `text` (folded by foldText), longest first. Skipped
 * characters inside the text are passed over; a match never ends on a skipped character.
 */
export function matchAt(root: TrieNode, text: string, start: number, folded: Int32Array): TrieHit[] {
  const first = folded[start]!;
  if (first === SKIPPED) return NO_HITS;
  let node = root.next.get(first);
  if (!node) return NO_HITS;
  let hits: TrieHit[] | undefined;
  for (let i = start; ; ) {
    if (node.entries.length) (hits ??= []).push({ start, end: i + 1, entries: node.entries });
    // the next character that is not skipped
    do i++;
    while (i < text.length && folded[i] === SKIPPED);
    if (i >= text.length) break;
    node = node.next.get(folded[i]!);
    if (!node) break;
  }
  return hits ? hits.reverse() : NO_HITS;
}
