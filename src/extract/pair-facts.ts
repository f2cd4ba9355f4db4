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
  if (joint) addPairPartners(acc, members, s, articleId, 'partners.pair-co-developed');
}

/** The pair's two companies, or a counted group's three or four ("세 기업이 컨소시엄을 꾸려"), each with each as partners, by a rule. */
function addPairPartners(acc: Acc, members: Mention[], s: Sentence, articleId: string, rule: string): void {
  const keys = [...new Set(members.map((m) => m.key))];
  if (keys.length !== members.length || keys.length < 2 || keys.length > 4) return;
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) addRelation(acc, { relation: 'PARTNERS_WITH', source: keys[i]!, target: keys[j]!, properties: {} }, evidenceOf(articleId, s, rule, 0.7));
}

/** An agreement the pair made or a tie it keeps: "협약을 체결했다", "전략적 협업 계약(SCA)을 맺고", "제휴를 맺은 바 있다", "협력해 왔다". */
const PAIR_AGREED = /(?:컨소시엄|연합체|한\s?팀)(?:을|를)\s(?:꾸려|꾸렸|꾸린|구성해|구성했|결성해|결성했|이뤄|이뤘)|(?:업무\s?협약|협약|MOU|양해각서|파트너십|제휴|동맹|(?:협업|협력|제휴|파트너십)\s?계약)(?:\s?\([^()]{1,20}\))?(?:을|를)\s(?:[^\s,.]{1,8}\s)?(?:체결|맺|갱신|연장)|(?:협력|협업|제휴)(?:해\s?왔|해\s?온|하기로|키로|해\s?나가|하고\s있)/;
/** A tie undone, not made or only weighed, or a supply, sale or investment (no partnership). */
const NOT_A_TIE = /않|못|아니|없었|없다|무산|결렬|해지|종료|파기|검토|논의|추진\s?중|공급\s?계약|납품|투자\s?계약|인수/;

/**
 * "NC AI는 … AWS를 통해 제공한다. 양사는 지난해 전략적 협업 계약을 맺었다": the pair as the subject of an agreement it made
 * (or of working together for some time) are partners, read in the pair's own clause ("양사는 … 제휴를 맺은 바 있지만, 협력이
 * … 확대되지는 않았다" keeps the tie), where that clause names no other company.
 */
export function addPairPartnership(acc: Acc, s: Sentence, mentions: readonly Mention[], articleId: string): void {
  for (const pair of mentions) {
    if (!pair.alsoFor || pair.type !== 'Company' || pair.start < 0 || !PAIR_SUBJECT_AFTER.test(s.text.slice(pair.end, pair.end + 3))) continue;
    const comma = s.text.indexOf(', ', pair.end);
    const end = comma < 0 ? s.text.length : comma;
    const clause = s.text.slice(pair.end, end);
    if (!PAIR_AGREED.test(clause) || NOT_A_TIE.test(clause) || mentions.some((m) => m.type === 'Company' && m.via !== 'reference' && m.via !== 'blocked' && m.start > pair.end && m.start < end)) continue;
    addPairPartners(acc, membersOf(pair), s, articleId, 'partners.pair-agreed');
  }
}
