/**
 * Facts a body sentence states about the model the sentences before it named, without naming both
 * ends itself: a successor or predecessor of that model, and the developer of a model the sentence
 * defines without a subject.
 */
import type { Sentence } from '../parse/types.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { subjectlessDeveloper } from './defined-company.js';
import { predecessorOfFocus, successorOfFocus, successorOfPrevious } from './successors.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** Adds the sentence's SUCCEEDS and DEVELOPED facts about the model in focus or the sentence before's. */
export function addFocusFacts(acc: Acc, articleId: string, s: Sentence, mentions: Mention[], prev: ParagraphSentence | undefined, focus: Mention | undefined): void {
  const succ = successorOfPrevious(s.text, mentions, prev);
  if (succ) addRelation(acc, { relation: 'SUCCEEDS', source: succ.source.key, target: succ.target.key, properties: {} }, evidenceOf(articleId, s, 'succeeds.successor-previous-sentence', 0.65));
  const focusSucc = succ ? undefined : successorOfFocus(s.text, mentions, focus, prev);
  if (focusSucc) addRelation(acc, { relation: 'SUCCEEDS', source: focusSucc.source.key, target: focusSucc.target.key, properties: {} }, evidenceOf(articleId, s, 'succeeds.successor-of-focus', 0.6));
  const pred = succ ? undefined : predecessorOfFocus(s.text, mentions, focus);
  if (pred) addRelation(acc, { relation: 'SUCCEEDS', source: pred.source.key, target: pred.target.key, properties: {} }, evidenceOf(articleId, s, 'succeeds.focus-predecessor', 0.6));
  const defined = subjectlessDeveloper(s.text, mentions, prev, focus);
  if (defined) addRelation(acc, { relation: 'DEVELOPED', source: defined.company.key, target: defined.model.key, properties: {} }, evidenceOf(articleId, s, defined.rule, 0.65));
}
