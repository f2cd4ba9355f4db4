/**
 * The cheap checks matchPatterns makes before a rule's regex runs: the mention types the rule
 * needs (as bits, with the runnable rules listed once per set of present types), its `requires`
 * word list (answered for all rules in one pass, see literals.ts), and the tokens of the type it
 * starts with.
 */
import type { CompiledPattern } from '../types.js';
import { buildLiteralSets, type LiteralSets } from './literals.js';
import type { EncodedSentence } from './encode.js';

/** The cheap checks before a pattern runs: the mention types it needs as bits, and its `requires` shared by source. */
export interface Prefilters {
  needs: number[];
  /** Index into `requires`, or -1. */
  requiresOf: number[];
  requires: RegExp[];
  /** The `requires` lists as words, all looked for in one pass over the sentence. */
  literals: LiteralSets;
  /** Scratch for one sentence's answers (matchPatterns is not re-entrant). */
  tested: Uint8Array;
  /** Present-types mask → indices (in order) of the patterns whose needed types are all present. */
  byMask: (number[] | undefined)[];
}

export function runnableFor(pre: Prefilters, present: number): number[] {
  let list = pre.byMask[present];
  if (!list) {
    list = [];
    for (let i = 0; i < pre.needs.length; i++) if ((pre.needs[i]! & present) === pre.needs[i]) list.push(i);
    pre.byMask[present] = list;
  }
  return list;
}

export const TYPE_BIT: Record<string, number> = { Company: 1, Model: 2, Benchmark: 4, Policy: 8, Person: 16 };
export const NO_STARTS: number[] = [];

/** Token starts by the token's type character, in order. */
export function startsByType(enc: EncodedSentence): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const start of enc.tokenStarts) {
    const t = enc.encoded[start]!;
    const list = out.get(t);
    if (list) list.push(start);
    else out.set(t, [start]);
  }
  return out;
}
const prefilterCache = new WeakMap<CompiledPattern[], Prefilters>();

export function prefiltersOf(patterns: CompiledPattern[]): Prefilters {
  let pre = prefilterCache.get(patterns);
  if (pre) return pre;
  const bySource = new Map<string, number>();
  pre = { needs: [], requiresOf: [], requires: [], literals: buildLiteralSets([]), tested: new Uint8Array(0), byMask: [] };
  for (const p of patterns) {
    let mask = 0;
    // a needed type with no bit (none today) can never be present: the pattern never runs, as before
    for (const t of p.needs) mask |= TYPE_BIT[t] ?? 1 << 30;
    pre.needs.push(mask);
    if (!p.requires) {
      pre.requiresOf.push(-1);
      continue;
    }
    const key = `${p.requires.flags}/${p.requires.source}`;
    let r = bySource.get(key);
    if (r === undefined) {
      r = pre.requires.length;
      bySource.set(key, r);
      pre.requires.push(p.requires);
    }
    pre.requiresOf.push(r);
  }
  pre.tested = new Uint8Array(pre.requires.length);
  pre.literals = buildLiteralSets(pre.requires);
  prefilterCache.set(patterns, pre);
  return pre;
}
