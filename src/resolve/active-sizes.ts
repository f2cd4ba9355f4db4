/**
 * A mixture-of-experts model's active parameters after its size describe the model, they do not name another:
 * "Qwen3-235B-A22B" in one article and "Qwen3 235B" in another are one model, even where both are known to the
 * gazetteer's families and so carry keys of their own.
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
