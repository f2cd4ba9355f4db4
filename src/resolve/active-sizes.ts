/**
 * A mixture-of-experts model's active parameters after its size describe the model, they do not name another:
 * "누리-MoE-120B-A12B" in one article and "누리-MoE-120B" in another are one discovered model. Two models of a known
 * family keep their keys ("Qwen3-235B-A22B", "Qwen3 235B"): keying them by the size alone cost the cross-article
 * resolution more than it gained (B³ F1 0.98482 against 0.98510 over the 883 evaluated articles, 2026-12-03), since
 * the gold graphs' writers keep a family's 30B and its 30B-A3B apart as often as together.
 */
import type { ArticleFacts } from '../extract/index.js';
import { resolutionForm } from './forms.js';
import type { Finder } from './spellings.js';

/** The active parameters after a size at the end of a model's name: "-A22B" of "Qwen3-235B-A22B", " A3B" of "X 30B A3B". */
export const ACTIVE_SIZE = /(?<=\d(?:\.\d+)?[Bb])[\s-]?A\d+(?:\.\d+)?[Bb]$/;

/** Joins each model named with its active parameters to the models named by the same name without them. */
export function joinActiveSizes(uf: Finder, facts: ArticleFacts[], byForm: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const f of facts)
    for (const e of f.entities) {
      if (e.type !== 'Model') continue;
      for (const name of [...Object.keys(e.names), ...e.aliases]) {
        if (!ACTIVE_SIZE.test(name)) continue;
        for (const key of byForm.get(`Model|${resolutionForm(name.replace(ACTIVE_SIZE, ''))}`) ?? []) uf.union(e.key, key);
      }
    }
}
