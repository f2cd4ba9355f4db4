/**
 * Companies known only as someone's partner: the subject of partnering with a known company ("X는
 * KT와 손잡고"), a name its business describes before a partnering particle, and a name coordinated
 * with a known company as the joint subject of a partnering clause ("A와 X는 … 공동 개발한").
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { CONNECTIVE_ENDING, GENERIC_COMPANY_STEMS, GENERIC_STEMS, NOT_COMPANY, NOT_COMPANY_MEMBER } from './company-words.js';

/** A word the company lists say is no company's name (a member word, a generic stem, a generic name). */
function isCommonWord(name: string, lx: DiscoveryLexicon): boolean {
  return NOT_COMPANY.has(name) || NOT_COMPANY_MEMBER.test(name) || GENERIC_COMPANY_STEMS.test(name) || GENERIC_STEMS.test(name) || lx.generic.has(normalizeName(name));
}

/** Companies a partnering sentence names beside a known company. */
export function discoverPartners(text: string, ms: Mention[], out: Mention[], lx: DiscoveryLexicon): Mention[] {
  const found: Mention[] = [];
  if (PARTNER_CUE.test(text) && ms.some((x) => x.type === 'Company' && x.via !== 'blocked')) {
    DESCRIBED_PARTNER.lastIndex = 0;
    for (let m = DESCRIBED_PARTNER.exec(text); m; m = DESCRIBED_PARTNER.exec(text)) {
      const name = m[1]!;
      const start = m.index + m[0].length - name.length;
      if (NOT_COMPANY.has(name) || GENERIC_COMPANY_STEMS.test(name) || lx.generic.has(normalizeName(name)) || isTaken(ms, [...out, ...found], start, start + name.length)) continue;
      found.push(discoveredMention('Company', name, start, start + name.length));
    }
    for (const m of partnerSubjects(text, ms, [...out, ...found], lx)) found.push(m);
  }
  if (text.includes('협약') || text.includes('MOU') || text.includes('양해각서')) {
    const m = OPENING_PARTNER.exec(text);
    const name = m?.[1];
    if (name && !NOT_COMPANY_PARTY.test(name) && !isCommonWord(name, lx) && !isTaken(ms, [...out, ...found], 0, name.length))
      found.push(discoveredMention('Company', name, 0, name.length));
  }
  if (JOINT_CUE.test(text)) {
    for (const m of coordinatedParties(text, [...ms, ...out], [...out, ...found], lx)) found.push(m);
    for (const m of partnerObjects(text, ms, [...out, ...found], lx)) found.push(m);
  }
  return found;
}

/** "는 X와 ": the partner right after a known company's subject particle (or the spoken "X랑", "X이랑"). */
const OBJECT_AFTER = /^(?:은|는|이|가)\s([A-Z][A-Za-z0-9&]{2,15}|[가-힣][가-힣A-Za-z0-9]{2,11}?)(?:와|과|이랑|(?<!이)랑)\s/;
/** What is done with the partner, a few words on: co-development, an agreement, a tie-up ("… 모델을 공동 개발하는 협약을"). */
const JOINT_WITH = /^(?:함께\s)?(?:[^\s.,]{1,10}\s){0,5}?(?:공동\s?(?:개발|연구)|업무\s?협약|협약|MOU|양해각서|손(?:을\s)?잡|제휴)/;

/**
 * "A는 X와 공정 모델을 공동 개발하는 협약을 맺었다", "A가 X와 손잡고": the partner named right after a known company as the
 * subject is a company too (a university, hospital or public body is not).
 */
function partnerObjects(text: string, ms: Mention[], out: Mention[], lx: DiscoveryLexicon): Mention[] {
  const found: Mention[] = [];
  for (const c of ms) {
    if (c.type !== 'Company' || c.via === 'blocked') continue;
    const m = OBJECT_AFTER.exec(text.slice(c.end, c.end + 20));
    if (!m || !JOINT_WITH.test(text.slice(c.end + m[0].length, c.end + m[0].length + 60))) continue;
    const name = m[1]!;
    const start = c.end + m[0].indexOf(name, 1);
    if (/들$/.test(name) || PARTICLE_TAIL.test(name) || NOT_COMPANY_PARTY.test(name) || CONNECTIVE_ENDING.test(name) || isCommonWord(name, lx)) continue;
    if (isTaken(ms, [...out, ...found], start, start + name.length)) continue;
    found.push(discoveredMention('Company', name, start, start + name.length));
  }
  return found;
}

/** A partnering sentence: a consortium, a tie-up, a team selected together. */
const PARTNER_CUE = /컨소시엄|손을 잡|손잡|함께 선정|업무협약|협약을|MOU|협력을\s(?:진행|추진|이어|맺)|협업을\s(?:진행|추진|이어)/;
/** "로봇 동작 데이터를 만드는 X와 컨소시엄을 꾸렸다": a name its business describes, before a partnering particle. */
const DESCRIBED_PARTNER = /(?:을|를)\s(?:만드는|개발하는|운영하는|제공하는|공급하는|생산하는)\s([가-힣]{3,8}|[A-Z][A-Za-z0-9&]{2,15})(?=(?:와|과|가|이|는|은)\s)/g;

/** "X는 네이버클라우드와 컨소시엄을 꾸려", "X가 KT와 손잡고": the subject of partnering with a known company, opening its clause. */
/** ("신세계I&C가": a Hangul name may close on Latin letters joined by an ampersand) */
const SUBJECT_BEFORE = /(?<![가-힣A-Za-z0-9&])([A-Z][A-Za-z0-9&]{2,15}|[가-힣][가-힣A-Za-z0-9]{3,11}|[가-힣]{2,8}[A-Z]&[A-Z])(?:은|는|이|가)\s$/;
/** "음성 분야에서는 X와 손을 잡았다": a word that ends on a place or source particle before the topic marker is the clause's setting, no subject. */
const PARTICLE_TAIL = /(?:에서|에게|께서|으로|로서|부터|까지)$/;
/**
 * ("X가 KT와 유통 AI 협력을 진행 중", and gapped: "X가 KT와, Y가 Z와 각각 … 협력을 진행 중": work together under way,
 * not one planned or denied)
 */
const PARTNERING_AFTER = /^(?:와|과)\s(?:함께\s)?(?:컨소시엄|손(?:을\s)?잡|업무협약|협약|MOU|제휴|공동\s?개발|공동\s?연구)|^(?:와|과)(?:,\s[^.,]{2,30}?(?:와|과)\s각각)?\s(?:[가-힣A-Za-z]{1,8}\s){0,3}(?:협력|협업)(?:을|를)\s(?:진행|추진|이어)(?:\s?중|하고\s있|해\s?왔|해\s?오)/;
function partnerSubjects(text: string, ms: Mention[], out: Mention[], lx: DiscoveryLexicon): Mention[] {
  const found: Mention[] = [];
  for (const c of ms) {
    if (c.type !== 'Company' || c.via === 'blocked' || !PARTNERING_AFTER.test(text.slice(c.end, c.end + 80))) continue;
    const m = SUBJECT_BEFORE.exec(text.slice(Math.max(0, c.start - 16), c.start));
    if (!m) continue;
    const name = m[1]!;
    const start = c.start - m[0].length + m[0].indexOf(name);
    if (/들$/.test(name) || PARTICLE_TAIL.test(name) || isCommonWord(name, lx)) continue;
    if (isTaken(ms, [...out, ...found], start, start + name.length)) continue;
    found.push(discoveredMention('Company', name, start, start + name.length));
  }
  return found;
}

/**
 * "X와 의료 모델 공동 개발 협약을 17일 체결했다": a report's sentence that opens on its partner, the subject (the
 * writer's own company) left out, before an agreement signed or made: the partner is a company.
 */
const OPENING_PARTNER = /^([가-힣]{3,10}|[A-Z][A-Za-z0-9&]{2,15})(?:와|과)\s(?:[가-힣A-Za-z0-9·]{1,10}\s){0,5}?(?:업무\s?)?(?:협약|MOU|양해각서)(?:을|를)\s(?:[^\s.]{1,8}\s){0,2}?(?:체결|맺)/;
/** A clause that two parties do together: co-development, a joint business, an agreement, a tie-up. */
const JOINT_CUE = /공동\s?(?:개발|연구|사업|구축)|(?:함께|같이)\s(?:개발|만든|만들|구축)|협약|MOU|손(?:을\s)?잡|제휴|컨소시엄|팀을\s?(?:꾸|이뤘|이룬|구성|결성)/;
/** "와 X는", ", X가": the second of two coordinated subjects, right after the first. */
const SECOND_PARTY = /^(?:와|과|,)\s?([A-Z][A-Za-z0-9&]{2,15}|[가-힣][가-힣A-Za-z0-9]{2,11})(?:은|는|이|가)\s/;
/** ", X와 함께 팀을 꾸렸다": the last of the partners a team or consortium is formed with, right after a known one. */
const LAST_COMPANION = /^,\s?([A-Z][A-Za-z0-9&]{2,15}|[가-힣][가-힣A-Za-z0-9]{2,11})(?:와|과)\s(?:함께\s)?(?:한\s?팀을|팀을|컨소시엄을)\s?(?:꾸|이뤘|이룬|구성|결성)/;
/** "X와 A는" (or, in speech, "X랑 A가", "X이랑 A가"): the first of two coordinated subjects, right before the second. */
const FIRST_PARTY = /(?<![가-힣A-Za-z0-9&·])([A-Z][A-Za-z0-9&]{2,15}|[가-힣][가-힣A-Za-z0-9]{2,11})(?:와|과|,|이랑|(?<!이)랑)\s?$/;
/** Parties that are no company: universities, hospitals, institutes, public bodies, places. */
const NOT_COMPANY_PARTY = /(?:[가-힣]대|대학|병원|연구원|연구소|재단|협회|공단|진흥원|[시도군구청부처])$/;


/** An agreement named right after a hyphenated pair of parties: " 공동개발 MOU", " 업무협약". */
const PAIR_AGREEMENT = /^\s(?:공동\s?(?:개발|연구|사업화?)\s)?(?:MOU|업무협약|협약|양해각서)/;
/** "X-" right before the second party of a hyphenated pair. */
const HYPHEN_BEFORE = /(?<![가-힣A-Za-z0-9&·\-–])([A-Z][A-Za-z0-9&]{1,15}|[가-힣][가-힣A-Za-z0-9]{1,11})[-–]$/;
/** "-X 공동개발 MOU" right after the first party of a hyphenated pair. */
const HYPHEN_AFTER = /^[-–]([A-Z][A-Za-z0-9&]{1,15}|[가-힣][가-힣A-Za-z0-9]{1,11})(?=\s(?:공동\s?(?:개발|연구|사업화?)\s)?(?:MOU|업무협약|협약|양해각서))/;

/**
 * "A와 X는 공동 개발한 …", "A, X가 … 협약을 맺었다": a name coordinated with a known company as the
 * subject of a clause both do together is a company too (a university or public body is not).
 */
function coordinatedParties(text: string, companies: Mention[], taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const found: Mention[] = [];
  const add = (name: string, start: number): void => {
    // ("KT가 인프라와 사업 관리를, X가 모델을 맡는다": a word with the object particle is what one party does, no party)
    if (/들$|를$/.test(name) || NOT_COMPANY_PARTY.test(name) || CONNECTIVE_ENDING.test(name) || isCommonWord(name, lx)) return;
    // ("컨소시엄을 이끌고, X는": a word right after an object is that object's verb, no party)
    if (/[가-힣](?:을|를)\s$/.test(text.slice(Math.max(0, start - 4), start)) && /[가-힣]고$/.test(name)) return;
    if (isTaken(companies, [...taken, ...found], start, start + name.length)) return;
    found.push(discoveredMention('Company', name, start, start + name.length));
  };
  for (const c of companies) {
    if (c.type !== 'Company' || c.via === 'blocked') continue;
    const second = SECOND_PARTY.exec(text.slice(c.end, c.end + 20));
    // the clause the pair opens must be the joint one
    if (second && JOINT_CUE.test(text.slice(c.end + second[0].length, c.end + second[0].length + 60))) add(second[1]!, c.end + second[0].indexOf(second[1]!));
    const companion = LAST_COMPANION.exec(text.slice(c.end, c.end + 40));
    if (companion) add(companion[1]!, c.end + companion[0].indexOf(companion[1]!));
    const after = /^(?:은|는|이|가)\s/.exec(text.slice(c.end, c.end + 3));
    const first = after ? FIRST_PARTY.exec(text.slice(Math.max(0, c.start - 16), c.start)) : null;
    // ("상담 특화 모델로, A가 B와 공동 개발했다": a clause closed by an adverbial particle and a comma is no listed party)
    const clause = first !== null && /,\s?$/.test(first[0]) && /[가-힣](?:으로|로|에서|에게|부터|까지)$/.test(first[1]!);
    if (first && !clause && JOINT_CUE.test(text.slice(c.end, c.end + 60))) add(first[1]!, c.start - first[0].length);
    // "X-A 공동개발 MOU", "A-X MOU": the other side of a hyphenated pair an agreement follows
    const before = HYPHEN_BEFORE.exec(text.slice(Math.max(0, c.start - 16), c.start));
    if (before && PAIR_AGREEMENT.test(text.slice(c.end, c.end + 24))) add(before[1]!, c.start - before[0].length);
    const behind = HYPHEN_AFTER.exec(text.slice(c.end, c.end + 40));
    if (behind) add(behind[1]!, c.end + 1);
  }
  return found;
}
