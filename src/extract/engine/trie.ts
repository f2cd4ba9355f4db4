/**
 * The gazetteer as a character trie over a normalised view of the text (NFKC, lower case,
 * without spaces, dots, colons, hyphens and underscores), so "소버린AI" meets "소버린 AI" and
 * "믿음 2.0" meets "믿:음 2.0". Built once at load; matching is one pass per start position.
 */
import type { GazetteerEntry } from '../types.js';

const SKIP = new Set([' ', '\t', '\n', '\u00a0', '.', ':', '-', '_', '·', '\u3000']);

export interface TrieNode {
  next: Map<string, TrieNode>;
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
        let nx = node.next.get(ch);
        if (!nx) {
          nx = { next: new Map(), entries: [] };
          node.next.set(ch, nx);
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

/** foldChar by UTF-16 code unit, filled on first use (the same answer, without the per-character lookups). */
const foldTable: (string | undefined)[] = new Array(0x10000);

/** The folded form of each character of a text ('' for skipped ones), computed once per sentence. */
export function foldText(text: string): string[] {
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let f = foldTable[code];
    if (f === undefined) foldTable[code] = f = foldChar(text[i]!);
    out[i] = f;
  }
  return out;
}

export function matchAt(root: TrieNode, text: string, start: number, folded?: string[]): TrieHit[] {
  const first = folded ? folded[start]! : foldChar(text[start] ?? ' ');
  if (!first || !root.next.has(first)) return NO_HITS;
  const hits: TrieHit[] = [];
  let node: TrieNode | undefined = root;
  let i = start;
  while (i < text.length && node) {
    const f = folded ? folded[i]! : foldChar(text[i]!);
    if (f) {
      node = node.next.get(f);
      if (!node) break;
      if (node.entries.length) hits.push({ start, end: i + 1, entries: node.entries });
    }
    i++;
  }
  return hits.reverse();
}
