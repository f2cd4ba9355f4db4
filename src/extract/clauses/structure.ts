/**
 * One sentence's clause structure: its arguments (mentions and group nouns, lists merged) with the
 * role their particle gives them, its predicates (verb-like words of a known class, or any word with
 * a verb ending) with their form, and the clause segments (connective endings, a comma before a new
 * subject, 그리고/또). Every step scans the sentence once; no regex runs over unbounded text.
 */
import type { NodeType } from '../../graph/index.js';
import { wordStartsOf } from '../../parse/text.js';
import type { Mention } from '../types.js';
import type { ClauseRules, Role } from './data.js';
import { appositionRole, isTopicWord, roleAt } from './roles.js';
import { findPredicates } from './predicates.js';
import { membersOf } from '../pair-references.js';

export { roleOf } from './roles.js';

export interface Arg {
  members: Mention[];
  type: NodeType;
  role: Role;
  start: number;
  end: number;
  seg: number;
  /** The particle that gave the role ("와 함께", "을"). */
  particle?: string;
  /** Members that stand for a group noun ("양사", "세 모델"), not names written here. */
  group?: boolean;
  /** The topic of an earlier sentence, for a sentence that has none. */
  carried?: boolean;
  /** A list whose members act each on their own ("A와 B도 각각 컨소시엄을 꾸려"): no partners of each other. */
  separate?: boolean;
}

export type PredForm = 'relative' | 'connective' | 'finite' | 'question';

export interface Pred {
  cls: string;
  stem: string;
  start: number;
  /** End of the word the predicate is written in. */
  end: number;
  form: PredForm;
  seg: number;
}

export interface Clause {
  text: string;
  args: Arg[];
  preds: Pred[];
  /** Start offsets of the segments (the first is 0). */
  segs: number[];
}

const LIST_SEP = /^['"’”」』》〉)]*\s?(?:[,·、/]|와|과|및|이랑|랑|그리고|,\s?그리고)\s?['"‘“「『《〈]?$/;
/** Between an owner's possessive particle and the model it owns: a space, maybe an opening quote. */
const POSSESSED_RIGHT_AFTER = /^\s?['"‘“]?$/;

/** "A와 안산의 제조 AI 스타트업 B 등도": a kind noun (after a place's possessive) describing the next member of a list that 등 closes. */
const DESCRIBED_MEMBER = /^\s(?:[가-힣A-Za-z]{1,8}의\s)?(?:[가-힣A-Za-z0-9·]{1,8}\s){0,3}(?:기업|스타트업|업체|회사|전문기업|개발사)\s$/;
/** "A, B, 그리고 재도전으로 들어온 C가": the list's last member after "그리고" (or "및"), described by a short relative clause. */
const RELATIVE_LAST_MEMBER = /^,?\s(?:그리고|및)\s(?:[가-힣A-Za-z0-9]{1,10}\s){0,3}([가-힣]{1,6})\s['"‘“]?$/;
/** Whether the words between two list members are "그리고" and a relative clause, its verb in an adnominal form ending in ㄴ ("들어온", "뽑힌"). */
function relativeLastMember(between: string): boolean {
  const verb = RELATIVE_LAST_MEMBER.exec(between)?.[1];
  return verb !== undefined && (verb.charCodeAt(verb.length - 1) - 0xac00) % 28 === 4;
}
const LIST_CLOSED_AFTER = /^(?:\s?\([^()]{1,30}\))?\s?등(?=[은는이가을를도의과와\s])/;
/** "'A'과 경량 모델 'B'를", "A와 경량형 B는": a model noun, or a kind of model in "…형", describing the next model of a coordinated pair. */
const DESCRIBED_MODEL = /^\s(?:(?:[가-힣A-Za-z0-9·]{1,8}\s){0,2}(?:모델|버전|LLM|sLM)|[가-힣]{1,4}형)\s['"‘“「『]?$/;
function describedListMember(text: string, end: number, next: Span, type: NodeType): boolean {
  const between = text.slice(end, next.start);
  return type === 'Model' ? DESCRIBED_MODEL.test(between) : DESCRIBED_MEMBER.test(between) && LIST_CLOSED_AFTER.test(text.slice(next.end));
}
const CLAUSE_WORD = /^(?:그리고|또한|또|하지만|그러나|반면)$/;

type Span = { start: number; end: number; members: Mention[]; type: NodeType; group?: boolean };

/** Builds the clause structure of one sentence. `resolveGroup` maps a group noun to the entities it stands for. */
export function buildClause(text: string, mentions: Mention[], rules: ClauseRules, resolveGroup: (type: NodeType, count: number, at: number) => Mention[] | undefined): Clause {
  const { args, spans } = clauseArgs(text, mentions, rules, resolveGroup);
  return finishClause(text, args, spans, rules);
}

/** An honorific after a person's name, before its particle. */
const HONORIFIC_AFTER = /^\s?(?:씨|님)(?=은|는|이|가|을|를|의|와|과|도)/;

/** The arguments of a sentence with the roles their particles give them (what a clause's predicates will take). */
export function clauseArgs(text: string, mentions: Mention[], rules: ClauseRules, resolveGroup: (type: NodeType, count: number, at: number) => Mention[] | undefined): { args: Arg[]; spans: Span[] } {
  const ms = mentions.filter((m) => m.via !== 'anonymous' && m.via !== 'blocked').sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let lastEnd = -1;
  for (const m of ms) {
    if (m.start < lastEnd) continue;
    spans.push({ start: m.start, end: m.end, members: membersOf(m), type: m.type, group: Boolean(m.alsoFor) });
    lastEnd = m.end;
  }
  if (rules.groupSet.test(text)) for (const g of rules.groups) {
    for (const at of wordStartsOf(text, g.form)) {
      const end = at + g.form.length;
      if (spans.some((s) => s.start < end && at < s.end)) continue;
      const members = resolveGroup(g.type, g.count, at);
      if (members?.length) spans.push({ start: at, end, members, type: g.type, group: true });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const args: Arg[] = [];
  let describedAt = -1; // where a list member described by a kind noun starts ("A와 안산의 AI 기업 B 등")
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    // "X(대표 NAME)가": names inside a parenthesis right after a name are its apposition; the name before takes the particle after it
    const close = appositionClose(text, s.end);
    if (close > 0) while (spans[i + 1] && spans[i + 1]!.start > s.end && spans[i + 1]!.end <= close) i++;
    const next = spans[i + 1];
    let { role, end, particle } = roleAt(text, s.end, next?.start ?? text.length, rules);
    // "NAME 씨는", "NAME님이": the honorific before the particle; else a title after the name ("NAME 대표는")
    const honorific = s.type === 'Person' ? HONORIFIC_AFTER.exec(text.slice(s.end, s.end + 3)) : null;
    if (role === 'bare' && honorific) ({ role, end, particle } = roleAt(text, s.end + honorific[0].length, next?.start ?? text.length, rules));
    if (role === 'bare' && s.type === 'Person') ({ role, end } = appositionRole(text, s.end, rules) ?? { role, end });
    // "'X 프로젝트'에서도 … 선발돼": a programme is where a company takes part, never an agent ("네이버에서도");
    // "A는 X에서 …했고, Y에서는 … 받았다": a benchmark after the sentence's own model is where it scored, not a new topic
    // (one opening the sentence stays the topic: the model of the sentence before is no scorer there)
    if ((role === 'subj' && s.type === 'Policy') || (s.type === 'Benchmark' && args.some((a) => a.type === 'Model'))) if (particle?.startsWith('에서') || particle === '에선') role = 'at';
    const prev = args.at(-1);
    // a list ("X, Y와 Z가"): the members share the role of the last one
    // ("구글의 X, 알리바바의 Y, 메타의 Z를": a member its owner's possessive opens still joins the list before that possessive)
    const owned = prev && prev.role === 'poss' && prev.type === 'Company' && s.type === 'Model' && POSSESSED_RIGHT_AFTER.test(text.slice(prev.end, s.start)) ? listBeforeOwner(args) : undefined;
    if (owned && owned.role === 'bare' && owned.type === s.type && LIST_SEP.test(text.slice(owned.end, prev!.start)) && ownedToo(args, owned, text)) {
      owned.members.push(...s.members);
      owned.role = role;
      owned.particle = particle;
      owned.end = end;
      continue;
    }
    if (prev && prev.role === 'bare' && prev.type === s.type && (LIST_SEP.test(text.slice(prev.end, s.start)) || describedAt === s.start || relativeLastMember(text.slice(prev.end, s.start)))) {
      prev.members.push(...s.members);
      prev.group ||= s.group;
      prev.role = role;
      prev.particle = particle;
      prev.end = end;
      continue;
    }
    // ("A 컨소시엄과 B 컨소시엄을": a head word between the member and its bare 와/과; the next member joins it all the same, not after "과 함께")
    if (role === 'with' && next && next.type === s.type && ((/^\s?['"‘“「『《〈]?$/.test(text.slice(end, next.start)) && (particle !== '와' && particle !== '과' || (describedAt = next.start) >= 0)) || (describedListMember(text, end, next, s.type) && (describedAt = next.start) >= 0))) {
      args.push({ members: [...s.members], type: s.type, role: 'bare', start: s.start, end: s.end, seg: 0, group: s.group });
      continue;
    }
    args.push({ members: [...s.members], type: s.type, role, start: s.start, end, seg: 0, particle, group: s.group });
  }
  for (const a of args) if (a.members.length > 1 && EACH_AFTER.test(text.slice(a.end, a.end + 8))) a.separate = true;
  return { args, spans };
}

/** "각각", "각자", "따로": right after a list, its members act each on their own. */
const EACH_AFTER = /^\s?(?:각각|각자|제각각|저마다|따로|별도로)\s/;

/** The list's first member has its owner's possessive too ("X의 A, Y의 B"): a parallel list, not "자체 개발한 A, Y의 B를 바탕으로 만든 C". */
function ownedToo(args: Arg[], list: Arg, text: string): boolean {
  const before = args[args.indexOf(list) - 1];
  return !!before && before.role === 'poss' && before.type === 'Company' && POSSESSED_RIGHT_AFTER.test(text.slice(before.end, list.start));
}

/** The arg before the last one (an owner's possessive), past earlier owners' possessives inside it ("X의 A, Y의 B, Z의 C"). */
function listBeforeOwner(args: Arg[]): Arg | undefined {
  let j = args.length - 2;
  while (j > 0 && args[j]!.role === 'poss' && args[j]!.type === 'Company' && args[j - 1]!.end >= args[j]!.end) j--;
  return args[j];
}

/** Where a parenthesis that opens right after a name (past its closing quotes) closes, if it closes within 40 characters; else -1. */
function appositionClose(text: string, from: number): number {
  let i = from;
  while (i < text.length && /['"’”」』]/.test(text[i]!)) i++;
  if (text[i] !== '(') return -1;
  const close = text.indexOf(')', i);
  return close > 0 && close - i < 40 && !text.slice(i + 1, close).includes('(') ? close : -1;
}

/** The predicates and clause segments of a sentence whose arguments `clauseArgs` read; gives each its segment. */
export function finishClause(text: string, args: Arg[], spans: Span[], rules: ClauseRules): Clause {
  const ws = words(text);
  const preds = findPredicates(text, spans, rules, ws);
  const segs = [0];
  for (const p of preds) if (p.form === 'connective') segs.push(p.end);
  // (a list's own "그리고", "A, B, 그리고 C가", opens no clause)
  for (const w of ws) if (w.text.length <= 3 && CLAUSE_WORD.test(w.text) && !args.some((a) => a.start < w.start && w.start < a.end)) segs.push(w.start);
  // a comma before a new subject or topic starts a clause
  // (and so does a quotation that opens on one right after another closes: "…했다"며 "Y는 …")
  for (const a of args) if ((a.role === 'subj' || a.role === 'topic') && (/,\s*['"‘“]?$/.test(text.slice(Math.max(0, a.start - 4), a.start)) || /["”][가-힣]{0,3}\s["“]$/.test(text.slice(Math.max(0, a.start - 8), a.start)))) segs.push(a.start);
  // and so does a comma before a topic that names no entity (", 법률 분야는")
  if (text.includes(','))
    ws.forEach((w, k) => {
    if (text[w.end] !== ',') return;
    const topic = ws.slice(k + 1, k + 3).find((x) => isTopicWord(x.text));
    if (topic && !args.some((a) => a.start <= topic.start && topic.start < a.end) && !preds.some((p) => p.start <= topic.start && topic.start < p.end)) segs.push(ws[k + 1]!.start);
  });
  segs.sort((a, b) => a - b);
  for (let k = segs.length - 1; k > 0; k--) if (segs[k] === segs[k - 1]) segs.splice(k, 1);
  for (const a of args) a.seg = segOf(segs, a.start);
  for (const p of preds) p.seg = segOf(segs, p.start);
  return { text, args, preds, segs };
}

function segOf(segs: number[], at: number): number {
  let k = 0;
  while (k + 1 < segs.length && segs[k + 1]! <= at) k++;
  return k;
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

const TRAILING = /[.,!?;:'"’”」』)\]]/;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x3000;

/** The sentence's words without trailing punctuation, in one pass. */
function words(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    let end = i;
    while (end > start && TRAILING.test(text[end - 1]!)) end--;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
