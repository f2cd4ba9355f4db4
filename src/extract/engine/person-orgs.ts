/**
 * What may stand between a person's name and title as their organisation ("홍길동 KT 상무"): words that
 * look like a company's name, and those that are a university, a party, a department or a role instead.
 */
import { normalizeName } from '../../graph/index.js';
import type { DiscoveryLexicon } from './discover-common.js';
import { GENERIC_STEMS, NOT_COMPANY } from './company-words.js';
import type { Mention } from '../types.js';
import { addPerson, isKoreanName } from './person-names.js';
import { FULL_NAME } from './full-name.js';
/** A full name after a space and before one; before a space, ending the text; after a space. */
const NAME_NEXT = new RegExp(String.raw`^\s(${FULL_NAME})\s`);
const NAME_BEFORE = new RegExp(String.raw`(?<![가-힣])(${FULL_NAME})\s$`);
const NAME_AFTER = new RegExp(String.raw`^\s(${FULL_NAME})(?=\s)`);

/** A university or one of its schools between a name and a title ("한빛대", "한빛대학교", "한빛과학기술원", "한빛AI대학원"). */
export const ACADEMIC_ORG = /^[가-힣]{1,8}(?:대|대학|대학교|과학기술원|과기원)$|^[가-힣]{1,8}(?:AI|[가-힣]{0,6})대학원$/;
/** A political party between a name and a title ("더불어민주당", "국민의힘", "조국혁신당"). */
export const PARTY = /^(?:[가-힣]{2,8}당|국민의힘)$/;
/** Department and role words that sit between a name and a title but are no company. */
const NOT_ORG = /(?:연구원|연구실|연구팀|본부|센터|부문|사업부|사업단|그룹|팀|실|랩|담당|총괄|위원회|학회|협회|재단|진흥원|진흥회|평가원|대학교|대학|학과|병원|부처|정부|의원|시장|도지사|장관|청장|기자|특파원|교수|박사|씨|전|현|신임|공동|각자|대표|사장|회장|이사|전무|상무|부장|차장|과장|창업자|[가-힣]부|[가-힣]처|[가-힣]청)$/;
const NOT_ORG_START = /^(?:이번|당시|현재|최근|전|현|신임|공동|각자|초대|제\d|국내|해외|글로벌|주요|관련|기술|전략|사업|개발|연구|AI|데이터|클라우드|플랫폼|서비스|제품|마케팅|영업|인사|재무|경영|디자인|보안|인프라|모델|반도체)/;

/** "경험이 있는 CEO", "권한이 없는 이사", "일을 하는 대표": a verb's adnominal form (the word before it its subject or object) is no organisation. */
const ADNOMINAL = /^(?:[있없같많적좋크작높낮][는은던]|[가-힣]{0,2}(?:하는|되는|하던|되던|이는|가진|지닌|맡은|맡는|받은|받는|만든|만드는))$/;

export function looksLikeCompanyName(org: string, lx: DiscoveryLexicon, nameLike = false): boolean {
  return !ADNOMINAL.test(org) && !NOT_ORG.test(org) && !NOT_ORG_START.test(org) && !NOT_COMPANY.has(org) && !GENERIC_STEMS.test(org) && !lx.generic.has(normalizeName(org)) && (nameLike || !isKoreanName(org));
}

/** "KT 홍보실 김민수 과장": a department (…실, …팀) between the company and a person's name and title is no person. */
export function isDepartmentBeforeName(word: string, rest: string): boolean {
  const next = NAME_NEXT.exec(rest);
  return /(?:실|팀|본부|센터|그룹|사업부|부문)$/.test(word) && next !== null && isKoreanName(next[1]!);
}

/** "NIPA 홍길동 본부장이", "홍길동 KAIST 교수는": a name beside an organisation's acronym, a title after them. */
export function addNameByAcronym(text: string, ms: Mention[], out: Mention[], c: Mention, lx: DiscoveryLexicon): void {
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, c.start - 6), c.start));
  if (before && lx.personTitle.test(text.slice(c.end))) addPerson(text, ms, out, before[1]!, c.start - before[0].length);
  const after = NAME_AFTER.exec(text.slice(c.end, c.end + 7));
  if (!after) return;
  const rest = text.slice(c.end + after[0].length);
  if (/학$/.test(after[1]!) && /^\s(?:박사|석사|학사)/.test(rest)) return;
  if (lx.personTitle.test(rest) && !isDepartmentBeforeName(after[1]!, rest)) addPerson(text, ms, out, after[1]!, c.end + 1);
}
