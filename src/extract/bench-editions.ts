/**
 * A benchmark the article names with its edition ("K-요약 v2", from a table or a labelled line) and another edition of it
 * written elsewhere on the same stem ("구버전인 K-요약 v1 기준"): that edition is a benchmark of its own, which no rule
 * reads as one by its shape alone.
 */
import { normalizeName } from '../graph/index.js';
import type { Sentence } from '../parse/types.js';
import { escapeRegex } from './engine/compile.js';
import type { KnownName } from './engine/mentions.js';

/** A benchmark's name ending in its edition: "K-요약 v2" (the stem's group 1). */
const EDITIONED = /^(.{2,24}?)\sv\d{1,2}(?:\.\d)?$/;

/** The other editions of the article's editioned benchmarks that its sentences name on the same stem. */
export function benchEditionNames(sentences: Sentence[], known: KnownName[]): KnownName[] {
  const stems = new Set(known.filter((k) => k.type === 'Benchmark' && !k.reference).map((k) => EDITIONED.exec(k.name)?.[1]).filter((s): s is string => s !== undefined));
  const taken = new Set(known.map((k) => k.name));
  const out = new Map<string, KnownName>();
  for (const stem of stems) {
    const re = new RegExp(`(?<![가-힣A-Za-z0-9])(${escapeRegex(stem)}\\sv\\d{1,2}(?:\\.\\d)?)(?![A-Za-z0-9.])`, 'g');
    for (const s of sentences) {
      if (!s.text.includes(stem)) continue;
      for (const m of s.text.matchAll(re)) if (!taken.has(m[1]!)) out.set(m[1]!, { name: m[1]!, type: 'Benchmark', key: `benchmark:~${normalizeName(m[1]!)}` });
    }
  }
  return [...out.values()];
}
