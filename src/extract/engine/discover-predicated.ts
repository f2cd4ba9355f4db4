/**
 * A kind of company with where it is from or what it is, then a name no list knows closing the sentence with the
 * copula ("매체가 든 곳은 국내 스타트업 X다.", "주인공은 토종 AI 기업 Xyz이다."): the sentence defines the name as a company.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { isTaken, type DiscoveryLexicon } from './discover-common.js';
import { companyWithCountry } from './company-countries.js';
import { GENERIC_STEMS, NOT_COMPANY, PARTICLE_END } from './company-words.js';
import { matchesIn } from './text-scans.js';
import { closedAt } from '../hangul.js';

/** A place or kind word, the kind noun, the name, the copula ending the sentence ("국내 스타트업 X다.", "신생 AI 기업 X입니다."). */
const KIND_NAME_COPULA = /(?<![가-힣])(?:국내|국산|토종|해외|신생|유망|중소|[가-힣]{1,4}\s특화)\s(?:AI\s?)?(?:스타트업|기업|업체|개발사)\s([가-힣][가-힣A-Za-z0-9]{1,9}?|[A-Z][A-Za-z0-9&]{1,15})(?:이다|다|입니다|이었다|였다)(?=[.!]|\s*$)/g;

/**
 * A name quoted as what a company is called, then the company noun with up to two words of place or kind ("X라는 창원
 * 스타트업이", "Xyz이라는 국내 AI 기업이"): the quotative introduces the name as the company's, where a place or kind word
 * stands between (a bare "X라는 회사는" is the company's own statement of X: "…것이라는 회사 설명", "…모델이라는 점을 회사는").
 */
const CALLED_KIND = /(?<![가-힣A-Za-z0-9·\-'"‘“’”])([가-힣][가-힣A-Za-z0-9]{1,9}?|[A-Z][A-Za-z0-9&]{1,15})(이)?라는\s((?:[가-힣A-Z]{1,6}\s){1,2}?)(?:AI\s?)?(?:스타트업|기업|업체|회사|개발사)(?:이|가|을|를|도|와|과)(?![가-힣A-Za-z])/g;

/** A word that ends like a particle or a verb ("점을", "추측이", "돌지만"): a clause between, no place or kind of the company. */
const MODIFIER_END = /(?:은|는|이|가|을|를|의|에|도|로|와|과|고|며|서|만|데|면|지|다|요)$/;

/** A word with a particle or a plural ending, or a noun of scale or state, is no name ("국내 스타트업 중 하나다", "… 기업들이다"). */
const NOT_NAME_END = new RegExp(`(?:[가-힣](?:${PARTICLE_END}|부터|까지)|뿐|수준|규모|정도|상황|상태|분위기|시대|천국|대세|독주|몫|차례|일색|위주|중심|전성기|생태계)$`);

/** Companies a sentence ends on, after a kind noun with its place or kind ("국내 스타트업 X다."). */
export function discoverPredicatedCompanies(text: string, taken: Mention[], found: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(KIND_NAME_COPULA, text)) {
    const name = m[1]!;
    const start = m.index + m[0].lastIndexOf(name);
    if (NOT_NAME_END.test(name) || NOT_COMPANY.has(name) || GENERIC_STEMS.test(name) || lx.generic.has(normalizeName(name))) continue;
    if (isTaken(taken, [...found, ...out], start, start + name.length)) continue;
    out.push(companyWithCountry(text, name, start, lx));
  }
  for (const m of matchesIn(CALLED_KIND, text)) {
    const name = m[1]!;
    // (the quotative fits the name's last sound: "이라는" after a closed syllable or a Latin letter, "라는" after an open one)
    if (m[2] && /[가-힣]$/.test(name) && !closedAt(name, name.length - 1)) continue;
    // (the words between are a place or a kind, never a predicate or a noun with its particle: "좋다라는 기업 문화")
    const between = m[3]!.trim().split(' ');
    if (between.some((w) => NOT_NAME_END.test(w) || MODIFIER_END.test(w))) continue;
    if (NOT_NAME_END.test(name) || /[다요]$/.test(name) || NOT_COMPANY.has(name) || GENERIC_STEMS.test(name) || lx.generic.has(normalizeName(name))) continue;
    if (isTaken(taken, [...found, ...out], m.index, m.index + name.length)) continue;
    out.push(companyWithCountry(text, name, m.index, lx));
  }
  return out;
}
