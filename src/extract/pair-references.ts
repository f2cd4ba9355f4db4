/**
 * "양사", "두 회사": the two companies of the partnership just named, or of the sentence before, as a
 * reference that stands for both (`alsoFor`).
 */
import { referenceAt } from './references.js';
import type { Mention } from './types.js';

/** "양사가 함께 개발하는", "두 회사는 … 협력한다", "the two companies will co-develop": the two companies of the partnership just named. */
const BOTH_REF = /(?<![가-힣])(?:양사|두 회사|두 기업)(?=가|는|도|의|\s)|\b[Tt]he two (?:companies|firms)(?=[ ,])/;

/** A reference to the partnership's first company that also stands for the second (see `alsoFor`); true when one was added. */
export function addBothReference(text: string, ms: Mention[], given: [Mention, Mention] | undefined, topic?: Mention): boolean {
  const r = BOTH_REF.exec(text);
  if (!r) return false;
  const before = ms.filter((x) => x.type === 'Company' && x.via !== 'blocked' && x.start < r.index + r[0].length);
  // ("A는 B와 … 파트너십을 맺고 있는데, 양사가 …": the two companies of the sentence's earlier clause)
  // ("… B 데이터팀과 같이 작업했고, 두 회사가 …": the clause's omitted subject, the company the article is about, and its partner)
  // ("Under the agreement with B, the two companies …": the one company named before is one of the partnership just named)
  const pair = before.length ? (pairInEarlierClause(text, before, r.index) ?? partnerOfOmittedSubject(text, before, r.index, topic) ?? (TOGETHER_AFTER.test(text.slice(r.index + r[0].length, r.index + r[0].length + 12)) ? topicAndOther(text, before) : undefined) ?? givenHolding(given, before)) : given;
  if (!pair) return false;
  const [a, b] = pair;
  ms.push({ ...referenceAt(a, r), alsoFor: referenceAt(b, r) });
  ms.sort((x, y) => x.start - y.start);
  return true;
}

/** The partnership just named, where every company named before the reference is one of its two. */
function givenHolding(given: [Mention, Mention] | undefined, before: Mention[]): [Mention, Mention] | undefined {
  return given && before.every((m) => m.key === given[0].key || m.key === given[1].key) ? given : undefined;
}

/** "세 회사가", "네 기업은", "3사가": a counted group of more than two companies. */
const COUNTED_REF = /(?<![가-힣])(?:(세|네) (?:회사|기업|곳)|([34])사)(?=가|는|도|의|\s|(?<=[업곳])(?:이|은)(?![가-힣]))/;

/**
 * "이번 작업은 B의 NAME 님, C의 NAME 님과 공동 연구로 진행했어요. 세 회사가 함께 개발한 …": a counted group the
 * sentence before names in full, or one short of the count with the company the article is about (the omitted subject
 * of a clause naming the others as its partners); else the companies the article's sentences so far open with as their
 * subjects, when they are as many ("A는 …. B는 …. C는 …. 세 회사는 모두 …"). A reference to the first member, chained
 * through `alsoFor`.
 */
export function addCountedGroupReference(text: string, ms: Mention[], sentences: { text: string; mentions: Mention[] }[], topic: Mention | undefined): boolean {
  const r = COUNTED_REF.exec(text);
  const before = sentences.at(-1);
  // (a company named before it is the group's own subject; an omitted subject put before the sentence is none)
  if (!r || !before || ms.some((x) => x.type === 'Company' && x.via !== 'blocked' && x.via !== 'reference' && x.start < r.index)) return false;
  const count = r[1] === '세' || r[2] === '3' ? 3 : 4;
  const group = groupNamedBefore(before, count, topic) ?? subjectsSoFar(sentences);
  if (group.length !== count) return false;
  let chained: Mention | undefined;
  for (const m of [...group].reverse()) chained = { ...referenceAt(m, r), ...(chained ? { alsoFor: chained } : {}) };
  ms.push(chained!);
  ms.sort((x, y) => x.start - y.start);
  return true;
}

/** The group the sentence before names: in full, or one short of `count` with the omitted subject its partners are joined to. */
function groupNamedBefore(before: { text: string; mentions: Mention[] }, count: number, topic: Mention | undefined): Mention[] | undefined {
  const named = new Map<string, Mention>();
  for (const m of before.mentions) if (m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && !named.has(m.key)) named.set(m.key, m);
  let group = [...named.values()];
  const last = group.at(-1);
  // (one short: the others joined to the omitted subject as partners, "…과 공동 연구로", "…와 함께")
  if (group.length === count - 1 && topic && !named.has(topic.key) && last && PARTNERS_AFTER.test(before.text.slice(last.end, last.end + 60))) group = [topic, ...group];
  return group.length === count ? group : undefined;
}

/** A company opening its sentence as the subject ("A는 ", "한편 B가 "): the first thing named, within a short adverb of the start. */
const OPENING_SUBJECT = /^(?:\s?\([^()]{1,20}\))?(?:은|는|이|가)\s/;

/** The companies the sentences so far open with as their subjects, in order of first mention. */
function subjectsSoFar(sentences: { text: string; mentions: Mention[] }[]): Mention[] {
  const named = new Map<string, Mention>();
  for (const s of sentences) {
    const m = s.mentions.find((x) => x.via !== 'blocked');
    if (m && m.type === 'Company' && m.via !== 'reference' && m.start <= 4 && OPENING_SUBJECT.test(s.text.slice(m.end, m.end + 24)) && !named.has(m.key)) named.set(m.key, m);
  }
  return [...named.values()];
}

/** After the last partner named: a person's name and honorific maybe, then 와/과 and a word of working together. */
const PARTNERS_AFTER = /^(?:\s?\([^()]{1,30}\))?(?:의\s[가-힣]{2,4}\s?(?:님|씨|[가-힣]{1,6}(?:장|원|자))(?:\s?\([^()]{1,40}\))?)?(?:와|과)\s(?:함께|손잡|공동|같이|협업|협력)/;

/** A mention and every company it also stands for (a pair's or a counted group's other members). */
export function membersOf(m: Mention): Mention[] {
  const out = [m];
  for (let x = m.alsoFor; x && out.length < 6; x = x.alsoFor) out.push(x);
  return out;
}

/** A clause's end between the pair and "양사": a comma or a connective ending ("…맺고 있는데, 양사가"). */
const CLAUSE_BETWEEN = /(?:,|는데|으며|이며|했고|하고)\s/;

/** "A는 B와 … 있는데, 양사가": the two companies, one the topic and the other joined to it by 와/과, of an earlier clause. */
function pairInEarlierClause(text: string, before: Mention[], at: number): [Mention, Mention] | undefined {
  if (before.length !== 2 || before[0]!.key === before[1]!.key || before.some((m) => m.via === 'reference')) return undefined;
  const [a, b] = before as [Mention, Mention];
  if (!/^(?:\([^()]{1,20}\))?(?:은|는|이|가)\s/.test(text.slice(a.end, a.end + 24)) || !/^(?:\([^()]{1,20}\))?(?:와|과)\s/.test(text.slice(b.end, b.end + 24))) return undefined;
  return CLAUSE_BETWEEN.test(text.slice(b.end, at)) ? [a, b] : undefined;
}

/** After "두 회사": its subject particle and a word of doing it together ("가 함께 ", "는 공동으로 "). */
const TOGETHER_AFTER = /^(?:가|는)\s(?:함께|공동으로|같이)\s/;
/** After the sentence's first company: its topic particle, maybe through its consortium ("A 컨소시엄은 ", "A는 "). */
const TOPIC_AFTER = /^(?:\s?\([^()]{1,20}\))?(?:\s컨소시엄)?(?:은|는)\s/;

/**
 * "A 컨소시엄은 A가 개발한 X를 바탕으로, B의 기술을 결합한 Y를 두 회사가 함께 만든다": the sentence's topic and the one
 * other company named before "두 회사" (its own mentions, however many times, and one other, even as a possessive).
 */
function topicAndOther(text: string, before: Mention[]): [Mention, Mention] | undefined {
  const a = before[0]!;
  const others = new Map(before.filter((m) => m.key !== a.key && m.via !== 'reference').map((m) => [m.key, m]));
  if (others.size !== 1 || a.via === 'reference' || !TOPIC_AFTER.test(text.slice(a.end, a.end + 12))) return undefined;
  return [a, [...others.values()][0]!];
}

/** "B와", "B 데이터팀과", "B(Gloss)와": a partner joined by 와/과, maybe through one of its teams. */
const JOINED_PARTNER_AFTER = /^(?:\s?\([^()]{1,20}\))?(?:\s[가-힣A-Za-z]{1,10}(?:팀|부문|본부|연구소|랩|센터))?(?:와|과)\s/;

/** "B와 … 작업했고, 두 회사가 …": an earlier clause with no subject of its own names one partner of the company the article is about. */
/** (the partner may be named more than once before it, "B와의 계약 … B와 체결한 …, 양사가": its last mention is read) */
function partnerOfOmittedSubject(text: string, before: Mention[], at: number, topic: Mention | undefined): [Mention, Mention] | undefined {
  const b = before.at(-1);
  if (!topic || !b || before.some((m) => m.key !== b.key) || b.via === 'reference' || b.key === topic.key) return undefined;
  return JOINED_PARTNER_AFTER.test(text.slice(b.end, b.end + 24)) && CLAUSE_BETWEEN.test(text.slice(b.end, at)) ? [topic, b] : undefined;
}

/**
 * "대상을 받은 A와 B는 각각 …": two companies coordinated as a sentence's topic; a "두 회사는" soon after stands for
 * them as it does for a partnership's pair ("후보로는 A와 B가 거론된다" names no topic).
 */
export function coordinatedSubjects(text: string, ms: Mention[]): [Mention, Mention] | undefined {
  const cs = ms.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference');
  for (let i = 0; i + 1 < cs.length; i++) {
    const [a, b] = [cs[i]!, cs[i + 1]!];
    if (a.key !== b.key && /^(?:와|과)\s$/.test(text.slice(a.end, b.start)) && /^(?:은|는)\s/.test(text.slice(b.end, b.end + 3))) return [a, b];
  }
  return undefined;
}

/**
 * "두 회사는 …" with no pair just named: the companies of the nearest of the last two sentences that names any — its two
 * companies, or the one it names as its subject with the company the article is about ("검증에는 스타트업 C가 참여했다.
 * 두 회사는 …").
 */
/** What "두 회사"/"양사" stands for as the article goes: the last partnership's pair, and the pair just named (with its sentence). */
export interface PairMemory {
  partnership?: [Mention, Mention];
  recent?: { pair: [Mention, Mention]; at: number };
}

/** The pair "두 회사" means in sentence `i`: one named in the last two sentences, else the nearest sentence's companies, else the last partnership's. */
/** (`subject`: the company the last sentences were about, or the maker of the model in focus: the other side of an English tie when the article has no topic company) */
export function pairAt(mem: PairMemory, i: number, before: { text: string; mentions: Mention[] }[], topic: Mention | undefined, subject?: Mention): [Mention, Mention] | undefined {
  return mem.recent && i - mem.recent.at <= 2 ? mem.recent.pair : (pairNamedBefore(before, topic, topic ?? subject) ?? mem.partnership ?? subjectsOfLastTwo(before));
}

/** A company opening its sentence as the topic or subject, or as the place of one ("A는 ", "B에서는 "). */
const OPENS_AS_TOPIC = /^(?:\s?\([^()]{1,20}\))?(?:은|는|이|가|에서는)\s/;

/** "A는 …. B에서는 …. 두 회사는 …": the two companies the last two sentences open on, one each, where no partnership was named. */
function subjectsOfLastTwo(before: { text: string; mentions: Mention[] }[]): [Mention, Mention] | undefined {
  if (before.length !== 2) return undefined;
  const [a, b] = before.map((s) => s.mentions.find((x) => x.via !== 'blocked' && x.via !== 'reference'));
  const opens = (m: Mention | undefined, text: string) => m?.type === 'Company' && m.start <= 4 && OPENS_AS_TOPIC.test(text.slice(m.end, m.end + 24));
  return opens(a, before[0]!.text) && opens(b, before[1]!.text) && a!.key !== b!.key ? [a!, b!] : undefined;
}

/** ("C와 진행 중인 … 공동 개발", "C와 추진하는 협력 사업": a partner in work under way with the omitted subject) */
const ONE_OF_PAIR = /^(?:\s?\([^()]{1,30}\))?(?:(?:이|가|은|는|도)\s|(?:와|과)의\s|(?:와|과)\s(?:함께|손잡|공동)|(?:와|과)\s(?:진행|추진)\s?(?:중인|하는|하고\s있는)\s[^.]{0,24}?(?:공동|협력|협업))/;
/** A company said to take no part: "관여하지 않는다", "참여하지 않았다", "협력은 없다". */
const KEPT_OUT = /(?:관여|참여|참가|개입)(?:하지|하고\s있지|치)\s?않|(?:협력|협업|공동\s?개발)(?:은|는|도)?\s(?:없|하지\s?않)/;
/** Before a partner, in English: a word for the tie and "with" ("a partnership with ", "its alliance with ", "a joint venture with "). */
const EN_TIE_WITH = /\b(?:partnership|alliance|tie-up|collaboration|joint\sventure|co-development\sdeal)\swith\s$/;
/** A dealing word, then the partner within the clause ("라이선스 협의도 ", "공급 계약은 "). */
const DEALING_BEFORE = /(?:협의|협상|논의|계약|협약|제휴|거래)(?:도|는|은|가|이)?\s(?:[^\s.,]{1,8}\s){0,2}$/;
/** After the partner: its side ("쪽", "측"), maybe, and 와/과. */
const SIDE_WITH_AFTER = /^(?:\s?\([^()]{1,30}\))?(?:\s?(?:쪽|측))?(?:와|과)\s/;

/** "라이선스 협의도 C 쪽과 …": the company the sentence's dealing was with. */
function sideOfDealing(text: string, c: Mention): boolean {
  return SIDE_WITH_AFTER.test(text.slice(c.end, c.end + 40)) && DEALING_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start));
}

function pairNamedBefore(before: { text: string; mentions: Mention[] }[], topic: Mention | undefined, enTopic: Mention | undefined): [Mention, Mention] | undefined {
  for (let k = before.length - 1; k >= 0; k--) {
    const named = new Map<string, Mention>();
    for (const m of before[k]!.mentions) if (m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && !named.has(m.key)) named.set(m.key, m);
    if (named.size === 0) continue;
    const cs = [...named.values()];
    if (cs.length === 2) return [cs[0]!, cs[1]!];
    // (the one company as the sentence's subject or partner: "검증에는 C가 참여했다", "C와의 협력이", "C(Gloss)와 함께 만든";
    // not "C의 칩 기반 서버에서")
    // (not one the sentence keeps out of the work: "C는 기술 협력에는 관여하지 않는다")
    // (or, in English, the partner after a word for the tie: "… rests on a partnership with C, an Osaka-based …")
    const text = before[k]!.text;
    // (or the other side of a dealing the sentence names: "라이선스 협의도 C 쪽과 원만하게 됐다", "공급 계약은 C와 맺었다")
    if (cs.length === 1 && topic && topic.key !== cs[0]!.key && (ONE_OF_PAIR.test(text.slice(cs[0]!.end, cs[0]!.end + 40)) || sideOfDealing(text, cs[0]!)) && !KEPT_OUT.test(text.slice(cs[0]!.end))) return [topic, cs[0]!];
    if (cs.length === 1 && enTopic && enTopic.key !== cs[0]!.key && EN_TIE_WITH.test(text.slice(Math.max(0, cs[0]!.start - 40), cs[0]!.start))) return [enTopic, cs[0]!];
    return undefined;
  }
  return undefined;
}
