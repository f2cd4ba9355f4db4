/**
 * Facts read for a pair's reference ("양사", "두 회사", "the two companies"; see pair-references.ts) that hold for the pair's
 * other company too: taking part in a programme, a joint development ("양사가 함께 개발하는 'Y'", "The two companies jointly
 * developed Y") — and a joint development by the two makes them partners.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { JOINT } from './article-cues.js';
import type { RawFact } from './engine/match.js';
import type { Mention } from './types.js';
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

/** After the pair's subject, in its own clause: an agreement or alliance made ("는 지난해 전략적 제휴를 맺은 바 있다", "는 업무협약(MOU)을 체결했다"). */
const AGREEMENT_MADE = /^(?:은|는|이|가)\s(?:[^,.\s]{1,12}\s){0,4}?(?:전략적\s|기술\s|사업\s)?(?:제휴|협약|업무협약|MOU|파트너십|동맹)(?:\([^()]{1,20}\))?(?:을|를)\s(?:맺었|맺은\s바|맺어|맺고|체결했|체결한\s바|체결해|체결하고)/;
/** An agreement not made or only weighed in the same clause ("맺지 않았다", "체결을 검토"): no tie. */
const NOT_MADE = /(?:맺|체결하)지\s?(?:않|못)|검토|논의|추진\s?중/;

/** "양사는 지난해 2월 전략적 제휴를 맺은 바 있다": the pair's reference as the subject of an agreement made makes its two companies partners. */
export function addPairAgreement(acc: Acc, articleId: string, s: Sentence, mentions: Mention[]): void {
  for (const m of mentions) {
    if (!m.alsoFor || m.start < 0) continue;
    const a = AGREEMENT_MADE.exec(s.text.slice(m.end));
    if (!a || NOT_MADE.test(s.text.slice(m.end, m.end + a[0].length + 8))) continue;
    const [x, y] = membersOf(m);
    if (x && y && x.key !== y.key) addRelation(acc, { relation: 'PARTNERS_WITH', source: x.key, target: y.key, properties: {} }, evidenceOf(articleId, s, 'partners.pair-agreement', 0.7));
  }
}
