/**
 * "A.X 4.0 라이트(Light)": a parenthesised gloss that spells the name's last variant word in Latin letters is no name of
 * its own; the model's other name is the whole name so spelt ("A.X 4.0 Light").
 */
import type { RuleSet } from './types.js';

/** The name with its last Hangul variant word in the gloss's Latin spelling, when both words are one variant ("라이트", "Light"). */
export function variantGloss(surface: string, gloss: string, rules: RuleSet): string | undefined {
  const last = /\s([가-힣]{2,5})$/.exec(surface);
  if (!last || !/^[A-Za-z]{2,12}$/.test(gloss)) return undefined;
  const key = (w: string) => rules.lexicon.variants.get(w.toLowerCase());
  const k = key(last[1]!);
  return k !== undefined && k === key(gloss) ? `${surface.slice(0, last.index)} ${gloss}` : undefined;
}
