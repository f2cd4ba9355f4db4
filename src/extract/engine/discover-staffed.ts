/**
 * A kind of company, a name no list knows, then one of its people with a title ("스타트업 X 홍길동 대표",
 * "AI 기업 X 김하늘 CTO"): the name between is the company the person works for (a speaker's label,
 * a caption), though no particle follows it; and a name no list knows that a partner word introduces ("파트너였던 X 분들이").
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { isTaken, type DiscoveryLexicon } from './discover-common.js';
import { companyWithCountry } from './company-countries.js';
import { GENERIC_STEMS, NOT_COMPANY, PARTICLE_END } from './company-words.js';
import { isKoreanName } from './person-names.js';
import { matchesIn } from './text-scans.js';

/** The kind noun, the company's name, a person's name of three or four syllables. */
const KIND_NAME_PERSON = /(?<![가-힣])(?:스타트업|AI\s?기업|개발사|업체)\s([가-힣][가-힣A-Za-z0-9]{1,9}|[A-Z][A-Za-z0-9&]{2,15})\s([가-힣]{3,4})(?=\s)/g;

/** "파트너였던 X 분들이", "협력사인 X 측은", "Y 컨소시엄의 참여사 X는": a name no list knows after a word that makes it a partner company
 * (its people, its side, or a particle after it); a consortium's member word needs no copula ("컨소시엄 회원사 X가"). */
const PARTNER_NAME = /(?<![가-힣])(?:(?:파트너|파트너사|협력사|고객사)(?:였던|이던|인)|컨소시엄(?:의)?\s?(?:참여사|참여\s?기업|회원사|파트너사|협력사)(?:인)?)\s([가-힣][가-힣A-Za-z0-9]{1,9}|[A-Z][A-Za-z0-9&]{2,15})(?=\s(?:분들|측|팀)(?:이|은|는|도|과|의)?[\s,]|(?:은|는|이|가|과|와|의|도)\s)/g;

/** A word with a particle or a plural ending is no name ("스타트업 사이에서 NAME 대표가"). */
const NOT_NAME_END = new RegExp(`[가-힣](?:${PARTICLE_END}|부터|까지)$`);

/** Companies named between a kind noun and a titled person ("스타트업 X 홍길동 대표"). */
export function discoverStaffedCompanies(text: string, taken: Mention[], found: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(KIND_NAME_PERSON, text)) {
    const [name, person] = [m[1]!, m[2]!];
    const start = m.index + m[0].length - person.length - 1 - name.length;
    const after = m.index + m[0].length;
    if (!isKoreanName(person) || !lx.personTitle.test(text.slice(after, after + 40))) continue;
    if (NOT_NAME_END.test(name) || NOT_COMPANY.has(name) || GENERIC_STEMS.test(name) || lx.generic.has(normalizeName(name))) continue;
    if (isTaken(taken, [...found, ...out], start, start + name.length)) continue;
    out.push(companyWithCountry(text, name, start, lx));
  }
  for (const m of matchesIn(PARTNER_NAME, text)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (NOT_NAME_END.test(name) || NOT_COMPANY.has(name) || GENERIC_STEMS.test(name) || lx.generic.has(normalizeName(name)) || isKoreanName(name)) continue;
    if (isTaken(taken, [...found, ...out], start, start + name.length)) continue;
    out.push(companyWithCountry(text, name, start, lx));
  }
  return out;
}
