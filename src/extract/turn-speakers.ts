/**
 * The speakers of a roundtable's or a print interview's marked turns ("▶홍길동 대표=…", see quoted.ts): a
 * speaker from a company speaks for it (the turn's subjectless and first-person sentences are about it),
 * and an official speaks for the programmes the turn names.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { isContrasted } from './person-references.js';
import { turnAffiliationOf, turnSpeakerOf } from './quoted.js';
import { speechSectionOfficial } from './speech-sections.js';
import type { Mention } from './types.js';

/** A name, then a ministry, an agency or a commission (a caption's "NAME X부 Y과장", a participant table's "NAME | X부 | …"). */
const GOVERNMENT_AFTER = /^\s?(?:\|\s)?[가-힣]{1,12}(?:부(?<!사업부|본부|내부|외부)|청|처|위원회)(?:\s|$)/;

/** What stands between a speaker's name and the company right after it: a space, or a table's cell border. */
const COMPANY_AFTER = /^\s?(?:\|\s)?$/;

export interface TurnSpeakers {
  /** The names the marked turns give their speakers. */
  names: Set<string>;
  /** Each speaker's person mention (first seen), by name. */
  persons: Map<string, Mention>;
  /** The speakers the page places at a ministry, an agency or a commission. */
  officials: Set<string>;
  /** The company the page places each speaker at ("NAME COMPANY TITLE" in a caption, "NAME | COMPANY | TITLE" in a participant table). */
  companies: Map<string, Mention>;
  /** The speaker of the last turn read. */
  last?: string;
}

/** The people who speak the page's marked turns (their mentions are noted as the sentences are read: see noteTurnSpeakers). */
export function readTurnSpeakers(sentences: Sentence[], find: (text: string) => Mention[]): TurnSpeakers {
  const names = new Set<string>();
  const companies = new Map<string, Mention>();
  for (const s of sentences) {
    const n = turnSpeakerOf(s);
    if (n) names.add(n);
    // a transcript's label places its speaker ("게스트(NAME, X랩 CTO):"): the first company it names
    const affiliation = n && !companies.has(n) ? turnAffiliationOf(s) : undefined;
    const company = affiliation ? find(affiliation).find((m) => m.type === 'Company' && m.via !== 'blocked' && m.start === 0) : undefined;
    if (company) companies.set(n!, company);
  }
  return { names, persons: new Map(), officials: new Set(), companies };
}

/** Notes a sentence's mentions of the turns' speakers, and which of them the sentence places at a public body. */
export function noteTurnSpeakers(speakers: TurnSpeakers, s: Sentence, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'Person' || m.via === 'reference' || !speakers.names.has(m.surface)) continue;
    if (!speakers.persons.has(m.surface)) speakers.persons.set(m.surface, m);
    if (GOVERNMENT_AFTER.test(s.text.slice(m.end, m.end + 30))) speakers.officials.add(m.surface);
    const next = mentions.find((x) => x.start >= m.end && x.via !== 'reference');
    if (next?.type === 'Company' && COMPANY_AFTER.test(s.text.slice(m.end, next.start)) && !speakers.companies.has(m.surface)) speakers.companies.set(m.surface, next);
  }
}

/** The company the speaker of this turn's sentence works for, as a mention from the page. */
export function turnCompanyOf(s: Sentence, speakers: TurnSpeakers): Mention | undefined {
  const name = turnSpeakerOf(s);
  return name && !speakers.officials.has(name) ? speakers.companies.get(name) : undefined;
}

/** An official's turn that names a programme (not only in contrast; by its name or a reference to it, "추가 공모를 열어"): the official speaks for it. */
export function addOfficialTurnPromotes(acc: Acc, articleId: string, s: Sentence, mentions: Mention[], speakers: TurnSpeakers): void {
  const name = turnSpeakerOf(s);
  if (!name || !speakers.officials.has(name)) return;
  const person = speakers.persons.get(name)!;
  for (const m of mentions) {
    if (m.type !== 'Policy' || isContrasted(s.text, m)) continue;
    addRelation(acc, { relation: 'PROMOTES', source: person.key, target: m.key, properties: {} }, evidenceOf(articleId, s, 'promotes.official-turn', 0.6));
  }
}

/** A minutes turn opened by an official's label ("○X부장관 NAME", "○X부제1차관 NAME", "○X청장 NAME"; a council's "○도지사 NAME", "○경제부시장 NAME"): the name it gives. */
const OFFICIAL_LABEL = /^[○◯]\s?(?:[가-힣]{1,16}?(?:부|청|처|위원회)\s?(?:제\d)?[가-힣]{0,4}?(?:장관|차관|청장|처장|위원장|실장|국장|정책관|관)|[가-힣]{0,6}?(?:도지사|부지사|시장|부시장|군수|구청장|교육감))\s([가-힣]{2,4})(?:\s|$)/;
/** What an official who speaks for a programme says of it: it is pushed, looked after, answered for, led, headed ("제가 총괄을 맡아"). */
const PUSHES = /(?:추진|챙기|챙겨|책임지고|이끌|주도|(?:단장|총괄|책임자)(?:을|를)\s맡)(?!(?:하|되)?지\s?(?:않|못|말)|(?:할|될)\s?(?:계획|예정)은\s?없)/;

/** The official whose minutes turn is running, per article (the sentences after a "○X부장관 NAME" label, up to the next label). */
const turnOfficial = new WeakMap<Acc, string | null>();
/** The official whose speech section is running, per article (the lines after a "【 축 사 】 X부 제1차관 NAME" heading, up to the next heading). */
const speechOfficial = new WeakMap<Acc, string | null>();

/**
 * "○X부제1차관 NAME  Y 프로젝트는 제가 직접 챙기며 … 추진하고 있습니다": an official's minutes turn that pushes a programme it names
 * speaks for it, in the sentence the label opens and in the turn's later sentences ("둘째, 정부는 Z 정책을 … 추진하겠습니다");
 * so does a line of an official's speech section ("【 축 사 】 X부 제1차관 NAME" / "○ 정부는 Y를 흔들림 없이 추진하고 있습니다").
 */
export function addMinutesOfficialPromotes(acc: Acc, articleId: string, s: Sentence, mentions: Mention[]): void {
  const section = speechSectionOfficial(s, mentions);
  if (section !== undefined) speechOfficial.set(acc, section);
  const speaker = section === undefined ? speechOfficial.get(acc) : undefined;
  if (speaker && PUSHES.test(s.text)) addPushedPolicies(acc, articleId, s, mentions, speaker, 0, 'promotes.speech-section-official');
  const opens = s.text.startsWith('○') || s.text.startsWith('◯');
  const label = opens ? OFFICIAL_LABEL.exec(s.text) : null;
  if (opens) turnOfficial.set(acc, (label && mentions.find((m) => m.type === 'Person' && m.surface === label[1] && m.end <= label[0].length)?.key) ?? null);
  const official = turnOfficial.get(acc);
  const from = label ? label[0].length : 0;
  if (!official || (opens && !label) || !PUSHES.test(s.text.slice(from))) return;
  addPushedPolicies(acc, articleId, s, mentions, official, from, 'promotes.minutes-official-turn');
}

/** PROMOTES from the official to each programme the sentence names after `from` (by its name, not only in contrast). */
function addPushedPolicies(acc: Acc, articleId: string, s: Sentence, mentions: Mention[], official: string, from: number, rule: string): void {
  for (const m of mentions) {
    if (m.type !== 'Policy' || m.via === 'reference' || m.start < from || isContrasted(s.text, m)) continue;
    addRelation(acc, { relation: 'PROMOTES', source: official, target: m.key, properties: {} }, evidenceOf(articleId, s, rule, 0.6));
  }
}

/** True when this sentence opens the turn of a speaker other than the last one's. */
export function newTurnSpeaker(speakers: TurnSpeakers, s: Sentence): boolean {
  const name = turnSpeakerOf(s);
  if (!name || name === speakers.last) return false;
  speakers.last = name;
  return true;
}

/** After the model a question opens on: its alias in parentheses, then a subject or topic particle ("X(Y)가 … 사실인가요?"). */
const ASKED_SUBJECT_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:은|는|이|가)\s/;

/** The model a question turn is about: the one it opens on as its subject ("X가 Z 기반이라는 얘기가 있던데 사실인가요?"). */
export function askedModel(text: string, mentions: Mention[]): Mention | undefined {
  const first = mentions.find((m) => m.via !== 'reference');
  return first?.type === 'Model' && /^\s*['"‘“]?$/.test(text.slice(0, first.start)) && ASKED_SUBJECT_AFTER.test(text.slice(first.end, first.end + 34)) ? first : undefined;
}

/** The company every answering speaker the page places is at, and those speakers' names. */
export interface Answerer {
  company: Mention;
  names: Set<string>;
}

/** The one company all the turns' placed speakers work for (none when they are placed at two or more). */
export function soleAnswerer(speakers: TurnSpeakers): Answerer | undefined {
  const companies = new Set([...speakers.companies.values()].map((m) => m.key));
  if (companies.size !== 1) return undefined;
  return { company: [...speakers.companies.values()][0]!, names: new Set(speakers.companies.keys()) };
}
