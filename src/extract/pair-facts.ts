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

/** Adds the fact `f` for the other members of its source's pair, and the pair's partnership where the two developed the model together. */
export function addPairFacts(acc: Acc, f: RawFact, s: Sentence, articleId: string): void {
  if (!f.source.alsoFor) return;
  const joint = f.relation === 'DEVELOPED' && JOINT.test(s.text);
  if (f.relation !== 'PARTICIPATES_IN' && !joint) return;
  const members = membersOf(f.source);
  for (const o of members.slice(1)) if (o.key !== f.target.key) addRelation(acc, { relation: f.relation, source: o.key, target: f.target.key, properties: f.properties }, evidenceOf(articleId, s, f.rule, f.confidence));
  const [a, b] = members;
  if (joint && members.length === 2 && a!.key !== b!.key) addRelation(acc, { relation: 'PARTNERS_WITH', source: a!.key, target: b!.key, properties: {} }, evidenceOf(articleId, s, 'partners.pair-co-developed', 0.7));
}
