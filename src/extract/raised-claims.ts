/**
 * Claims someone raised: a base the text only passes on ("…을 기반으로 했다는 주장이 나왔다", "…라는 업계 관측이 있었다",
 * "…다는 의혹이 제기됐다", "someone alleged X was derived from Y") is read as status 'raised', an internal mark that never
 * leaves the article. Its answer settles it: denied in its own sentence or the next, it is kept as 'disputed'; confirmed
 * ("사실로 확인됐다", "the company confirmed it"), it is stated; left unanswered, it is no fact at all.
 */
import type { Sentence } from '../parse/types.js';
import type { Acc } from './article-acc.js';
import type { RuleSet } from './types.js';

export type ClaimStatus = 'stated' | 'disputed' | 'raised';

/** How far after the predicate's word a claim word may stand and still report the predicate's clause ("…했다는 주장", "…한 모델이라는 업계 관측"). */
const CLAIM_REACH = 24;
/** Between the predicate and a claim word: the clause taken as given ("…했다는 점이", "…했다는 사실은") or ended. */
const GIVEN_BETWEEN = /다는\s(?:점|사실)|[,;]\s/;

/**
 * A base's status from its sentence and the end of its predicate's word: disputed where a denial cue stands in the
 * sentence (the claim's own word, "의혹", left out), else raised where a claim word reports the predicate's clause right
 * after it, unless a confirmation follows; stated otherwise ("…했다는 점이 걸림돌이라는 얘기도 나온다": the base is
 * taken as given, the talk is of something else).
 */
export function claimStatusOf(text: string, predEnd: number, dispute: RegExp | undefined, raise: { claim: RegExp; confirm?: RegExp } | undefined): ClaimStatus {
  // (from the predicate word's ending on: "만들어졌다는 주장", "했다는 점이")
  const from = Math.max(0, predEnd - 3);
  const near = raise?.claim.exec(text.slice(from, from + CLAIM_REACH + 16));
  const claim = near && near.index <= CLAIM_REACH && !GIVEN_BETWEEN.test(text.slice(from, from + near.index)) ? { at: from + near.index, length: near[0].length } : undefined;
  if (!claim) return dispute?.test(text) ? 'disputed' : 'stated';
  const answer = text.slice(claim.at + claim.length);
  if (dispute?.test(`${text.slice(0, claim.at)} ${answer}`)) return 'disputed';
  return raise!.confirm?.test(answer) ? 'stated' : 'raised';
}

/** The cue forms of one or more lexicon lists. */
function formsOf(rules: RuleSet, names: string[]): string[] {
  return names.flatMap((n) => rules.lexicon.cues.get(n) ?? []);
}

/**
 * Settles each raised base by the sentence after its claim: a denial there disputes it, a confirmation states it, and
 * a base nobody answers goes. A base read as stated from sentences that all pass on a claim ("…했다는 이야기가 돌았다"
 * where the rule read no claim) is disputed by a denial in the next sentence, as a claim denied in its own sentence is.
 */
export function settleRaisedClaims(acc: Acc, sentences: Sentence[], rules: RuleSet): void {
  const claims = formsOf(rules, ['claim', 'enClaim']);
  const denials = formsOf(rules, ['denial', 'enDenial']);
  const confirms = formsOf(rules, ['confirmation']);
  const says = (text: string | undefined, forms: string[]) => text !== undefined && forms.some((f) => text.includes(f));
  for (const [k, r] of acc.relations) {
    if (r.type !== 'BASED_ON') continue;
    const raised = r.properties.status === 'raised';
    if (!r.evidence.length) {
      if (raised) acc.relations.delete(k);
      continue;
    }
    if (!raised && !(r.properties.status === 'stated' && r.evidence.every((e) => says(e.sentence, claims)))) continue;
    const end = Math.max(...r.evidence.map((e) => e.end));
    const next = sentences.find((s) => s.block === 'body' && s.start >= end)?.text;
    // (or one of the claim's own sentences denies it, where another sentence passed it on undenied: "…했다는 보도는 사실이 아닙니다")
    if (says(next, denials) || (r.evidence.length > 1 && r.evidence.some((e) => says(e.sentence, denials)))) r.properties.status = 'disputed';
    else if (raised && says(next, confirms)) r.properties.status = 'stated';
    else if (raised) acc.relations.delete(k);
  }
}
