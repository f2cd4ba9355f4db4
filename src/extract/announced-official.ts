/**
 * A ministry announces a programme's selection or results, and the next sentence quotes one of its officials: "○○부는 'X
 * 사업' 지원 대상으로 A, B 등 6개 기업을 선정했다고 밝혔다. NAME ○○부 AI정책관은 "…"". The official speaking for the ministry
 * on the announcement promotes the programme the announcement put the companies in (the one programme the first sentence's
 * PARTICIPATES_IN facts name, or the one programme whose results or plan it announces), though the next sentence does not
 * name it ("NAME ○○부 장관이 직접 브리핑에 나선다"); so does an official a few sentences on who speaks at the announcement's
 * briefing ("NAME ○○부 장관은 발표 브리핑에서 "…"").
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { alternation, perRuleSet } from './engine/compile.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import { MINISTRY_NAME } from './korean.js';
import type { Mention, RuleSet } from './types.js';

/** A sentence opening on a ministry or the government as its subject, which announces ("…부는 … 발표했다", "…밝혔다"). */
const MINISTRY_OPENING = new RegExp(`^(?:${MINISTRY_NAME}|정부|[가-힣]{2,12}위원회)(?:는|은|가|이)\\s`);
const ANNOUNCES = /(?:발표|밝혔|밝혀|공개)(?:했|하였|됐|다|한다|하고|하며|할\s(?:예정|계획))/;
/** What the ministry announces of one programme it names: its results, its selection, its plan ("X의 2차 평가 결과를 발표한다"). */
const PROGRAMME_NEWS = /(?:결과|선정\s?(?:결과|기업)?|계획|방안|일정)(?:을|를)\s/;
/** The next sentence's official speaks on the announcement: a quotation, a briefing, an explanation. */
const SPEAKS_ON = /["“]|브리핑|설명(?:했|한다|할|하며|하고)|발표(?:했|한다|할|하며|하고)|밝혔|밝힐|말했|강조했|직접\s(?:챙기|나서|나선|주재)/;
/** After the person opening the next sentence: a ministry's name, then an official title, then the subject's particle. */
const officialAfter = perRuleSet((rules: RuleSet) => new RegExp(`^\\s${MINISTRY_NAME}\\s[가-힣A-Za-z]{0,10}?(?:${alternation(rules.lexicon.officialTitles)})(?:은|는|이|가|도)\\s`));
/** The official criticises or distances the ministry rather than speaking for it. */
const DISSENT = /비판|반대|우려를\s표|유감|철회|사과/;

/** PROMOTES from a ministry official quoted right after the ministry's announcement to the programme it was about. */
export function addAnnouncingOfficials(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], known: KnownName[], blockEnds: (s: Sentence) => number): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    if (!MINISTRY_OPENING.test(s.text) || !ANNOUNCES.test(s.text)) continue;
    const found = candidateSentences(sentences, i, blockEnds(s)).filter((c) => !DISSENT.test(c.text)).map((c) => ({ next: c, person: openingOfficial(c, rules, known) })).find((c) => c.person);
    if (!found) continue;
    const { next, person } = found as { next: Sentence; person: Mention };
    const programmes = new Set([...acc.relations.values()].filter((r) => r.type === 'PARTICIPATES_IN' && r.evidence.some((e) => e.start === s.start)).map((r) => r.target));
    // (no company put in it: the one programme whose results or plan the announcement names, "X의 평가 결과를 발표한다",
    // where the official speaks or briefs on it, not "… 차관은 지난주 다른 행사에 참석했다")
    if (programmes.size === 0 && PROGRAMME_NEWS.test(s.text) && SPEAKS_ON.test(next.text)) for (const m of findMentions(s.text, rules, known)) if (m.type === 'Policy' && m.via !== 'blocked' && acc.entities.has(m.key)) programmes.add(m.key);
    if (programmes.size !== 1) continue;
    const [programme] = programmes;
    // (a sentence that names another programme speaks of that one)
    if (findMentions(next.text, rules, known).some((m) => m.type === 'Policy' && m.key !== programme)) continue;
    addRelation(acc, { relation: 'PROMOTES', source: person.key, target: programme!, properties: {} }, evidenceOf(articleId, next, 'promotes.announcing-official', 0.6));
  }
}

/** The official's sentence says it speaks at the announcement's briefing ("NAME 장관은 발표 브리핑에서 "…""). */
const AT_THE_BRIEFING = /^[^"“.]{0,40}?(?:발표\s?브리핑|결과\s?브리핑|발표\s?(?:자리|현장)|브리핑)(?:에서|에\s?나서)/;

/**
 * The sentences that may quote the announcement's official: the next one in the block, then one a few sentences on that says
 * it speaks at the announcement's briefing, with no other ministry announcing between.
 */
function candidateSentences(sentences: Sentence[], i: number, blockEnd: number): Sentence[] {
  const out = sentences[i + 1]!.start < blockEnd ? [sentences[i + 1]!] : [];
  for (let j = i + 2; j < Math.min(sentences.length, i + 5) && !MINISTRY_OPENING.test(sentences[j]!.text); j++) if (AT_THE_BRIEFING.test(sentences[j]!.text)) return [...out, sentences[j]!];
  return out;
}

/** The ministry official a sentence opens on ("NAME ○○부 장관은 …"), if it does. */
function openingOfficial(next: Sentence, rules: RuleSet, known: KnownName[]): Mention | undefined {
  const person = findMentions(next.text, rules, known)[0];
  return person?.type === 'Person' && person.start === 0 && officialAfter(rules).test(next.text.slice(person.end)) ? person : undefined;
}

/** After the person opening a sentence: a public agency's or a ministry's post, then "도" (the official, too, speaks) and a quotation. */
const alsoOfficialAfter = perRuleSet((rules: RuleSet) => new RegExp(`^\\s(?:(?:${alternation(rules.lexicon.publicAgencies)})\\s(?:[가-힣A-Za-z]{1,12}\\s)?[가-힣A-Za-z]{0,12}(?:원장|본부장|단장|센터장|실장|국장)|${MINISTRY_NAME}\\s[가-힣A-Za-z]{0,10}?(?:${alternation(rules.lexicon.officialTitles)}))도\\s["“]`));

/**
 * "NAME 과기정통부 실장은 "…"라고 말했다. NAME2 NIPA 원장도 "…"고 밝혔다": an official who speaks "too" right after an
 * official promoting one programme speaks for the same programme (the quotation need not name it).
 */
export function addAlsoSpeakingOfficials(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], known: KnownName[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const next = sentences[i]!;
    if (!next.text.includes('도 ') || DISSENT.test(next.text)) continue;
    const mentions = findMentions(next.text, rules, known);
    const person = mentions[0];
    if (person?.type !== 'Person' || person.start !== 0 || !alsoOfficialAfter(rules).test(next.text.slice(person.end))) continue;
    if (mentions.some((m) => m.type === 'Policy')) continue;
    const s = sentences[i - 1]!;
    const promoted = [...acc.relations.values()].filter((r) => r.type === 'PROMOTES' && r.source !== person.key && r.evidence.some((e) => e.start === s.start));
    const programmes = new Set(promoted.map((r) => r.target));
    if (programmes.size !== 1) continue;
    addRelation(acc, { relation: 'PROMOTES', source: person.key, target: [...programmes][0]!, properties: {} }, evidenceOf(articleId, next, 'promotes.also-speaking-official', 0.6));
  }
}
