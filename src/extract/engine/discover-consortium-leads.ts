/**
 * Companies named in English as the leads of consortia ("the Gaonsoft consortium", "a Gaonsoft-led consortium"):
 * the capitalised name right before "consortium" (or "-led consortium"), unless it is an ordinary word opening the phrase;
 * and the members a consortium lists in parentheses after it ("consortium (participants: Nota, Flitto and others)").
 */
import type { Mention } from '../types.js';
import { isTaken, type DiscoveryLexicon } from './discover-common.js';
import { companyWithCountry } from './discover-companies.js';
import { normalizeName } from '../../graph/index.js';

/** "NeuroCircle consortium", "NeuroCircle-led consortium": one or two capitalised words, then the consortium. */
const EN_CONSORTIUM_LEAD = /(?<![A-Za-z0-9&.'’-])([A-Z][A-Za-z0-9&]{2,20}(?:\s[A-Z][A-Za-z0-9&]{1,20})?)(?:-led|\sled)?\sconsortium\b/g;
/** Capitalised words that open a phrase before "consortium", not a company's name. */
const NOT_LEAD = /^(?:The|This|That|These|Those|Each|Every|Any|One|Two|Three|Four|Five|Six|Its|Their|Our|Your|His|Her|Korean|Korea|Chinese|American|Japanese|European|Global|Local|National|Government|Public|Private|Industry|Joint|Selected|Winning|Leading|New|First|Second|Third|Final|Additional|Another|Which|Whose|A|An|AI|LLM|Team)(?:\s|$)/;

/** "consortium (participants: A, B and others)": the members' list in parentheses. */
const EN_CONSORTIUM_MEMBERS = /consortium\s?\((?:participants|members|partners|including|with)\s?:?\s([^()]{2,160})\)/g;
/** One member's capitalised name (up to three words). */
const MEMBER_NAME = /^[A-Z][A-Za-z0-9&.\-]{1,20}(?:\s[A-Z][A-Za-z0-9&]{1,20}){0,2}$/;
const MEMBER_SEP = /,\s?|\s(?:and|&)\s/;

export function discoverConsortiumLeads(text: string, taken: Mention[], lx: DiscoveryLexicon): Mention[] {
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
