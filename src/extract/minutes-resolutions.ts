/**
 * A company's own minutes resolve what the company will do, the company left out as their subject: "(1) 'Y 지원사업'
 * 공급기업 신청 : 원안대로 신청하기로 가결하다", "Y 참여의 건: 참여하기로 의결함". A resolution to apply to or take part in a
 * programme makes the minutes' company a participant; one not to ("신청하지 않기로"), or none reached ("결론을 내리지
 * 못하였으며"), does not.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { FilingCover } from './filing-cover.js';
import type { RuleSet } from './types.js';

/** The resolution to apply or take part: the verb, 하기로 (or 키로), then the vote or decision. */
const RESOLVED_TO_JOIN = /(?:신청|참여|참가|응모|지원)(?:하기로|키로)\s?(?:가결|의결|결의|결정|승인|하다|하였다|했다|함)/;
/** A resolution not to, or a matter left open or sent back. */
const NOT_RESOLVED = /않기로|아니하기로|못하|보류|부결|재상정|연기/;

/** PARTICIPATES_IN from the minutes' company to the one programme a sentence of the minutes resolves to apply to. */
export function addMinutesApplications(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], known: KnownName[], cover: FilingCover): void {
  const company = cover.company;
  if (!cover.minutes || !company || !acc.entities.has(company.key)) return;
  for (const s of sentences) {
    const verb = RESOLVED_TO_JOIN.exec(s.text);
    if (!verb || NOT_RESOLVED.test(s.text)) continue;
    const ms = findMentions(s.text, rules, known);
    const programmes = ms.filter((m) => m.type === 'Policy' && m.end <= verb.index);
    // (another company named before the verb may be the one applying: only the minutes' own resolution counts)
    if (programmes.length !== 1 || ms.some((m) => m.type === 'Company' && m.via !== 'reference' && m.key !== company.key && m.end <= verb.index)) continue;
    addRelation(acc, { relation: 'PARTICIPATES_IN', source: company.key, target: programmes[0]!.key, properties: {} }, evidenceOf(articleId, s, 'participates.minutes-resolution', 0.65));
  }
}
