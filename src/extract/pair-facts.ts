/**
 * Facts read for a pair's reference ("양사", "두 회사", "the two companies"; see pair-references.ts) that hold for the pair's
 * other company too: taking part in a programme, a joint development ("양사가 함께 개발하는 'Y'", "The two companies jointly
 * developed Y") — and a joint development by the two makes them partners.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { JOINT } from './article-cues.js';
import type { RawFact } from './engine/match.js';
import { membersOf } from './pair-references.js';

/** After the pair's reference: its subject or topic particle ("양사는 ", "두 회사가 "). */
const PAIR_SUBJECT_AFTER = /^(?:은|는|이|가|도)\s/;
/** Right before a model: its owner's possessive ("카카오의 '"). */
const OWNED_BEFORE = /의\s['"‘“]?$/;

/** Adds the fact `f` for the other members of its source's pair, and the pair's partnership where the two developed the model together. */
export function addPairFacts(acc: Acc, f: RawFact, s: Sentence, articleId: string): void {
  if (!f.source.alsoFor) return;
  // ("양사는 새 모델 'Y'를 완성할 계획이다": the pair as the developing verb's subject makes it together, too)
  // (not a model the sentence gives one owner: "양사는 카카오의 'Y'를 출발점으로 …")
  const pairSubject = f.source.start >= 0 && PAIR_SUBJECT_AFTER.test(s.text.slice(f.source.end, f.source.end + 3)) && !(f.target.start >= 0 && OWNED_BEFORE.test(s.text.slice(Math.max(0, f.target.start - 4), f.target.start)));
  const joint = f.relation === 'DEVELOPED' && (JOINT.test(s.text) || pairSubject);
  if (f.relation !== 'PARTICIPATES_IN' && !joint) return;
  const members = membersOf(f.source);
  for (const o of members.slice(1)) if (o.key !== f.target.key) addRelation(acc, { relation: f.relation, source: o.key, target: f.target.key, properties: f.properties }, evidenceOf(articleId, s, f.rule, f.confidence));
  const [a, b] = members;
  if (joint && members.length === 2 && a!.key !== b!.key) addRelation(acc, { relation: 'PARTNERS_WITH', source: a!.key, target: b!.key, properties: {} }, evidenceOf(articleId, s, 'partners.pair-co-developed', 0.7));
}
