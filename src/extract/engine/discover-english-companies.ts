/**
 * Companies English copy introduces by their kind: "Seoul start-up Tidewave Minds (타이드웨이브마인즈) unveiled …" (a kind
 * word before a capitalised name glossed in Hangul or followed by a verb of announcing), "Orbis Bio, a Busan-based
 * biotech start-up, signed …" (a capitalised name with a kind word in apposition), "Haru Corporation" (a corporate form after it),
 * "co-developed with Osaka-based Mirai Works." (a city's base right before a name that ends the clause), "with fabless
 * startup Hanul Chips," (a kind word after "with", then a name that ends the clause).
 */
import type { Mention } from '../types.js';
import { discoveredMention, overlaps } from './discover-common.js';
import { matchesIn } from './text-scans.js';

/** A capitalised name of one to three words (no sentence-opening word of its own). */
const NAME = '([A-Z][A-Za-z0-9&]{1,20}(?:\\s[A-Z][A-Za-z0-9&]{1,20}){0,2})';
const KIND = '(?:start-up|startup|company|firm|developer|chipmaker|unicorn|integrator|distributor|reseller|vendor)';
/** "start-up NAME (한글)", "firm NAME unveiled", "counts startup NAME among its members": the kind word right before the name. */
const KIND_BEFORE_NAME = new RegExp(`(?<![A-Za-z\\-])${KIND}\\s${NAME}(?=\\s\\([가-힣]{2,12}\\)|\\s(?:unveiled|released|launched|announced|introduced|signed|said|says|has|raised)\\s|\\samong\\s(?:its|their|the)\\s(?:members|partners))`, 'g');
/** "NAME, a Daejeon-based biotech start-up,", "NAME, a Seoul startup founded …", "NAME, a 40-person startup": the name, then its kind in apposition. */
const NAME_THEN_KIND = new RegExp(`(?<![A-Za-z0-9])${NAME},\\s(?:a|an)\\s(?:[A-Z][a-z]+(?:-based)?\\s)?(?:(?:[a-z][a-z\\-]{1,15}|\\d{1,5}-[a-z]{3,10})\\s){0,2}${KIND}(?=[\\s,.;])`, 'g');
/** "Haru Corporation", "Acme Labs Inc.": a corporate form after the name (the name without it is the company's). */
const NAME_THEN_FORM = new RegExp(`(?<![A-Za-z0-9])${NAME}\\s(?:Corporation|Corp\\.|Inc\\.|Co\\.,\\sLtd\\.)`, 'g');
/** "with Osaka-based Mirai Works.", "Lyon-based Voxa (보사) said": a capitalised city's base, then a name that ends the clause or is glossed or speaks. */
const BASED_THEN_NAME = new RegExp(`(?<![A-Za-z\\-])[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?-based\\s${NAME}(?=[,.;:]|\\s\\([가-힣]{2,12}\\)|\\s(?:unveiled|released|launched|announced|introduced|signed|said|says|has|raised|and)\\s)`, 'g');
/** "teamed with fabless startup NAME,", "with data firm NAME.": a kind word (perhaps described) after "with", then a name that ends the clause. */
/** (or after "by"/"from", maybe with "the": "published by the data-labelling company NAME.") */
/** (the description may open on a nationality or an acronym: "with Korean IT services firm NAME to target …", the name then ending before a preposition) */
const WITH_KIND_NAME = new RegExp(`(?<![A-Za-z])(?:with|by|from)\\s(?:the\\s)?(?:(?:[A-Z][a-z]+|[A-Z]{2,4})\\s){0,2}(?:[a-z][a-z\\-]{1,15}\\s){0,2}${KIND}\\s${NAME}(?=[,.;]|\\s(?:to|for|on|in|as|under)\\s)`, 'g');
/** Capitalised words that open a phrase rather than a name. */
const NOT_NAME = /^(?:The|A|An|Its|It|This|That|These|Those|Their|Our|His|Her|Seoul|Korea|Korean|South|North|Meanwhile|However|Separately|Also|But|And|In|On|At|For|Last|Next|Unlike)\b/;
const CUE = /-based\s[A-Z]|start-?up|company|firm|developer|chipmaker|unicorn|integrator|distributor|reseller|vendor|Corporation|Corp\.|Inc\.|Co\.,\sLtd/;

/** Companies named next to a word for their kind, where no mention covers the name yet. */
export function discoverEnglishCompanies(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  if (!CUE.test(text) || !/[A-Z][a-z]/.test(text)) return out;
  for (const re of [KIND_BEFORE_NAME, NAME_THEN_KIND, NAME_THEN_FORM, BASED_THEN_NAME, WITH_KIND_NAME]) {
    for (const m of matchesIn(re, text)) {
      const name = m[1]!;
      const at = re === KIND_BEFORE_NAME || re === BASED_THEN_NAME || re === WITH_KIND_NAME ? m.index + m[0].length - name.length : m.index;
      // (a generic word the gazetteer blocks may close the name: "Garam ICT", "Haneul AI")
      const closing = (x: Mention): boolean => x.via === 'blocked' && x.start > at && x.end <= at + name.length;
      if (NOT_NAME.test(name) || overlaps([...ms, ...out].filter((x) => !closing(x)), at, at + name.length)) continue;
      out.push(discoveredMention('Company', name, at, at + name.length));
    }
  }
  return out;
}
