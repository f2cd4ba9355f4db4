/** The facts english-programme.ts reads, added to an article's accumulator. */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { applicantOf, countedTeamsIn, ledTeamOf, officialOfProgramme, rosterTeamOf, roundTeamsOf, type EnglishRoster } from './english-programme.js';
import type { Mention } from './types.js';

const ANNOUNCED_RESULTS = /\bannounced\s(?:the\s)?(?:results|selection|selected\steams|winners)\b/;

/**
 * Adds, for one English sentence, "The three teams … of the X project" participations, an applicant's to the programme in scope
 * (`programme`), the PROMOTES of an official who speaks of the article's one policy (`policy`) or else of that programme, and
 * the teams of a list a sentence introduces with its colon (`roster`, kept across sentences), and a team "led by X with Y" put on
 * the reserve list or selected.
 */
export function addEnglishProgrammeFacts(acc: Acc, articleId: string, s: Sentence, ms: Mention[], previous: { sentence: Sentence; mentions: Mention[] } | undefined, policy: Mention | undefined, programme: Mention | undefined, roster: EnglishRoster): void {
  const listed = rosterTeamOf(roster, s.text, ms, previous && { text: previous.sentence.text, mentions: previous.mentions });
  for (const t of listed ? [listed.team, listed.member] : []) if (t) addRelation(acc, { relation: 'PARTICIPATES_IN', source: t.key, target: listed!.policy.key, properties: {} }, evidenceOf(articleId, s, 'participates.en-roster-item', 0.7));
  if (listed?.member) addRelation(acc, { relation: 'PARTNERS_WITH', source: listed.team.key, target: listed.member.key, properties: {} }, evidenceOf(articleId, s, 'partners.en-roster-item', 0.7));
  const counted = countedTeamsIn(s.text, ms, previous && { text: previous.sentence.text, mentions: previous.mentions });
  if (counted) for (const t of counted.teams) addRelation(acc, { relation: 'PARTICIPATES_IN', source: t.key, target: counted.policy.key, properties: {} }, evidenceOf(articleId, s, 'participates.en-counted-teams', 0.7));
  const topic = policy ?? programme;
  const led = topic && ledTeamOf(s.text, ms);
  for (const t of led ?? []) addRelation(acc, { relation: 'PARTICIPATES_IN', source: t.key, target: topic!.key, properties: {} }, evidenceOf(articleId, s, 'participates.en-led-team', 0.7));
  if (led) addRelation(acc, { relation: 'PARTNERS_WITH', source: led[0].key, target: led[1].key, properties: {} }, evidenceOf(articleId, s, 'partners.en-led-team', 0.7));
  // (an official "who announced the results" speaks of the programme whose selected teams the article listed)
  const spoken = (ANNOUNCED_RESULTS.test(s.text) && roster.listed) || topic;
  const official = officialOfProgramme(s.text, ms, spoken);
  // (the programme in scope, or the one this sentence names first: "X said it submitted an application for the Y project")
  const named = ms.filter((m) => m.type === 'Policy' && m.via !== 'blocked');
  const applying = programme ?? (named.length && named.every((m) => m.key === named[0]!.key) ? named[0] : undefined);
  const applicant = applicantOf(s.text, ms, applying);
  // (the teams that went on to, cleared or failed a round of the programme in scope or the one the sentence names, or were added to it)
  const round = topic ?? applying;
  for (const t of round ? roundTeamsOf(s.text, ms) : []) addRelation(acc, { relation: 'PARTICIPATES_IN', source: t.key, target: round!.key, properties: {} }, evidenceOf(articleId, s, 'participates.en-round-outcome', 0.7));
  if (applicant && applying) addRelation(acc, { relation: 'PARTICIPATES_IN', source: applicant.key, target: applying.key, properties: {} }, evidenceOf(articleId, s, 'participates.en-applied', 0.7));
  if (official && spoken) addRelation(acc, { relation: 'PROMOTES', source: official.key, target: spoken.key, properties: {} }, evidenceOf(articleId, s, 'promotes.en-programme-official', 0.65));
  addEllipticParticipations(acc, articleId, s, ms, previous);
}

/** "Neither did ", "Nor was ", "So did the ": an English sentence that opens by saying the same of a new subject as the one before. */
const EN_ELLIPTIC_BEFORE = /^(?:Neither|Nor|So)\s(?:did|was|were|had|has|does|is)\s(?:the\s)?$/;
/** After that subject: the sentence ends, or an apposition describes it ("Neither did NC AI, the AI arm of …"). */
const EN_ELLIPTIC_AFTER = /^(?:[.,;]|\s*$)/;

/**
 * "X did not make the cut. Neither did Y.": the programme the sentence before says its company took part in (cut, advanced,
 * applied), Y took part in too.
 */
function addEllipticParticipations(acc: Acc, articleId: string, s: Sentence, ms: Mention[], previous: { sentence: Sentence; mentions: Mention[] } | undefined): void {
  const subject = ms[0];
  if (!previous || subject?.type !== 'Company' || !EN_ELLIPTIC_BEFORE.test(s.text.slice(0, subject.start)) || !EN_ELLIPTIC_AFTER.test(s.text.slice(subject.end, subject.end + 2))) return;
  const before = new Set(previous.mentions.filter((m) => m.type === 'Company' && m.key !== subject.key).map((m) => m.key));
  const said = [...acc.relations.values()].filter((r) => r.type === 'PARTICIPATES_IN' && before.has(r.source) && r.evidence.some((e) => e.start === previous.sentence.start && e.end === previous.sentence.end));
  for (const r of said) addRelation(acc, { relation: 'PARTICIPATES_IN', source: subject.key, target: r.target, properties: {} }, evidenceOf(articleId, s, 'participates.en-elliptic', 0.65));
}
