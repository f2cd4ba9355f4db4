/**
 * An exhibitor named by its booth at a fair: "코어닷(Coredot) 부스", "A홀 누리랩(Nurilab) 전시관에서" — a Hangul name glossed
 * with its own Latin spelling, then the booth it takes, is a company (the gloss must spell the name: no translation,
 * "체험(Experience) 부스", passes).
 */

/** True when every consonant of the Hangul name's romanisation comes in the Latin spelling, in order, from the same first one ("코어닷", "Coredot"). */
function spellsLoosely(hangul: string, latin: string): boolean {
  const [h, l] = [consonantSkeleton(romanize(hangul)), consonantSkeleton(latin)];
  if (h.length < 2 || l.length < 3 || h[0] !== l[0]) return false;
  let at = 0;
  for (const c of l) if (c === h[at]) at++;
  return at === h.length;
}
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { consonantSkeleton, romanize, sameCompanyInTwoScripts } from '../transliterate.js';
import { GENERIC_STEMS, NOT_COMPANY } from './company-words.js';
import { isTaken, type DiscoveryLexicon } from './discover-common.js';
import { companyWithCountry } from './company-countries.js';
import { matchesIn } from './text-scans.js';

const BOOTH_GLOSSED = /(?<![가-힣A-Za-z0-9])([가-힣]{2,8})\(([A-Z][A-Za-z0-9&.]{1,20}(?:\s[A-Z][A-Za-z0-9&.]{1,20}){0,2})\)\s?(?:부스|전시관|전시\s부스|공동관)(?=[\s,.]|에|의|$)/g;

export function discoverBoothCompanies(text: string, ms: Mention[], lx: DiscoveryLexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of matchesIn(BOOTH_GLOSSED, text)) {
    const [name, gloss] = [m[1]!, m[2]!];
    if (!(sameCompanyInTwoScripts(name, gloss) || spellsLoosely(name, gloss)) || NOT_COMPANY.has(name) || GENERIC_STEMS.test(name) || lx.generic.has(normalizeName(name)) || isTaken(ms, out, m.index, m.index + name.length)) continue;
    out.push(companyWithCountry(text, name, m.index, lx));
  }
  return out;
}
