/**
 * A heading's score that the body restates for a named model: "KMMLU 67.4점…" over a section whose first sentence
 * says "X는 KMMLU에서 67.4점을 받아 …". Read alone, the heading gives its score to the model then in focus (the one
 * the last paragraph was about); the body names the model that scored it. Likewise a body sentence's focus score that
 * repeats another model's stated score on the benchmark ("KMMLU 48.2 나옴." in a comment under a score table whose row
 * gives 48.2 to another model): the sentence echoes that model's score, not the focus's.
 */
import type { Acc } from './article-acc.js';
import type { RelationDraft } from './types.js';

/** Read only from headings (or the title) by a rule that takes its model from the focus. */
function onlyFocusHeading(r: RelationDraft): boolean {
  return r.evidence.length > 0 && r.evidence.every((e) => (e.block === 'heading' || e.block === 'title') && e.rule.includes('focus'));
}

/** Read only by rules that take the model from the focus. */
function onlyFocus(r: RelationDraft): boolean {
  return r.evidence.length > 0 && r.evidence.every((e) => e.rule.includes('focus'));
}

/**
 * Drops a focus score on a benchmark where another model is stated to have the same score on it: in the body, for a
 * heading's; anywhere but by the focus, for a body sentence's.
 */
export function dropEchoedFocusScores(acc: Acc): void {
  const scored = [...acc.relations.entries()].filter(([, r]) => r.type === 'SCORED' && r.properties.score !== undefined);
  for (const [key, r] of scored) {
    if (!onlyFocus(r)) continue;
    const heading = onlyFocusHeading(r);
    const stated = scored.some(([k, o]) => k !== key && o.source !== r.source && o.target === r.target && o.properties.score === r.properties.score && o.evidence.some((e) => (!heading || e.block === 'body') && !e.rule.includes('focus')));
    if (stated) acc.relations.delete(key);
  }
}
