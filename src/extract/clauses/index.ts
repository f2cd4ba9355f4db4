/**
 * The clause pass: per sentence, a clause structure (argument roles, predicates, segments) and the
 * relations its frames read, with group nouns ("양사", "세 모델", "이들 기업") fanned out to the
 * entities a previous list or sentence named. Facts are collected per article and added only where
 * the pattern rules found no relation of that type between the two entities (see addClauseFacts).
 */
import type { NodeType } from '../../graph/index.js';
import type { Mention, RuleSet } from '../types.js';
import type { ClauseRules } from './data.js';
import { factsOfClause, type ClauseFact } from './frames.js';
import { clauseArgs, finishClause, roleOf, type Arg } from './structure.js';
import { presentedAtEnd } from '../presented-at-end.js';
import { withoutVerbGlosses } from '../korean.js';
import { startsEntry } from '../time-stamps.js';
import { ORGANISATION_SUBJECT_FIRST } from '../company-references.js';
import { membersOf } from '../pair-references.js';

export { compileClauses, type ClauseRules } from './data.js';
export type { ClauseFact } from './frames.js';
export { buildClause } from './structure.js';

/** What the pass remembers across one article's sentences: the recent sets of entities per type. */
export interface ClauseMemory {
  sets: Map<NodeType, Mention[][]>;
  /** The recent sets of models written as one coordinated list ("A와 B", "A, B 및 C"): what "두 모델" means first. */
  lists: Map<NodeType, Mention[][]>;
  /** The topic of the last body sentence that had one: what a sentence with no subject of its own is about. */
  topic?: { members: Mention[]; type: NodeType };
}

export function newClauseMemory(): ClauseMemory {
  return { sets: new Map(), lists: new Map() };
}

/**
 * The clause facts of one sentence; updates the memory with the sets it names.
 * `programme`: the programme the article is about (named in the last sentences, or the only one it names), for a
 * body sentence that names none ("…등 다섯 개 정예팀이 선정됐다").
 */
export function clauseFacts(written: string, mentions: Mention[], rules: RuleSet, memory: ClauseMemory, body = true, programme?: Mention): ClauseFact[] {
  const cr = rules.clauses as ClauseRules | undefined;
  if (!cr) return [];
  if (startsEntry(written)) {
    memory.topic = undefined;
    memory.sets.clear();
    memory.lists.clear();
    return [];
  }
  // "미세조정(파인튜닝)해": the verb read whole, its gloss out of the way
  const text = withoutVerbGlosses(written, mentions);
  const named = mentions.filter((m) => m.via !== 'anonymous' && m.via !== 'blocked' && m.via !== 'reference');
  const present = mentions.filter((m) => m.via !== 'anonymous' && m.via !== 'blocked');
  const groups = memory.sets.size > 0 && cr.groupSet.test(text);
  const context: Arg | undefined =
    body && programme && !present.some((m) => m.type === 'Policy' && !isPutFirst(m)) && !present.some(isPutFirst) && present.some((m) => m.type === 'Company')
      ? { members: [programme], type: 'Policy', role: 'context', start: 0, end: 0, seg: 0, group: true }
      : undefined;
  // fewer than two things to relate: no clause to build, only whether the sentence has a topic of its own
  // (or no verb any frame reads)
  // (a reference to a pair, "두 회사는" resolved to two companies, is two things)
  if (present.length + present.filter((m) => m.alsoFor).length + (groups ? 1 : 0) + (body && memory.topic ? 1 : 0) + (context ? 1 : 0) < 2 || (!groups && !cr.frameStemSet.test(text))) {
    for (const m of [...present].sort((a, b) => a.start - b.start)) {
      const role = roleOf(text, m, cr);
      if (role !== 'topic' && role !== 'subj') continue;
      // (a person as the subject acts inside the company the passage is about, as where a frame reads the sentence: see keepsCompanyTopic)
      if (body && !(m.type === 'Person' && memory.topic?.type === 'Company' && (role === 'subj' || (role === 'topic' && QUOTE_OPENS.test(text.slice(m.end, m.end + 60)))))) memory.topic = role === 'topic' && (m.type === 'Company' || m.type === 'Model') ? { members: membersOf(m), type: m.type } : undefined;
      break;
    }
    if (body && !present.some((m) => ['topic', 'subj'].includes(roleOf(text, m, cr)))) presented(text, present, memory);
    remember(memory, named, text);
    return [];
  }
  const { args, spans } = clauseArgs(text, mentions, cr, (type, count, at) => resolveGroup(memory, named, type, count, at, text));
  // a programme reference put before the sentence (a selection outcome about the programme just named) is its context
  if (body) for (const a of args) if (a.type === 'Policy' && a.end === 0 && a.role === 'bare' && a.members.every(isPutFirst)) a.role = 'context';
  // "A, B 등 다섯 개 정예팀이 선정됐다": the team word stands for the programme; the list before it takes its particle
  for (let k = 1; k < args.length; k++) {
    const [c, p] = [args[k - 1]!, args[k]!];
    if (c.type === 'Company' && c.role === 'bare' && p.type === 'Policy' && p.members.every((m) => m.via === 'reference') && COUNTED_TEAM.test(text.slice(c.end, p.start))) {
      c.role = p.role;
      p.role = 'context';
    }
  }
  if (body) labelTopic(text, args);
  const own = args.find((a) => a.role === 'topic' || a.role === 'subj');
  // a body sentence with no subject of its own ("… 함께 개발하고 있다") is about the subject put before it
  // (an interview answer's speaker), else about the topic before it
  const implied = own ? undefined : args.find((a) => a.end === 0 && a.role === 'bare' && a.members[0]?.via === 'reference');
  if (body && implied) implied.role = 'topic';
  // "한국전자통신연구원(ETRI)은 …을 임명했다": a ministry or institute no node stands for is still the sentence's own subject
  // (and so is a unit of the group or company the passage is about, "그룹 디지털혁신센터는 …": not the company named last)
  const blockedOwn = body && !own && !implied && (ORGANISATION_SUBJECT_FIRST.test(text) || OWN_UNIT_SUBJECT_FIRST.test(text));
  if (blockedOwn) memory.topic = undefined;
  // (a model topic still carries past a company implied before the sentence where the sentence gives a base, which only
  // a model has: "전작과 마찬가지로 Y를 바탕으로 했지만"; a question carries none: "…에는 선정되셨지요?" asks, it says nothing)
  const carried: Arg | undefined = body && !/\?["”']?\s*$/.test(text) && !DEFINITION_END.test(text) && !UNNAMED_SUBJECT_END.test(text) && !QUANTIFIED_SUBJECT.test(text) && !MAKING_COST_SUBJECT.test(text) && (!implied || (memory.topic?.type === 'Model' && implied.type === 'Company' && BASE_GIVEN.test(text))) && !own && !blockedOwn && memory.topic ? { members: memory.topic.members, type: memory.topic.type, role: 'topic', start: 0, end: 0, seg: 0, group: true, carried: true } : undefined;
  let facts: ClauseFact[] = [];
  if (mayRead(text, context ? [...args, context] : args, carried, cr)) {
    const clause = finishClause(text, args, spans, cr);
    if (carried) clause.args.unshift(carried);
    if (context) clause.args.unshift(context);
    facts = factsOfClause(clause, cr);
  }
  if (body && own) {
    if (!keepsCompanyTopic(text, own, memory)) memory.topic = own.role === 'topic' && (own.type === 'Company' || own.type === 'Model') ? { members: own.members, type: own.type } : undefined;
  } else if (body && !implied) presented(text, present, memory);
  remember(memory, named, text);
  return facts;
}

/**
 * "…에 신청했다가 떨어진 곳도 있다", "…를 포기한 기업도 나왔다": the sentence's subject is an unnamed firm it describes,
 * so no topic is carried into it from the sentence before.
 */
const UNNAMED_SUBJECT_END = /[가-힣]\s(?:곳|기업|업체|회사|스타트업|사례|경우)(?:도|이|가|은|는|만)\s(?:있다|있었다|있습니다|있었습니다|나왔다|나왔습니다|적지\s않다|많다)\.?\s*$/;
/** "국내 모델 대다수가 …", "참여 기업 상당수가 …": a subject of its own, a share of a group of models or companies, no company carried (not "학습 일부는": a share of a task). */
const QUANTIFIED_SUBJECT = /(?:모델|기업|업체|회사|스타트업|팀|컨소시엄|참여사|기관)(?:들)?\s?(?:대부분|대다수|상당수|다수|일부|절반(?:가량)?|과반)(?:이|가|은|는|도)\s/;
/** "Y를 만드는 데 든 돈의 일부는 …": what it cost to make something is the sentence's topic, no company carried makes it. */
const MAKING_COST_SUBJECT = /(?:을|를)\s(?:만드는|만들|개발하는|개발할|학습하는|학습시키는|훈련하는)\s?데\s(?:든|드는|들어간|들인|쓴|쓰인|투입된|소요된)\s(?:돈|비용|예산|자금|연구비)(?:의\s[가-힣\d%]{1,6})?(?:은|는|이|가|도)\s/;
/** "…를 합쳐 새 모델을 만드는 기법.": a sentence that ends on a noun a relative verb defines (a glossary's entry) tells of no one. */
const DEFINITION_END = /[가-힣](?<!지)(?:는|은|한|된)\s[가-힣]{0,5}[가-힣](?<![다요까죠])\.?\s*$/;

/** "그룹 디지털혁신센터는 ", "회사 AI연구소가 ": a unit of the group or company itself opening the sentence as its subject. */
const OWN_UNIT_SUBJECT_FIRST = /^(?:그룹|회사|사내|자사|당사|당행)\s(?:[가-힣A-Za-z]{1,10}\s)?[가-힣A-Za-z]{0,10}(?:센터|연구소|본부|사업부|실|팀|랩|연구실)(?:은|는|이|가)\s/;

/** A line's label in parentheses before what it says ("○ (X 컨소시엄) …", "- (X) …"): opening and closing it. */
const LABEL_OPEN = /^\s*(?:[○◦●□■▪•·\-*ㅇ]\s?)?[(（]$/;
const LABEL_CLOSE = /^(?:\s?(?:컨소시엄|팀|과제|측|사))?[)）]\s/;

/**
 * "○ (X 컨소시엄) B와 공동 개발한 …": an evaluation's or a report's line that opens on one company's label in
 * parentheses is about that company; with no subject of its own, the label is its topic (not the one carried before).
 */
function labelTopic(text: string, args: Arg[]): void {
  if (args.some((a) => a.role === 'topic' || a.role === 'subj')) return;
  const label = args.find((a) => a.type === 'Company' && a.role === 'bare' && a.members.length === 1 && LABEL_OPEN.test(text.slice(0, a.start)) && (LABEL_CLOSE.test(text.slice(a.end)) || /[)）]$/.test(text.slice(a.start, a.end)) && /^\s/.test(text.slice(a.end))));
  if (label) label.role = 'topic';
}

/** A base given with its particle ("Y를 바탕으로", "Y를 기반으로"). */
const BASE_GIVEN = /[을를]\s(?:기반|바탕|토대|베이스)으?로\s/;

/** "B가 주관하는 컨소시엄의 …": a subject whose verb is the next word, written to modify a noun, is its relative clause's own. */
const RELATIVE_VERB_NEXT = /^[^\s]{0,3}\s[가-힣]{1,8}(?:하는|한|된|되는|하던|했던|이끄는|이끈|맡은|맡는|세운|만든)\s[가-힣A-Za-z]/;

/**
 * A person as the subject ("A와 B가 공동으로 창업했으며") acts inside the company the passage is about, and a relative
 * clause's own subject ("B가 주관하는 컨소시엄에") is no subject of the sentence: the company topic stays.
 */
function keepsCompanyTopic(text: string, own: Arg, memory: ClauseMemory): boolean {
  if (memory.topic?.type !== 'Company') return false;
  // ("NAME 전무는 "…"고 말했다": a person quoted speaks for the company the passage is about; it stays the topic)
  if (own.role === 'topic' && own.type === 'Person' && QUOTE_OPENS.test(text.slice(own.end, own.end + 60))) return true;
  return own.role === 'subj' && (own.type === 'Person' || RELATIVE_VERB_NEXT.test(text.slice(own.end)));
}

/** Right after a person's name and title: the topic particle and a quotation opening ("NAME 상무는 "…"). */
const QUOTE_OPENS = /^(?:[^"“.]{0,40}?(?:은|는))?\s?["“]/;

/**
 * "눈에 띄는 건 스타트업 B의 'X'다.", "이번 달 주인공은 X입니다.": a sentence with no subject that ends by naming a
 * company or model with the copula presents it; the subject-less sentence after it is about that one.
 */
function presented(text: string, present: Mention[], memory: ClauseMemory): void {
  const last = presentedAtEnd(text, present);
  if (last) memory.topic = { members: [last], type: last.type };
}

/**
 * Whether some frame can read a relation here: one of its predicate classes has a stem in the
 * sentence, and there are arguments of both its types (or, for PARTNERS_WITH, a list of its type
 * whose members partner each other). When none can, the predicates and segments are not worth finding.
 */
function mayRead(text: string, args: Arg[], carried: Arg | undefined, cr: ClauseRules): boolean {
  // the frames whose two types (or, for PARTNERS_WITH, a list of its type) are here: cheap, and most sentences pass
  const types = new Set<string>();
  for (const a of args) types.add(a.type);
  if (carried) types.add(carried.type);
  const wanted = new Set<string>();
  for (const f of cr.frames)
    if ((types.has(f.source.type) && types.has(f.target.type)) || (f.relation === 'PARTNERS_WITH' && args.some((a) => a.type === f.source.type && a.members.length > 1 && (!a.group || f.requires !== undefined))))
      for (const c of f.predicates) wanted.add(c);
  if (!wanted.size) return false;
  // then a stem of one of their predicate classes, anywhere in the sentence
  for (let m = cr.frameStemSet.find(text); m; m = cr.frameStemSet.find(text, m.at + 1)) if (wanted.has(cr.classOf.get(m.form)!)) return true;
  return false;
}

/**
 * What a group noun stands for: this sentence's entities of that type before it, then — for a counted model noun
 * ("두 모델") — an earlier list of that many written as one ("A와 경량 버전 B"), then the sets of earlier sentences.
 */
function resolveGroup(memory: ClauseMemory, named: Mention[], type: NodeType, count: number, at: number, text: string): Mention[] | undefined {
  const before = named.filter((m) => m.type === type && m.end <= at);
  // ("A의 클라우드 자회사인 B가 …, 양사는": a parent named only to describe its subsidiary is no member of the pair)
  const here = distinct(before.filter((m, k) => !(before[k + 1] && PARENT_DESCRIBES.test(text.slice(m.end, before[k + 1]!.start)))));
  // (models only: "두 회사" is the pair just named, coordinated or not, as a partnering story goes on)
  const lists = count && type === 'Model' ? (memory.lists.get(type) ?? []) : [];
  // ("B는 … 맡아 양사가 함께 개발했다": one company named before the group noun, the group is the earlier pair it was one of)
  const sets = memory.sets.get(type) ?? [];
  const own = here.length === 1 && type === 'Company' && count === 2 ? sets.find((set) => set.length === 2 && set.some((m) => m.key === here[0]!.key)) : undefined;
  if (own) return own;
  for (const set of [here, ...lists, ...sets]) if (count ? set.length === count : set.length >= 2) return set;
  return undefined;
}

/** Between a parent and the subsidiary it describes: "의 클라우드 자회사인 ", "의 계열사 ". */
const PARENT_DESCRIBES = /^의\s(?:[가-힣A-Za-z]{1,8}\s){0,2}(?:자회사|계열사|손자회사|관계사)(?:인|이자)?\s$/;

/** Between two items of a coordinated list: a conjunction or a comma, maybe a short description of the next ("와 경량 버전 "). */
const LIST_JOIN = /^(?:\s?\([^()]{1,30}\))?\s?(?:와|과|및|,|·|그리고)\s?(?:[가-힣]{1,6}\s){0,2}['"‘“]?$/;

/** The sets of two or more companies or models the sentence names: what a later group noun stands for. */
function remember(memory: ClauseMemory, named: Mention[], text: string): void {
  if (named.length < 2) return;
  for (const type of ['Company', 'Model'] as const) {
    const set = distinct(named.filter((m) => m.type === type));
    if (set.length < 2) continue;
    memory.sets.set(type, [set, ...(memory.sets.get(type) ?? [])].slice(0, 4));
    if (type !== 'Model') continue;
    const ordered = [...set].sort((a, b) => a.start - b.start);
    if (ordered.every((m, k) => k === 0 || LIST_JOIN.test(text.slice(ordered[k - 1]!.end, m.start).replace(/^['"’”]/, '')))) memory.lists.set(type, [ordered, ...(memory.lists.get(type) ?? [])].slice(0, 4));
  }
}

function distinct(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.key) ? false : (seen.add(m.key), true)));
}

/** The words between a list and a team word standing for its programme (" 등 다섯 개 ", " 5개 "). */
const COUNTED_TEAM = /^\s(?:등\s)?(?:(?:\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개|곳)?\s?)?$/;

/** A programme reference put before the sentence by addSelectionReference (zero width at 0). */
function isPutFirst(m: Mention): boolean {
  return m.type === 'Policy' && m.via === 'reference' && m.start === 0 && m.end === 0;
}
