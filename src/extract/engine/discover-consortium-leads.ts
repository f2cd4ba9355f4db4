/**
 * Companies named in English as the leads of consortia ("the Gaonsoft consortium", "a Gaonsoft-led consortium"):
 * the capitalised name right before "consortium" (or "-led consortium"), unless it is an ordinary word opening the phrase;
 * and the members a consortium lists in parentheses after it ("consortium (participants: Nota, Flitto and others)").
 */
import type { Mention } from '../types.js';
import { isTaken, type DiscoveryLexicon } from './discover-common.js';
import { companyWithCountry } from './company-countries.js';
import { GENERIC_COMPANY_STEMS } from './company-words.js';
import { isKoreanName } from './person-names.js';
import { normalizeName } from '../../graph/index.js';

/** "BlueHarbor consortium", "BlueHarbor-led consortium": one or two capitalised words, then the consortium. */
const EN_CONSORTIUM_LEAD = /(?<![A-Za-z0-9&.'’-])([A-Z][A-Za-z0-9&]{2,20}(?:\s[A-Z][A-Za-z0-9&]{1,20})?)(?:-led|\sled)?\sconsortium\b/g;
/** Capitalised words that open a phrase before "consortium", not a company's name. */
const NOT_LEAD = /^(?:The|This|That|These|Those|Each|Every|Any|One|Two|Three|Four|Five|Six|Its|Their|Our|Your|His|Her|Korean|Korea|Chinese|American|Japanese|European|Global|Local|National|Government|Public|Private|Industry|Joint|Selected|Winning|Leading|New|First|Second|Third|Final|Additional|Another|Which|Whose|A|An|AI|LLM|Team)(?:\s|$)/;

/** "consortium (participants: A, B and others)": the members' list in parentheses. */
const EN_CONSORTIUM_MEMBERS = /consortium\s?\((?:participants|members|partners|including|with)\s?:?\s([^()]{2,160})\)/g;
/** One member's capitalised name (up to three words). */
const MEMBER_NAME = /^[A-Z][A-Za-z0-9&.\-]{1,20}(?:\s[A-Z][A-Za-z0-9&]{1,20}){0,2}$/;
const MEMBER_SEP = /,\s?|\s(?:and|&)\s/;

/** "재난 분야는 A가 주관하고 B가 참여한다": a team's lead and its member, each the word before its subject particle. */
const LEADS_AND_JOINS =
  /(?<![가-힣A-Za-z0-9·])([가-힣][가-힣A-Za-z0-9]{1,9}?|[A-Z][A-Za-z0-9&]{1,15})(?:이|가)\s주관하고,?\s(?:[^\s,.]{1,12}\s){0,4}?([가-힣][가-힣A-Za-z0-9]{1,9}?|[A-Z][A-Za-z0-9&]{1,15})(?:이|가|도)\s(?:참여|합류|함께)/g;

/** Subjects that name no company: kinds of organisation, a team's parts, pronouns, words ending in a particle ("…이" may end a name). */
const NOT_TEAM_NAME = /^(?:정부|기업|업체|회사|스타트업|기관|팀|컨소시엄|분야|부문|과제|사업|이들|여러|각|두|세|네|양사|양측|우리|저희|당사|당행|자사|한|이|그)$|(?:은|는|을|를|의|에|과|와|도|로|들)$/;
/** A university, an institute, a ministry or an agency: no company, whatever its role in the team. */
const INSTITUTION = /(?:대학교|대학|대|연구원|연구소|진흥원|재단|협회|학회|병원|의료원|공사|공단|[부청처])$/;

function discoverLeadAndMember(text: string, taken: Mention[], out: Mention[], lx: DiscoveryLexicon): void {
  LEADS_AND_JOINS.lastIndex = 0;
  for (let m = LEADS_AND_JOINS.exec(text); m; m = LEADS_AND_JOINS.exec(text)) {
    const member = m.index + m[0].lastIndexOf(m[2]!);
    for (const [name, start] of [[m[1]!, m.index], [m[2]!, member]] as const) {
      if (NOT_TEAM_NAME.test(name) || INSTITUTION.test(name) || GENERIC_COMPANY_STEMS.test(name) || lx.generic.has(normalizeName(name)) || isTaken(taken, out, start, start + name.length)) continue;
      out.push(companyWithCountry(text, name, start, lx));
    }
  }
}

/** "X 컨소시엄 (참여: Y)", "X 컨소시엄(참여기관: Y)": a consortium's one member labelled in parentheses after it. */
const LABELLED_MEMBER = /컨소시엄\s?\((?:참여|참여\s?(?:기관|기업|사)|구성\s?(?:원|기관|기업)?|공동\s?(?:수행|참여)?)\s?[:：]\s?([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,15})\)/g;

/** Each name `re`'s first group catches that is a company's (not a person's name, an institution or a kind of organisation) and not yet taken. */
function discoverNamedCompanies(re: RegExp, text: string, taken: Mention[], out: Mention[], lx: DiscoveryLexicon, notName?: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1]!;
    const start = m.index + m[0].lastIndexOf(name);
    if (notName?.test(name) || isKoreanName(name) || NOT_TEAM_NAME.test(name) || INSTITUTION.test(name) || GENERIC_COMPANY_STEMS.test(name) || lx.generic.has(normalizeName(name)) || isTaken(taken, out, start, start + name.length)) continue;
    out.push(companyWithCountry(text, name, start, lx));
  }
}

/**
 * "(주)A(공급기업 B) 신청 건은", "A(수요기업: B)와 함께": a company's counterpart in a programme's pair, labelled by its role in
 * parentheses glued to the company's name.
 */
const LABELLED_COUNTERPART = /(?<=[가-힣A-Za-z0-9)])\((?:공급|수요|도입|협력|참여)\s?(?:기업|기관|업체|사)\s?[:：]?\s?([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,15})\)/g;

/**
 * "제조 분야에서는 A가 주관사로 뽑혔다", "B가 주관기관으로 최종 선정됐다": the subject picked as a programme's lead is a company
 * (a city or an agency picked so is none: see PUBLIC_BODY).
 */
const PICKED_LEAD = /(?<![가-힣A-Za-z0-9·\-'"‘“’”])([가-힣][가-힣A-Za-z0-9]{1,9}?|[A-Z][A-Za-z0-9&]{1,15})(?:이|가)\s주관\s?(?:사|기업|업체|기관)(?:으로|로)\s(?:최종\s)?(?:선정됐|선정되었|선정돼|뽑혔|뽑혀|낙점됐|낙점되었|확정됐)/g;
/** A city, a province, a district or a public body's kind of name: no company, though picked as a lead. */
const PUBLIC_BODY = /(?:시|도|군|구|원|센터|단|공단|재단|학교)$/;

export function discoverConsortiumLeads(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const found = discoverLeads(text, taken, lx);
  if (text.includes('주관')) discoverNamedCompanies(PICKED_LEAD, text, [...taken, ...found], found, lx, PUBLIC_BODY);
  if (text.includes('컨소시엄') && text.includes(':')) discoverNamedCompanies(LABELLED_MEMBER, text, [...taken, ...found], found, lx);
  if (/(?:기업|기관|업체|사)\s?[:：]?\s?[가-힣A-Za-z][^()]{1,15}\)/.test(text)) discoverNamedCompanies(LABELLED_COUNTERPART, text, [...taken, ...found], found, lx);
  if (!text.includes('지원받')) return found;
  discoverNamedCompanies(PROGRAMME_RECIPIENT, text, [...taken, ...found], found, lx);
  return found;
}

/**
 * "기존 'X 지원사업'으로 GPU를 지원받았던 B는": the one a programme supported, named as the topic right after, is a company
 * (not a person's name, an institution or a kind of organisation).
 */
const PROGRAMME_RECIPIENT = /(?:사업|바우처|프로그램|프로젝트)['’"”」』]?(?:으로|로|에서|을 통해|를 통해)\s(?:[가-힣A-Za-z]{1,8}\s){0,2}[가-힣A-Za-z]{1,8}(?:을|를)\s지원받(?:았던|은|아\s온)\s([가-힣][가-힣A-Za-z0-9]{1,9}?)(?:은|는|이|가|도)\s/g;

function discoverLeads(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  if (text.includes('주관하고')) {
    const out: Mention[] = [];
    discoverLeadAndMember(text, taken, out, lx);
    if (out.length) return out;
  }
  if (!text.includes('consortium')) return [];
  const out: Mention[] = [];
  EN_CONSORTIUM_LEAD.lastIndex = 0;
  for (let m = EN_CONSORTIUM_LEAD.exec(text); m; m = EN_CONSORTIUM_LEAD.exec(text)) {
    // ("The Gaonsoft-led consortium": an opening word before the name is left out)
    const opener = NOT_LEAD.exec(m[1]!);
    const name = opener && opener[0].endsWith(' ') ? m[1]!.slice(opener[0].length) : m[1]!;
    const start = m.index + m[1]!.length - name.length;
    if (NOT_LEAD.test(name) || lx.generic.has(normalizeName(name)) || isTaken(taken, out, start, start + name.length)) continue;
    out.push(companyWithCountry(text, name, start, lx));
  }
  EN_CONSORTIUM_MEMBERS.lastIndex = 0;
  for (let m = EN_CONSORTIUM_MEMBERS.exec(text); m; m = EN_CONSORTIUM_MEMBERS.exec(text)) {
    let at = m.index + m[0].indexOf(m[1]!);
    for (const piece of m[1]!.split(MEMBER_SEP)) {
      const start = text.indexOf(piece, at);
      at = start + piece.length;
      if (!MEMBER_NAME.test(piece) || NOT_LEAD.test(piece) || lx.generic.has(normalizeName(piece)) || isTaken(taken, out, start, at)) continue;
      out.push(companyWithCountry(text, piece, start, lx));
    }
  }
  return out;
}
