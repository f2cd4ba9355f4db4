/** The clause pass inside one article: its facts are kept until the end and added only where no rule read that relation. */
import type { Sentence } from '../../parse/types.js';
import { addRelation, evidenceOf, type Acc } from '../article-acc.js';
import type { FactEvidence, Mention, RuleSet } from '../types.js';
import { crossesGap } from '../gapping.js';
import { rulesReading } from '../pattern-readings.js';
import { perRuleSet } from '../engine/compile.js';
import { clauseFacts, newClauseMemory, type ClauseFact, type ClauseMemory } from './index.js';
import { submittedModelFacts } from '../submitted-models.js';

export interface ClausePass {
  memory: ClauseMemory;
  pending: { fact: ClauseFact; ev: FactEvidence }[];
  /** The company whose section a heading opened, until a heading that opens none. */
  section?: Mention;
}

export function newClausePass(): ClausePass {
  return { memory: newClauseMemory(), pending: [] };
}

/**
 * A heading that is one company's name ("■ X", a card's "X (Y)" or "X Y" title) opens a section about it: the clause pass's
 * topic is that company too, not the subject carried from the section before (a portfolio's next card). Returns the heading's first mention.
 */
export function openCompanySection(pass: ClausePass, first: Mention, section: Mention | undefined): Mention {
  if (section && first === section) pass.memory.topic = { members: [section], type: 'Company' };
  pass.section = section && first === section ? section : undefined;
  return first;
}

/**
 * A heading that opens no company's section ends the one open ("스킬", "받은 추천" after a career entry's "X (Latin)"):
 * the lines under it are no longer that company's, for the clause pass nor as the omitted subject. Returns the subject
 * the heading gives, else the one before unless it was the closed section's.
 */
export function closeCompanySection(pass: ClausePass, heading: Mention | undefined, last: Mention | undefined): Mention | undefined {
  const section = pass.section;
  pass.section = undefined;
  if (section && pass.memory.topic?.members[0] === section) pass.memory.topic = undefined;
  return heading ?? (section && last === section ? undefined : last);
}

/** Reads one sentence (after its pattern rules) and keeps its clause facts. */
/** `asked`: the sentence only asks whether ("…에도 X가 참여하나요?"): a fact between two things it names is the question's, not
 * stated (one on a programme it leaves to the context, "2차에서 탈락한 X는 … 신청했나", is stated in passing). */
export function readClauses(pass: ClausePass, articleId: string, s: Sentence, mentions: Mention[], rules: RuleSet, programme?: Mention, opensParagraph = false, asked = false): ClauseFact[] {
  // "양사는 …을 공동 개발 중이다. ¶ 올해 3월에는 … 수행기관으로 선정돼": a new paragraph with no subject of its own goes back to
  // the company the pair was named after (the first of "A는 … B와 …", the one the story is about), not to both
  const topic = pass.memory.topic;
  if (opensParagraph && s.block === 'body' && topic && topic.type === 'Company' && topic.members.length > 1 && topic.members[0]!.via === 'reference') pass.memory.topic = { members: [{ ...topic.members[0]!, alsoFor: undefined }], type: 'Company' };
  const crosses = crossesGap(s.text, mentions);
  const named = (m: Mention) => mentions.some((x) => x.key === m.key && x.via !== 'reference');
  const read = clauseFacts(s.text, mentions, rules, pass.memory, s.block === 'body', programme).filter((fact) => !crosses(fact) && !(asked && named(fact.source) && named(fact.target)));
  for (const fact of read) pass.pending.push({ fact, ev: evidenceOf(articleId, s, fact.rule, fact.confidence) });
  // ("X도 제출 모델 'Y'에 대해 …": a company's submitted model, the article's programme its venue)
  if (!asked) for (const fact of submittedModelFacts(s, mentions, programme)) pass.pending.push({ fact, ev: evidenceOf(articleId, s, fact.rule, fact.confidence) });
  return read;
}

/**
 * Adds the kept clause facts where the article has no relation of that type between the two
 * entities (in either direction): the pass only adds recall, it never changes what the rules say.
 */
export function addClauseFacts(acc: Acc, pass: ClausePass, rules: RuleSet): void {
  const pair = (t: string, a: string, b: string) => (a < b ? `${t}|${a}|${b}` : `${t}|${b}|${a}`);
  const known = new Set([...acc.relations.values()].map((r) => pair(r.type, r.source, r.target)));
  const filled = filledSubjects(acc, rules);
  const paired = pairedRespectively(acc);
  for (const { fact, ev } of pass.pending) {
    if (known.has(pair(fact.relation, fact.source.key, fact.target.key))) continue;
    if (paired.has(`${fact.relation}|${ev.start}`)) continue;
    if (fact.rule.endsWith('-carried') && filled.has(`${fact.relation}|${fact.target.key}|${ev.start}`)) continue;
    if (!acc.entities.has(fact.source.key) || !acc.entities.has(fact.target.key)) continue;
    addRelation(acc, { relation: fact.relation, source: fact.source.key, target: fact.target.key, properties: fact.properties }, ev);
  }
}

/**
 * "두 모델은 각각 A와 B의 후속 모델이다": where a rule paired a sentence's models one to one ("…-respectively"), the clause's
 * reading of that relation (every model of the group with every model listed) is none of the sentence's.
 */
function pairedRespectively(acc: Acc): Set<string> {
  const out = new Set<string>();
  for (const r of acc.relations.values()) for (const e of r.evidence) if (e.rule.endsWith('-respectively')) out.add(`${r.type}|${e.start}`);
  return out;
}

/** Relations whose source is one model a sentence leaves unsaid: a predecessor, a base or a score ("…에서 83.6점을 받았습니다") has one such source per sentence. */
const ONE_SUBJECT: ReadonlySet<string> = new Set(['SUCCEEDS', 'BASED_ON', 'SCORED']);

/** The SCORED rules that read the model in focus as the scorer (a pattern's "focus": "source"). */
const focusScoreRules = perRuleSet((rules: RuleSet) => new Set(rules.patterns.filter((p) => p.relation === 'SCORED' && p.focus === 'source').map((p) => p.id)));

/**
 * "Y의 후속 모델로, …" after "X를 공개했다": where a rule already gave the sentence's predecessor or base a source
 * (the model in focus), a topic carried from further back is no second one.
 */
function filledSubjects(acc: Acc, rules: RuleSet): Set<string> {
  const out = new Set<string>();
  // (a model the sentence likens its own to, "X와 마찬가지로 Y를 바탕으로", is a source besides the sentence's subject)
  const likened = rulesReading(rules, 'likened-source');
  // (a score fills the sentence's one subject only where a rule gave it to the model in focus: a compared model's
  // "Y(51.0점)" beside it is no subject, "B에서 58.3점을 기록해 Y(51.0점)를 앞섰다")
  const focusRules = focusScoreRules(rules);
  for (const r of acc.relations.values()) {
    if (!ONE_SUBJECT.has(r.type)) continue;
    for (const e of r.evidence) if (!likened.has(e.rule) && (r.type !== 'SCORED' || focusRules.has(e.rule))) out.add(`${r.type}|${r.target}|${e.start}`);
  }
  return out;
}
