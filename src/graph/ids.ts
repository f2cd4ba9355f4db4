import { createHash } from 'node:crypto';
import { UNDIRECTED_EDGE_TYPES, type EdgeType, type Evidence, type NodeType } from './types.js';

/**
 * The normal form names are matched in (the same as the scorer's): NFKC, lower case, with
 * spaces and punctuation removed, so "믿음2.0", "믿음 2.0" and "A.X 4.0"/"ax 4.0" meet.
 */
export function normalizeName(s: string): string {
  // (a pure function called ~20 times per distinct name in an extraction)
  return remembered(normalized, s, normalizeAnew);
}
const normalized = new Map<string, string>();

function normalizeAnew(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.·:'"‘’“”()[\]\-_,/]/g, '');
}

/** A short, stable hex digest of the given parts. */
export function digest(...parts: string[]): string {
  // (the same edge's id is asked for in article after article)
  return remembered(digests, parts.join('\u0000'), digestAnew);
}
const digests = new Map<string, string>();

function digestAnew(joined: string): string {
  return createHash('sha256').update(joined).digest('hex').slice(0, 16);
}

/** The most answers one of these pure functions remembers: past it, it starts afresh (the memory stays bounded). */
const REMEMBERED_MAX = 50_000;

/** `compute(key)`, from `answers` when known. */
function remembered(answers: Map<string, string>, key: string, compute: (key: string) => string): string {
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = compute(key);
    if (answers.size >= REMEMBERED_MAX) answers.clear();
    answers.set(key, answer);
  }
  return answer;
}

/** Latin/Hangul-friendly slug: keeps letters and digits of any script, joins with '-'. */
export function slugify(s: string): string {
  const slug = s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || digest(s);
}

/** Node id: `<type>:<slug>`, e.g. `company:sk-telecom`, `model:ax-4-0`. */
export function makeNodeId(type: NodeType, key: string): string {
  return `${type.toLowerCase()}:${slugify(key)}`;
}

/** Edge id: stable for (type, source, target); undirected types ignore the order. */
export function makeEdgeId(type: EdgeType, source: string, target: string): string {
  const [a, b] = UNDIRECTED_EDGE_TYPES.has(type) && source > target ? [target, source] : [source, target];
  return `edge:${digest(type, a, b)}`;
}

/** Article id from the bytes of the page: `article:<12 hex>`. */
export function makeArticleId(sha256: string): string {
  return `article:${sha256.slice(0, 12)}`;
}

/**
 * The identity of one evidence entry: article, sentence offsets and rule. Both stores union an
 * edge's evidence under this key (the Neo4j store also finds an article's evidence by its prefix).
 */
export function evidenceKey(e: Evidence): string {
  return `${e.articleId}|${e.start}|${e.end}|${e.rule}`;
}
