/**
 * References to people and what officials speak of: a surname and a title for the person of that
 * surname named before ("배 장관이"), and an official's statement about the article's one programme
 * (a programme named only in contrast, or a slogan inside quoted speech, does not count).
 */
import { discoveredMention } from './engine/discover-common.js';
import { isKoreanName } from './engine/person-names.js';
import { isFullNameShape, surnameOf } from './engine/full-name.js';
import { inSpeech } from './korean.js';
import { alternation, perRuleSet } from './engine/compile.js';
import { referenceTo } from './references.js';
import { titleRes } from './title-patterns.js';
import type { Mention, RuleSet } from './types.js';

/** Notes each full name a sentence named under its surname (a two-syllable one too: 남궁 of 남궁민수), for the references after it. */
export function noteSurnames(mentions: readonly Mention[], bySurname: Map<string, Mention>): void {
  for (const m of mentions) if (m.type === 'Person' && m.via !== 'reference' && isFullNameShape(m.surface)) bySurname.set(surnameOf(m.surface), m);
}

export function addSurnameReferences(text: string, ms: Mention[], bySurname: Map<string, Mention>, rules: RuleSet): void {
  if (!bySurname.size) return;
  // (a match whose surname no one named before has is passed over: a text with none of those surnames has nothing to read)
  let named = false;
  for (const surname of bySurname.keys()) if (text.includes(surname)) named = true;
  if (!named) return;
  const SURNAME_TITLE = titleRes(rules).surnameTitle;
  SURNAME_TITLE.lastIndex = 0;
  for (let r = SURNAME_TITLE.exec(text); r; r = SURNAME_TITLE.exec(text)) {
    const p = bySurname.get(r[1]!);
    const end = r.index + r[0].length;
    if (!p || ms.some((x) => x.key === p.key || (x.start < end && r!.index < x.end))) continue;
    // an official's surname stands for the name, the title after it as after a full name ("배 장관은" reads like "배경훈 장관은");
    // a company title stays inside the reference ("윤 상무의 후임으로" names no post held)
    const official = rules.lexicon.officialTitles.includes(r[0].slice(r[1]!.length).trim());
    ms.push(referenceTo(p, r.index, official ? r.index + r[1]!.length : end));
    ms.sort((a, b) => a.start - b.start);
  }
}

/** "그는 …", "이후 그녀가 …": a sentence opening on a personal pronoun (maybe after a word of time, not of the past: "앞서 그는" tells a former post), its subject. */
const PRONOUN_SUBJECT = /^(?:(?:이후|이어|이어서|현재|지금은|올해)\s)?(?:그녀|그)(?=(?:는|가)\s)/;

/**
 * "한재석 전 기술리더의 이동이다. 그는 크래프톤의 CAIO로 일한다": a sentence whose subject is "그" or "그녀" speaks of the
 * one person the sentence before it named (none where it named none, or several).
 */
export function addPronounReference(text: string, ms: Mention[], before: readonly Mention[] | undefined): void {
  addPossessivePronounGroup(text, ms, before);
  const r = PRONOUN_SUBJECT.exec(text);
  if (!r || !before) return;
  const people = [...new Map(before.filter((m) => m.type === 'Person').map((m) => [m.key, m])).values()];
  const start = r.index + r[0].length - (r[0].endsWith('그녀') ? 2 : 1);
  if (people.length !== 1 || ms.some((m) => m.start < r.index + r[0].length && start < m.end)) return;
  ms.push(referenceTo(people[0]!, start, r.index + r[0].length));
  ms.sort((a, b) => a.start - b.start);
}

/** "His consortium includes …", "Her team counts …": an English possessive pronoun opening the sentence before a group word. */
const EN_PRONOUN_GROUP = /^(?:His|Her)(?=\s(?:consortium|team)\s)/;

/**
 * "X CEO NAME has argued …. His consortium includes B and C": the pronoun's group is that of the one company the sentence
 * before named beside its one person (none where it named several of either, or none).
 */
function addPossessivePronounGroup(text: string, ms: Mention[], before: readonly Mention[] | undefined): void {
  const r = EN_PRONOUN_GROUP.exec(text);
  if (!r || !before || ms.some((m) => m.start < r[0].length)) return;
  const of = (type: string) => [...new Map(before.filter((m) => m.type === type).map((m) => [m.key, m])).values()];
  const [people, companies] = [of('Person'), of('Company')];
  if (people.length !== 1 || companies.length !== 1) return;
  ms.unshift(referenceTo(companies[0]!, 0, r[0].length));
}

/**
 * "'X 사업'과 별도로", "'X 사업'과는 별도로", "X와 달리": a programme named only to set another apart from it; "X의 후속
 * (연계) 사업으로", "X의 후속으로", "X를 잇는 사업", "X를 대체해": named only as the one the article's programme follows; "X 등 다른 사업에": named as another than the article's; "X로 키우고, … 이 사업으로": set beside the
 * article's own programme; "X 도전설에 대해": named only in a rumour the sentence reports.
 */
const CONTRASTED = /^['"’”」』]?\s?(?:(?:도전|참여|참가|합류|진출|지원|선정)설(?:에|을|이|은|는|과|도|까지)?\s|(?:와|과)(?:는|도)?\s(?:별도로|별개로|달리|다르게)|(?:에 비해|보다|에 이어)\s|의\s(?:후속|후신)(?:\s[가-힣]{2,4})?\s?(?:사업|프로젝트|과제|프로그램)|의\s(?:후속|후신)(?:으로|이다|인\s)|(?:을|를)\s(?:잇는|이은|이어받은|대체해|대체하여|대체한|대체하는)\s|\s?등\s다른\s(?:사업|프로젝트|과제|프로그램))/;

/** "X가 범용 모델을 키우는 사업이라면, 이번 사업은 …": the subject of a 'whereas' clause, set against what the sentence goes on to. */
const WHEREAS_SUBJECT = /^['"’”」』]?\s?(?:이|가|은|는)\s[^,.!?"“”]{2,60}?(?:이)?라면,?\s/;

/** "범용 모델은 X로 키우고, 현장 모델은 이 사업으로 키운다": a later clause puts the article's own programme ("이 사업") beside X. */
const OWN_PROGRAMME_LATER = /(?:고|며|지만|는데),\s[^]*?(?<![가-힣])(?:이|이번|본|해당)\s?(?:사업|프로젝트|프로그램)(?:으로|로|은|는|이|가|에|을|를)/;

/** "X를 종료하고, 내년부터 이를 대체하는 Y": a programme ended for the one that replaces it, named in the same sentence. */
const ENDED_FOR_ANOTHER = /^['"’”」』]?\s?(?:을|를)\s(?:종료하고|폐지하고|끝내고|없애고),?\s[^.]{0,40}?(?:대체하는|대체한|대체해|대신하는|잇는|후속)/;

/** Whether a programme mention is only a contrast, not a topic of the article. */
export function isContrasted(text: string, m: Mention): boolean {
  return CONTRASTED.test(text.slice(m.end, m.end + 18)) || ENDED_FOR_ANOTHER.test(text.slice(m.end, m.end + 70)) || WHEREAS_SUBJECT.test(text.slice(m.end, m.end + 70)) || OWN_PROGRAMME_LATER.test(text.slice(m.end));
}

/** A programme opening its sentence as the topic ("○ X 사업은 Y를 통해 확보되는 …"), after any list mark. */
const TOPIC_AFTER = /^\s?(?:\([^()]{1,20}\))?[」』'"’”]?\s?(?:은|는)\s/;

/**
 * The programme a sentence is about when it names several: its topic ("X 사업은 「Y」를 통해 확보되는 모델을 키우는
 * 사업이다" is about X; Y, named later, is only its means), not the one named last.
 */
export function topicPolicy(text: string, policies: Mention[]): Mention | undefined {
  if (policies.length < 2) return undefined;
  const first = policies[0]!;
  if (first.via === 'reference' || !/^[\s□○◦▪•·\-「『'"‘“]*$/.test(text.slice(0, first.start)) || !TOPIC_AFTER.test(text.slice(first.end, first.end + 24))) return undefined;
  return first;
}

/** The one programme these mentions name (a headline's), when they name one and no other. */
export function onlyProgramme(policies: Mention[]): Mention | undefined {
  // (a programme's stage, "X 2단계", carries the programme's full name as its alias)
  const named = policies.filter((m) => m.via !== 'reference' && [m.surface, ...m.aliases].some((n) => /(?:사업|프로젝트|프로그램)$/.test(n)));
  return named.length > 0 && named.every((m) => m.key === named[0]!.key) ? named[0] : undefined;
}

/** A programme word right after a name, past its closing quote ("'X 연합' 사업을"): the name is a programme's. */
const PROGRAMME_WORD_AFTER = /^['"’”」』]?\s?(?:사업|프로젝트|프로그램)(?=(?:을|를|은|는|이|가|의|에|에서|도|으로|로)?(?:[\s,."”]|$))/;

/** A policy that is no programme ("소버린 AI", not "… 사업" nor "'…' 사업"), named inside a quoted speech. */
export function isSpokenSlogan(text: string, m: Mention): boolean {
  return !/(?:사업|프로젝트|프로그램)$/.test(m.surface) && !PROGRAMME_WORD_AFTER.test(text.slice(m.end, m.end + 8)) && inSpeech(text, m.start);
}

// an official speaking, announcing, or in charge of it ("고 했다", "고 밝힌 바 있다", "결과를 발표하며", "직접 챙기는 사업", "사업을 총괄하는")
// (a chat's or a blog's hearsay of it too: "…겠다"고 했대요", "…라고 밝혔답니다"; a brief's noun-ending style too: "…라고 밝힘.", "…고 언급.", "…고 강조함", "…방향을 설명함"; a blogger's report of a quote: "\"…\"고 하던데"; a date or target pinned down: "…라고 못박았다", "…이라고 못박음")
const STATEMENT = /(?:말했|밝혔|강조했|설명했|언급했|약속했|덧붙였|전했|당부했|역설했|[다고]\s?했)(?:다|습니다|어요|대요|답니다|다네요|다더라)|(?:말씀하|밝히|강조하|설명하|발표하|[다고]\s?하)(?:셨|시었)(?:다|습니다|어요|는데|고)|["”]고\s(?:하던데|하더라|하더군)|(?<![가-힣])(?:말함|밝힘|강조함|설명함|언급함|약속함|덧붙임|전함|당부함|역설함)(?:\.|$)|["”](?:이?라)?고\s(?:언급|발언|설명|강조)(?:\.|$)|(?:밝힌|말한|강조한|설명한)\s바\s있|(?:못\s?박|쐐기를\s박)(?:았다|았습니다|음(?:\.|$))|(?:발표|브리핑)(?:하며|했다|했습니다|하면서)|(?:직접\s)?(?:챙기는|총괄하는|이끄는|주도하는|진두지휘하는)\s(?:[가-힣]{1,6}\s)?(?:사업|프로젝트|정책)|["”]\s?(?:이?라)?고\s(?:했던|말했던|밝혔던|강조했던)\s(?:말|것|게)|^(?:이\s|이번\s|해당\s|본\s)?(?:사업|프로젝트)(?:\s?(?:실무|운영|추진|관리|업무))?(?:은|는)\s[^.]{0,60}?(?:총괄|지휘|책임지)(?:하고\s?있|한다|합니다)/;
// (a statement recalled by the writer: "\"…\"고 했던 말이 기억난다", "\"…\"라고 강조했던 것이 떠오른다")
// (a sentence on the programme's running that puts an official in charge: "사업 운영은 X과가 맡고, NAME 국장이 총괄한다")

/** Right before the person: a public agency, maybe glossed ("정보통신산업진흥원(NIPA) "); right after: its post and the subject's particle ("AI확산본부장이 "). */
const agencyBefore = perRuleSet((rules: RuleSet) => new RegExp(`(?:${alternation(rules.lexicon.publicAgencies)})(?:\\s?\\([A-Za-z-]{2,8}\\))?\\s$`));
const AGENCY_POST_AFTER = /^\s[가-힣A-Za-z]{0,10}?(?:원장|본부장|단장|센터장|실장|국장)(?:님)?(?:은|는|이|가|도)\s/;

/** The person stands in a clause after every one of these mentions ("…내세웠고, 홍길동 장관은"). */
function laterClause(text: string, before: Mention[], person: Mention): boolean {
  return before.every((x) => x.end <= person.start && /(?:고|며|으며|면서),\s/.test(text.slice(x.end, person.start)));
}

/** The person of a bite's caption before the programme its quote names ("[인터뷰] 홍길동 / X부 실장 "Y 사업은 …""). */
function biteBefore(text: string, ms: Mention[], named: Mention[], rules: RuleSet): Mention | undefined {
  if (!text.includes('/')) return undefined;
  const person = ms.find((x) => x.type === 'Person');
  return person && named.every((n) => n.start > person.end) && titleRes(rules).biteAfter.test(text.slice(person.end, person.end + 60)) ? person : undefined;
}

/**
 * An official's statement in an article about one programme ("배 장관은 "…집중 지원하겠다"고
 * 말했다") is about that programme: a reference to it right after the speaker, unless the sentence
 * names a programme of its own or the article has named more than one (one named only in contrast,
 * "'X 사업'과 별도로", is not counted: `isContrasted`).
 */
export function addOfficialReference(text: string, ms: Mention[], policy: Mention | undefined, policiesNamed: number, rules: RuleSet): void {
  // (a slogan named only inside a quoted speech, "소버린 AI 실현을 위해 …", is no topic of the sentence; a programme is)
  if (!policy || policiesNamed !== 1) return;
  // ("한편 NAME 국장은 "…"이라고 전했다": a sentence that turns to other news names no programme of the article's)
  if (/^한편[,\s]/.test(text) && !ms.some((x) => x.type === 'Policy')) return;
  // (the programme named in an earlier clause, "이재명 대통령은 이 사업을 …내세웠고, 배 장관은 "…"고 약속했다": the later official's too)
  const named = ms.filter((x) => x.type === 'Policy' && !isSpokenSlogan(text, x));
  // (or a bite whose quote names the programme itself: "[인터뷰] 홍길동 / X부 실장 "Y 사업은 …"")
  const person = named.length ? (ms.find((x) => x.type === 'Person' && laterClause(text, named, x)) ?? biteBefore(text, ms, named, rules)) : ms.find((x) => x.type === 'Person');
  if (!person || named.some((x) => x.key !== policy.key)) return;
  const after = text.slice(person.end, person.end + 60);
  // "[인터뷰] 홍길동 / X부 장관 "…"": a bite's caption is the statement
  // (or a public agency's post, the agency before the name: "정보통신산업진흥원(NIPA) NAME AI확산본부장이 \"…\"고 했다")
  const stated = STATEMENT.test(text);
  const t = stated ? (titleRes(rules).afterName.exec(after) ?? (agencyBefore(rules).test(text.slice(Math.max(0, person.start - 30), person.start)) ? AGENCY_POST_AFTER.exec(after) : null)) : titleRes(rules).biteAfter.exec(after);
  if (!t) return;
  const at = person.end + t[0].length;
  if (ms.some((x) => x.start < at && x.end > person.end)) return;
  ms.push(referenceTo(policy, at, at));
  ms.sort((a, b) => a.start - b.start);
}

/** "Bae Sung-ho" (surname first) or "Sung-ho Bae" (surname last): a romanised Korean name and the surname wire copy calls the person by later. */
const ROMANISED_FULL = /^(?:([A-Z][a-z]{1,6})\s[A-Z][a-z]{1,5}-[a-z]{2,5}|[A-Z][a-z]{1,5}-[a-z]{2,5}\s([A-Z][a-z]{1,6}))$/;

/** Notes each romanised Korean name's surname; a surname two people share stands for neither (null). */
export function noteEnglishSurnames(ms: Mention[], byEnSurname: Map<string, Mention | null>): void {
  for (const m of ms) {
    if (m.type !== 'Person' || m.via === 'reference') continue;
    const r = ROMANISED_FULL.exec(m.surface);
    const surname = r?.[1] ?? r?.[2];
    if (!surname) continue;
    const before = byEnSurname.get(surname);
    byEnSurname.set(surname, before === undefined || before?.key === m.key ? m : null);
  }
}

/** A surname alone as the subject of a relative clause, of speech or of an announcement ("Bae, who joined …", "Bae said", "Bae announced"), or of a departure ("Bae has since left to lead …"): wire copy's second reference to the one person of that surname named before. */
const EN_SURNAME_SUBJECT = /(?<![A-Za-z\-\uE000-\uE00F])([A-Z][a-z]{1,6})(?=,\s(?:who|whose)\s|\s(?:said|says|told|added|noted|explained|announced)\b|\s(?:has\s|had\s)?(?:since\s)?left\sto\s)/g;

/** A surname alone after the verb of a quote it closes ("…," said Choi, now head of …; "…," says Choi.). */
const EN_SURNAME_AFTER_SAID = /(?<=[,"”]\s?(?:said|says|added|noted|explained)\s)([A-Z][a-z]{1,6})(?=,\s|\.(?:\s|$)|\s(?:in|on|at|during)\s)/g;

const SUBJECT_CUES = [', wh', ' said', ' says', ' told', ' added', ' noted', ' explained', ' announced', ' left to '];

export function addEnglishSurnameReferences(text: string, ms: Mention[], byEnSurname: Map<string, Mention | null>): void {
  if (!byEnSurname.size || !SUBJECT_CUES.some((c) => text.includes(c))) return;
  for (const re of [EN_SURNAME_SUBJECT, EN_SURNAME_AFTER_SAID]) {
    re.lastIndex = 0;
    for (let r = re.exec(text); r; r = re.exec(text)) {
      const p = byEnSurname.get(r[1]!);
      const end = r.index + r[1]!.length;
      if (!p || ms.some((x) => x.start < end && r!.index < x.end)) continue;
      ms.push(referenceTo(p, r.index, end));
      ms.sort((a, b) => a.start - b.start);
    }
  }
}

/** "필자가 지난 9월 대표 발의한 'X법'": the writer of a signed column speaking of a bill they proposed (a lawmaker's op-ed). */
const WRITER_PROPOSED = /(?<![가-힣])필자(?=(?:가|는|도)\s(?:[^.\s]{1,12}\s){0,4}?(?:대표\s|공동\s)?발의(?:한|했|하))/;

/** In a column, "필자" before a bill proposed stands for the byline's author (a Korean name), read as that person's mention. */
export function addWriterReference(text: string, ms: Mention[], author: string | undefined): void {
  if (!author || !isKoreanName(author) || !text.includes('필자')) return;
  const r = WRITER_PROPOSED.exec(text);
  if (!r || ms.some((m) => m.start < r.index + 2 && r.index < m.end)) return;
  // (a mention of its own, not a reference: the author is named nowhere in the body for one to point back to)
  ms.push(discoveredMention('Person', author, r.index, r.index + 2));
  ms.sort((a, b) => a.start - b.start);
}

/** The references a written name or a writer's word makes: English surnames as subjects, and "필자" for the column's author. */
export function addWrittenPersonReferences(text: string, ms: Mention[], byEnSurname: Map<string, Mention | null>, author: string | undefined): void {
  addEnglishSurnameReferences(text, ms, byEnSurname);
  addWriterReference(text, ms, author);
}
