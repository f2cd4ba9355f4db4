/**
 * A company introduced with its Latin spelling and its seat in parentheses, "미로웹툰(MiroToon, 일본 오사카)과",
 * "린더스(Linders, 독일 뮌헨)의": the two spellings of one name and a foreign country (maybe a city) make it a company
 * whatever word describes it before ("웹소설 플랫폼", "물류 솔루션사"). The country is the one the note gives.
 */
import { normalizeName } from '../../graph/index.js';
import { sameCompanyInTwoScripts } from '../transliterate.js';
import type { Mention } from '../types.js';
import { discoveredMention, isTaken, type DiscoveryLexicon } from './discover-common.js';
import { matchesIn } from './text-scans.js';

/** The Hangul name, then "(Latin, COUNTRY[ CITY])" and a particle or a break. */
const PLACED = /(?<![가-힣A-Za-z0-9])([가-힣][가-힣0-9]{1,9})\(([A-Z][A-Za-z0-9&.\-]{1,20}(?:\s[A-Z][A-Za-z0-9&.\-]{0,15}){0,2}),\s?([가-힣]{2,8})(?:\s[가-힣]{2,8})?\)(?=(?:와|과|은|는|이|가|의|도|에|를|을|측)?[\s,.])/g;
/** Names of bodies that are no companies: schools, institutes, public bodies, places. */
const NOT_A_COMPANY = /(?:대학교|대학|대|연구소|연구원|재단|협회|학회|부|청|처|시|도|구|군|정부|병원)$/;

/** Companies so introduced in one sentence, not yet found by another reader. */
export function discoverPlacedCompanies(text: string, ms: Mention[], out: Mention[], lx: DiscoveryLexicon): Mention[] {
  const found: Mention[] = [];
  for (const m of matchesIn(PLACED, text)) {
    const [name, latin, place] = [m[1]!, m[2]!, m[3]!];
    const country = lx.countryWords.find(([, re]) => re.exec(place)?.[0] === place)?.[0];
    if (!country || NOT_A_COMPANY.test(name) || lx.generic.has(normalizeName(name)) || !sameCompanyInTwoScripts(name, latin)) continue;
    if (isTaken(ms, [...out, ...found], m.index, m.index + name.length)) continue;
    const mention = discoveredMention('Company', name, m.index, m.index + name.length);
    mention.properties = { country };
    found.push(mention);
  }
  return found;
}
