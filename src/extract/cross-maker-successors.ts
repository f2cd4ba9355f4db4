/**
 * "전작 라온-M 1은 …" read while the focus rests on a base model another company made: a successor read only from the model
 * in focus, whose maker and its predecessor's maker are both known and share no company, is the wrong model's
 * (a line's earlier model is its own maker's); a successor the sentence names itself stays.
 */
import type { Acc } from './article-acc.js';

/** Rules that take the successor (or the predecessor) from the model in focus, not from the sentence's words. */
const FOCUS_RULE = /^succeeds\.(?:focus|focus-previous|focus-predecessor|successor-of-focus)$/;

/** Drops each SUCCEEDS read only through the focus between two models of known, different makers. */
export function dropCrossMakerSuccessors(acc: Acc): void {
  const makers = new Map<string, Set<string>>();
  for (const r of acc.relations.values()) {
    if (r.type === 'DEVELOPED') makers.set(r.target, (makers.get(r.target) ?? new Set()).add(r.source));
  }
  for (const [k, r] of acc.relations) {
    if (r.type !== 'SUCCEEDS' || !r.evidence.length || !r.evidence.every((e) => FOCUS_RULE.test(e.rule))) continue;
    const a = makers.get(r.source);
    const b = makers.get(r.target);
    if (a && b && ![...a].some((m) => b.has(m))) acc.relations.delete(k);
  }
}
