/**
 * "X 컨소시엄에는 A와 B가 참여해 'Y'를 공동 개발하고 있다": the consortium's lead develops what its members develop
 * together, where the joint word belongs to the development (not a later clause: "X의 'Y'를 기반으로 … 결과를 평가와
 * 함께 공개한다").
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { JOINT } from './article-cues.js';
import { namedConsortiumLead } from './company-references.js';
import type { RawFact } from './engine/match.js';
import type { Mention } from './types.js';

/** Adds DEVELOPED for the consortium's lead named before the developer of a jointly developed model. */
export function addConsortiumLeadDevelopment(acc: Acc, f: RawFact, s: Sentence, mentions: Mention[], articleId: string): void {
  if (f.relation !== 'DEVELOPED' || !JOINT.test(s.text)) return;
  const lead = namedConsortiumLead(s.text, mentions);
  if (lead && lead.start < f.source.start && lead.key !== f.source.key && JOINT.test(s.text.slice(lead.end, Math.max(f.target.end, f.source.end) + 40)))
    addRelation(acc, { relation: 'DEVELOPED', source: lead.key, target: f.target.key, properties: {} }, evidenceOf(articleId, s, 'developed.consortium-lead', 0.7));
}
