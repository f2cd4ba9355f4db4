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

/**
 * A base's status from its sentence: disputed where a denial cue stands in it (the claim's own word, "의혹", left out),
 * else raised where a claim cue does, unless a confirmation follows the claim; stated otherwise.
 */
export function claimStatusOf(text: string, dispute: RegExp | undefined, raise: { claim: RegExp; confirm?: RegExp } | undefined): ClaimStatus {
  const claim = raise?.claim.exec(text);
  if (!claim) return dispute?.test(text) ? 'disputed' : 'stated';
  const answer = text.slice(claim.index + claim[0].length);
  if (dispute?.test(`${text.slice(0, claim.index)} ${answer}`)) return 'disputed';
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
