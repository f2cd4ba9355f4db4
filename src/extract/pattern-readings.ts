/** Which rules say more than their edge (the `reads` field of patterns*.jsonl), for the steps after matching. */
import type { CompiledPattern, PatternReading, RuleSet } from './types.js';

const READING_RULES = new WeakMap<CompiledPattern[], Map<PatternReading, ReadonlySet<string>>>();

/** The ids of the rules whose matches say `reading` besides their edge (the `reads` field of patterns*.jsonl). */
export function rulesReading(rules: RuleSet, reading: PatternReading): ReadonlySet<string> {
  let byReading = READING_RULES.get(rules.patterns);
  if (!byReading) READING_RULES.set(rules.patterns, (byReading = new Map()));
  let ids = byReading.get(reading);
  if (!ids) byReading.set(reading, (ids = new Set(rules.patterns.filter((p) => p.reads === reading).map((p) => p.id))));
  return ids;
}
