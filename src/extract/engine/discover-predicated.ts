/**
 * A kind of company with where it is from or what it is, then a name no list knows closing the sentence with the
 * copula ("매체가 든 곳은 국내 스타트업 X다.", "주인공은 토종 AI 기업 Xyz이다."): the sentence defines the name as a company.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { isTaken, type DiscoveryLexicon } from './discover-common.js';
import { companyWithCountry } from './company-countries.js';
import { GENERIC_STEMS, NOT_COMPANY } from './company-words.js';
import { matchesIn } from './text-scans.js';

/** A place or kind word, the kind noun, the name, the copula ending the sentence ("국내 스타트업 X다.", "신생 AI 기업 X입니다."). */
const KIND_NAME_COPULA = /(?<![가-힣])(?:국내|국산|토종|해외|신생|유망|중소|[가-힣]{1,4}\s특화)\s(?:AI\s?)?(?:스타트업|기업|업체|개발사)\s([가-힣][가-힣A-Za-z0-9]{1,9}?|[A-Z][A-Za-z0-9&]{1,15})(?:이다|다|입니다|이었다|였다)(?=[.!]|\s*$)/g;

/** A word with a particle or a plural ending, or a noun of scale or state, is no name ("국내 스타트업 중 하나다", "… 기업들이다"). */
const NOT_NAME_END = /(?:[가-힣](?:에서|에게|으로|부터|까지|에|의|와|과|은|는|을|를|들|도)|뿐|수준|규모|정도|상황|상태|분위기|시대|천국|대세|독주|몫|차례|일색|위주|중심|전성기|생태계)$/;

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
  return out;
}
