/**
 * Facts a body sentence states about the model the sentences before it named, without naming both
 * ends itself: a successor or predecessor of that model (or the predecessor of a counted group of them), the developer of a model the sentence
 * defines without a subject, the scores given a merge's two parents "각각" in brackets, and a score on a line of a benchmark and its score alone.
 */
import type { Sentence } from '../parse/types.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { subjectlessDeveloper } from './defined-company.js';
import { groupSuccessors, predecessorOfFocus, successorInSentence, successorOfFocus, successorOfNumbered, successorOfPrevious, successorOfRecent } from './successors.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { respectiveSuccessors } from './respective-successors.js';
import { respectiveDerivatives } from './respective-derivatives.js';
import { respectiveParentScores } from './respective-parent-scores.js';
import type { Mention } from './types.js';

/** Adds the sentence's SUCCEEDS and DEVELOPED facts about the model in focus or the sentence before's. */
export function addFocusFacts(acc: Acc, articleId: string, s: Sentence, mentions: Mention[], prev: ParagraphSentence | undefined, focus: Mention | undefined, recent: ParagraphSentence[] = prev ? [prev] : []): void {
  const succ = successorOfPrevious(s.text, mentions, prev);
  if (succ) addRelation(acc, { relation: 'SUCCEEDS', source: succ.source.key, target: succ.target.key, properties: {} }, evidenceOf(articleId, s, 'succeeds.successor-previous-sentence', 0.65));
  const focusSucc = succ ? undefined : successorOfFocus(s.text, mentions, focus, prev);
  if (focusSucc) addRelation(acc, { relation: 'SUCCEEDS', source: focusSucc.source.key, target: focusSucc.target.key, properties: {} }, evidenceOf(articleId, s, 'succeeds.successor-of-focus', 0.6));
  const recentSucc = succ || focusSucc ? undefined : successorOfRecent(s.text, mentions, recent);
  if (recentSucc) addRelation(acc, { relation: 'SUCCEEDS', source: recentSucc.source.key, target: recentSucc.target.key, properties: {} }, evidenceOf(articleId, s, 'succeeds.successor-of-recent', 0.6));
  const pred = succ ? undefined : predecessorOfFocus(s.text, mentions, focus);
  if (pred) addRelation(acc, { relation: 'SUCCEEDS', source: pred.source.key, target: pred.target.key, properties: {} }, evidenceOf(articleId, s, 'succeeds.focus-predecessor', 0.6));
  const within = successorInSentence(s.text, mentions);
  if (within) addRelation(acc, { relation: 'SUCCEEDS', source: within.source.key, target: within.target.key, properties: {} }, evidenceOf(articleId, s, 'succeeds.successor-word-in-sentence', 0.6));
  const numbered = succ || focusSucc || recentSucc || within ? undefined : successorOfNumbered(s.text, mentions, (name) => modelNamed(acc, name));
  if (numbered) addRelation(acc, { relation: 'SUCCEEDS', source: numbered.source.key, target: numbered.target, properties: {} }, evidenceOf(articleId, s, 'succeeds.numbered-predecessor', 0.6));
  const group = groupSuccessors(s.text, mentions, recent);
  for (const source of group?.sources ?? []) addRelation(acc, { relation: 'SUCCEEDS', source: source.key, target: group!.target.key, properties: {} }, evidenceOf(articleId, s, 'succeeds.group-previous-sentence', 0.65));
  for (const pair of respectiveSuccessors(s.text, mentions, recent)) addRelation(acc, { relation: 'SUCCEEDS', source: pair.source.key, target: pair.target.key, properties: {} }, evidenceOf(articleId, s, 'succeeds.group-respectively', 0.65));
  const derived = respectiveDerivatives(s.text, mentions, recent);
  for (const pair of derived?.pairs ?? []) {
    addRelation(acc, { relation: 'BASED_ON', source: pair.source.key, target: pair.target.key, properties: { status: 'stated' } }, evidenceOf(articleId, s, 'based-on.respective-derivatives', 0.65));
    if (derived!.developer) addRelation(acc, { relation: 'DEVELOPED', source: derived!.developer.key, target: pair.source.key, properties: {} }, evidenceOf(articleId, s, 'developed.in-house-derivatives', 0.6));
  }
  for (const p of respectiveParentScores(s.text, mentions, recent)) addRelation(acc, { relation: 'SCORED', source: p.model.key, target: p.benchmark.key, properties: { score: p.score } }, evidenceOf(articleId, s, 'scored.merged-parents-respectively', 0.6));
  const defined = subjectlessDeveloper(s.text, mentions, prev, focus);
  if (defined) addRelation(acc, { relation: 'DEVELOPED', source: defined.company.key, target: defined.model.key, properties: {} }, evidenceOf(articleId, s, defined.rule, 0.65));
}

/** The key of the model the article has named so far by this name (or alias). */
function modelNamed(acc: Acc, name: string): string | undefined {
  for (const e of acc.entities.values()) if (e.type === 'Model' && (name in e.names || e.aliases.includes(name))) return e.key;
  return undefined;
}

/**
 * "- KMMLU: 60.2" (a body or a heading line) under "…의 성적은 다음과 같습니다": the model in focus scored that on the benchmark,
 * when the line before (`prev`, of any block) names that model, says scores follow, or is such a line too
 * (or is an aside naming no model or benchmark and giving no number after one that says scores follow: "… 아래와 같습니다. 모두 직접 잰 값입니다.").
 */
export function addFocusScoreLine(acc: Acc, articleId: string, s: Sentence, mentions: readonly Mention[], prev: { sentence: Sentence; mentions: readonly Mention[]; before?: Sentence } | undefined, focus: Mention | undefined): void {
  const scored = focus && prev ? focusScoreLine(s.text, mentions, prev.sentence.text, prev.mentions, focus, prev.before?.text) : undefined;
  if (scored) addRelation(acc, { relation: 'SCORED', source: focus!.key, target: scored.benchmark.key, properties: { score: scored.score } }, evidenceOf(articleId, s, 'scored.focus-line', 0.65));
}

/** Before the benchmark on a score line: nothing but a list mark. */
const LINE_MARK = /^\s*(?:[-•·*▪]\s?)?$/;
/** After it: a colon and a score out of 100 alone ("KMMLU: 60.2", "HAE-RAE: 74.0점"); maybe a metric or setting in parentheses before the colon ("X (pass@1): 58.2", "X (5-shot): 60.2"), not a name. */
const COLON_SCORE = /^(?:\s?\((?![A-Z])[^()]{1,20}\))?\s?[:：]\s?(\d{1,3}(?:\.\d{1,2})?)\s?(?:점|%)?\s*$/;
/** A sentence that says the scores follow ("성적은 다음과 같습니다", "scored as follows:"; a blog's "결과는 이랬다", "점수는 이렇다"). */
const SCORES_FOLLOW = /다음과\s?같|아래와\s?같|as follows|the following|[:：]\s*$|(?:결과|성적|점수|성능|수치)(?:는|은)\s(?:대략\s|각각\s)?(?:이랬|이렇|이러했|이랬습니다|이렇습니다)/;

/** The benchmark of a line that is only a benchmark and its score, and the score, when the line before names the model in focus, says scores follow or is such a line too. */
function scoreLineOf(text: string, mentions: readonly Mention[]): { benchmark: Mention; score: number } | undefined {
  const bench = mentions.length === 1 && mentions[0]!.type === 'Benchmark' ? mentions[0] : undefined;
  if (!bench || !LINE_MARK.test(text.slice(0, bench.start))) return undefined;
  const m = COLON_SCORE.exec(text.slice(bench.end));
  const score = m ? Number(m[1]) : NaN;
  return score > 0 && score <= 100 ? { benchmark: bench, score } : undefined;
}

/** The score line's benchmark and score when a line before leads it (see addFocusScoreLine). */
function focusScoreLine(text: string, mentions: readonly Mention[], prevText: string, prevMentions: readonly Mention[], focus: Mention, beforeText?: string): { benchmark: Mention; score: number } | undefined {
  if (!text.includes(':') && !text.includes('：')) return undefined;
  const line = scoreLineOf(text, mentions);
  if (!line) return undefined;
  const aside = beforeText !== undefined && !prevMentions.some((m) => m.type === 'Model' || m.type === 'Benchmark') && !/\d/.test(prevText) && SCORES_FOLLOW.test(beforeText);
  const led = SCORES_FOLLOW.test(prevText) || aside || prevMentions.some((m) => m.key === focus.key) || scoreLineOf(prevText, prevMentions) !== undefined;
  return led ? line : undefined;
}
