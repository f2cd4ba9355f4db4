/**
 * A poster introducing themselves by company and name, maybe with a post between or in parentheses after, in the line's
 * first words ("안녕하세요, X랩스 ML 리서치 엔지니어 NAME입니다.", "X기술 NAME입니다.", "X AI NAME입니다(CTO).", "… 운영을
 * 맡고 있는 X기술 NAME입니다."): the name is a person's, and the word before the post a company's, whatever its kind.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { isKoreanName } from './person-names.js';
import { GENERIC_STEMS, NOT_COMPANY } from './company-words.js';
import { companyWithCountry } from './company-countries.js';
import { POSTER_LEAD } from '../self-introduction.js';
import { FULL_NAME } from './full-name.js';

/**
 * The line's opening (a greeting or a yes, maybe a clause of the poster's duty: "… 운영을 맡고 있는"), the company (a known one,
 * or a Hangul name glued to a kind of company), up to three words of a post, the name, the polite copula.
 */
const COMPANY_INTRO = new RegExp(String.raw`^${POSTER_LEAD}(?:[^.?!]{0,40}?(?:을|를)\s(?:맡고\s있는|담당하고\s있는|담당하는|운영하는|이끌고\s있는|이끄는)\s)?([가-힣A-Za-z]{2,14})\s((?:[가-힣A-Za-z]{1,10}\s){0,3}?)(${FULL_NAME})(?:입니다|이에요|예요)(?:\s?\([A-Za-z가-힣 ]{2,16}\))?(?=[.!,~]|\s|$)`, 'd');
/** A Hangul name glued to a kind of company ("한결말글기술", "다온랩스", "파랑소프트"). */
const COMPANY_KIND_END = /^[가-힣]{1,8}(?:기술|랩스|랩|소프트|테크|데이터|시스템즈|네트웍스|웍스|솔루션즈?|에이아이|인텔리전스|로보틱스|AI|Labs?)$/;
/** "X의 설계실입니다": a unit of the company, no person's name. */
const UNIT_END = /(?:실|팀|부|국|처|단|소|과)$/;
/** "X 조선소의 …": a word with a particle between the company and the name makes a phrase, no post. */
const PARTICLE_END = /[가-힣](?:의|에|에서|을|를|은|는|이|가|와|과|도|로)$/;
/** Words that lead a line as no company ("저는 NAME입니다", "제 이름은"). */
const NOT_OPENING = /^(?:저는|제|저|우리|저희|여기|오늘|이번|지난|그|이)$/;

/** The person, and the company when no mention names it yet, a self-introduction names. */
export function discoverCompanyIntroductions(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  if (!/(?:입니다|이에요|예요)/.test(text)) return [];
  const m = COMPANY_INTRO.exec(text);
  if (!m || !isKoreanName(m[3]!) || NOT_OPENING.test(m[1]!) || UNIT_END.test(m[3]!) || m[2]!.split(' ').some((w) => PARTICLE_END.test(w))) return [];
  const out: Mention[] = [];
  const [cStart, cEnd] = m.indices![1]!;
  const nStart = m.indices![3]![0];
  const company = ms.find((c) => c.type === 'Company' && c.via !== 'blocked' && c.via !== 'reference' && c.start <= cStart && c.end >= cEnd);
  if (!company) {
    if (!COMPANY_KIND_END.test(m[1]!) || NOT_COMPANY.has(m[1]!) || GENERIC_STEMS.test(m[1]!) || lx.generic.has(normalizeName(m[1]!))) return [];
    if (isTaken(ms, out, cStart, cEnd)) return [];
    out.push(companyWithCountry(text, m[1]!, cStart, lx));
  }
  if (!isTaken(ms, out, nStart, nStart + m[3]!.length)) out.push(discoveredMention('Person', m[3]!, nStart, nStart + m[3]!.length));
  return out;
}
