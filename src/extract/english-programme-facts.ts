/** The facts english-programme.ts reads, added to an article's accumulator. */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { countedTeamsIn, officialOfProgramme } from './english-programme.js';
import type { Mention } from './types.js';

/** Adds "The three teams … of the X project" participations and a programme's official's PROMOTES for one English sentence. */
export function addEnglishProgrammeFacts(acc: Acc, articleId: string, s: Sentence, ms: Mention[], previous: { sentence: Sentence; mentions: Mention[] } | undefined, policy: Mention | undefined, policiesNamed: number): void {
  const counted = countedTeamsIn(s.text, ms, previous && { text: previous.sentence.text, mentions: previous.mentions });
  if (counted) for (const t of counted.teams) addRelation(acc, { relation: 'PARTICIPATES_IN', source: t.key, target: counted.policy.key, properties: {} }, evidenceOf(articleId, s, 'participates.en-counted-teams', 0.7));
  const official = officialOfProgramme(s.text, ms, policy, policiesNamed);
  if (official && policy) addRelation(acc, { relation: 'PROMOTES', source: official.key, target: policy.key, properties: {} }, evidenceOf(articleId, s, 'promotes.en-programme-official', 0.65));
}
