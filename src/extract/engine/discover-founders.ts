/**
 * A company named only as what a person founded: "카이온 창업자 최민혁 대표", "누리솔루션 공동창업자인 박서진 CTO",
 * "카이온을 창업한 최민혁 대표". A founder's title (or the verb) after a word and before a Korean name says the
 * word is the company, whatever its shape (no suffix, no list needed).
 */
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, isTitleWord, type DiscoveryLexicon } from './discover-common.js';
import { looksLikeCompanyName } from './person-orgs.js';
import { addPerson, isKoreanName } from './person-names.js';
import { FULL_NAME } from './full-name.js';

/** A word (its 의 or object particle left off), a founder's title or the verb, then a three-syllable name. */
const FOUNDER_OF = new RegExp(String.raw`(?<![가-힣A-Za-z0-9·&\-])([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}?)(?:의\s|\s|(?:을|를)\s(?:공동\s?)?(?:창업|설립)한\s)(?:(?:공동\s?)?(?:창업자|설립자|창업주|창립자)(?:인|이자)?\s)?(${FULL_NAME})(?=[\s,은는이가의(]|씨|$)`, 'g');

/** A verb's connective ending ("물러나고", "떠나며", "사임했지만"): the end of a clause, no name. */
const CLAUSE_LINK = /[가-힣](?:고|며|면서|지만|는데|으나|다가)$/;

/** Words a founder's title follows that name no company: kinds of founder ("연쇄 창업자"), generations, the company itself or the speaker's ("저희 공동창업자"), the verb of founding ("회사를 세운 창업자"). */
const NOT_FOUNDED = /^(?:다른|또다른|해당|같은|모든|동료|각|그|첫|한|연쇄|청년|여성|대학생|학생|[0-9]세대|1세대|2세대|원조|실제|진짜|회사|기업|업체|스타트업|벤처|그룹|이들|두|세|네|저희|우리|당사|자사|세운|차린|만든|일군|키운|설립한|창업한|창립한)$/;

/** "X … 창업자 NAME" and "NAME 대표가 이끄는 X는": the companies a founder's or a chief's words name. */
export function discoverFounded(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  if (/창업|설립|창립/.test(text)) addFoundedCompanies(text, taken, lx, out);
  if (text.includes('이끄') || text.includes('이끌')) addLedCompanies(text, taken, lx, out);
  return out;
}

/** "NAME 대표가 이끄는 X는": a chief (a Korean name and a chief's title) leads it, so the word led is a company (even one shaped like a name: "소리결"). */
const LED_BY_CHIEF = new RegExp(String.raw`(?<![가-힣])(${FULL_NAME})\s(?:공동\s?)?(?:대표(?:이사)?|CEO|창업자)(?:가|이)\s(?:이끄는|이끌고\s있는|이끌어\s온)\s([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}?)(?=(?:은|는|이|가|의|도|와|과)\s)`, 'g');
/** Units a chief may lead that are no company of their own name. */
const NOT_LED_COMPANY = /(?:팀|연구팀|연구진|조직|부서|부문|본부|컨소시엄|사업|프로젝트|회사|기업|업체|스타트업)$/;

function addLedCompanies(text: string, taken: Mention[], lx: DiscoveryLexicon, out: Mention[]): void {
  for (const m of text.matchAll(LED_BY_CHIEF)) {
    const org = m[2]!;
    const start = m.index + m[0].length - org.length;
    if (!isKoreanName(m[1]!) || NOT_FOUNDED.test(org) || NOT_LED_COMPANY.test(org) || !looksLikeCompanyName(org, lx, true) || isTaken(taken, out, start, start + org.length)) continue;
    out.push(discoveredMention('Company', org, start, start + org.length));
  }
}

function addFoundedCompanies(text: string, taken: Mention[], lx: DiscoveryLexicon, out: Mention[]): void {
  FOUNDER_OF.lastIndex = 0;
  for (let m = FOUNDER_OF.exec(text); m; m = FOUNDER_OF.exec(text)) {
    const between = m[0].slice(m[1]!.length, m[0].length - m[2]!.length);
    // (a founder's title or the founding verb must stand between: "카이온 최민혁" alone says nothing)
    if (!/창업|설립|창립/.test(between)) continue;
    const org = m[1]!;
    const start = m.index;
    // ("최민혁 대표와 공동창업자 윤하린": a title and its particle before the second founder is no company)
    if (/(?:와|과|은|는|도|에|로)$/.test(org) || isTitleWord(org, lx)) continue;
    if (NOT_FOUNDED.test(org) || !looksLikeCompanyName(org, lx) || !isKoreanName(m[2]!)) continue;
    // ("NAME 대표가 물러나고 공동창업자인 …": a predicate ending its clause after a subject is no company)
    if (CLAUSE_LINK.test(org) && /[이가은는]\s$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (isTaken(taken, out, start, start + org.length)) continue;
    out.push(discoveredMention('Company', org, start, start + org.length));
  }
}

/**
 * Founders named bare, a company being the sentence's topic: "X는 A와 B가 2021년 공동으로 창업했다", "X는 네이버 출신
 * A와 카카오 출신 B가 함께 설립했다", "X는 A가 2019년 세운 회사다". Two names joined by 와/과 (up to three words of
 * background before the second), or one, as the subject of the founding verb.
 */
const FOUNDER_NAMES = new RegExp(String.raw`(?<![가-힣])(?:(${FULL_NAME})(?:씨)?(?:와|과)\s(?:[^\s.]{1,12}\s){0,3}?)?(${FULL_NAME})(?:씨)?(?:이|가)\s(?:[^.!?\s]{1,12}\s){0,3}?(?:공동으로\s|공동\s|함께\s|같이\s)?(?:창업|설립|창립)(?:했|하였|한\s(?:회사|기업|스타트업))|(?<![가-힣])(${FULL_NAME})(?:씨)?(?:이|가)\s(?:[^.!?\s]{1,12}\s){0,2}?세운\s(?:회사|기업|스타트업)`, 'g');

export function discoverFounderNames(text: string, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  if (!/창업|설립|창립|세운/.test(text) || !taken.some((m) => m.type === 'Company')) return out;
  FOUNDER_NAMES.lastIndex = 0;
  for (let m = FOUNDER_NAMES.exec(text); m; m = FOUNDER_NAMES.exec(text)) {
    for (const g of [1, 2, 3]) {
      const name = m[g];
      if (name) addPerson(text, taken, out, name, m.index + m[0].indexOf(name));
    }
  }
  return out;
}
