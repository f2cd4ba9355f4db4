/**
 * "HRM8K에서 베이스였던 Y보다 22점 올랐다": a base the text names only as what the model in focus "was based on" is the
 * base of the article's own model. Where the focus had drifted to a rival the article compares (another company's model
 * that a candidate list or a score table named last), the base is no base of that rival: the fact goes; and so it does where
 * the text states the base of another of its models to be that one (the phrase points back to that model).
 */
import type { Acc } from './article-acc.js';
import { developersOf } from './article-developers.js';
import type { Mention } from './types.js';

/** The rule that reads the base for the model in focus (patterns-based-on.jsonl). */
const FORMER_BASE_RULE = 'based-on.focus-former-base';

/** True where a sentence that names both models states another model's base to be this one ("Y-2는 … Z를 가져와 추가 학습"). */
function baseOfAnother(acc: Acc, source: string, target: string): boolean {
  return [...acc.relations.values()].some((r) => r.type === 'BASED_ON' && r.target === target && r.source !== source && r.evidence.some((e) => e.rule !== FORMER_BASE_RULE));
}

/**
 * Drops a base read only by the focus rule where another model's base the text states is that model ("기반이 된 Z" then
 * points back to it), or where the model has a developer and none is the company the article is about.
 */
export function dropRivalFormerBases(acc: Acc, self: Mention | undefined): void {
  const developers = developersOf(acc);
  for (const [k, r] of acc.relations) {
    if (r.type !== 'BASED_ON' || !r.evidence.length || !r.evidence.every((e) => e.rule === FORMER_BASE_RULE)) continue;
    const makers = developers.get(r.source) ?? [];
    if (baseOfAnother(acc, r.source, r.target) || (self && makers.length && !makers.includes(self.key))) acc.relations.delete(k);
  }
}
