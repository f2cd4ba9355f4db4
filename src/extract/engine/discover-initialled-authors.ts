/**
 * A paper's comments or author notes that name each author by initial and surname with the place they work at
 * ("H. Park: Gaon Institute of Technology.", "J. Oh: Acme Labs Inc. (now at KT)", "M. Cho is CTO of Acme Labs; S. Lim is
 * with Upstage"): the initialled name is a person of the article, and an organisation no gazetteer knows after the colon
 * or the post is a company (patterns-works-for.jsonl reads the post).
 */
import type { Mention } from '../types.js';
import { discoveredMention, overlaps } from './discover-common.js';

/** An initialled name ("D. Moon", "J.-H. Lee", "S. J. Park"), then a colon or "is with/at/CTO of …" right after it. */
const INITIALLED = /(?<![A-Za-z.])([A-Z]\.(?:\s?-?[A-Z]\.)?\s[A-Z][a-z]+(?:-[a-z]+)?)(?=:\s[A-Z]|\sis\s(?:now\s)?(?:with|at|the\s|an?\s|C[A-Z]{1,2}O\b|[A-Z][a-z]+\s(?:of|at)\s))/g;
/** An organisation: capitalised words (joined by of, and, for, &) and a legal form, up to a stop. */
const ORG = String.raw`((?:[A-Z][A-Za-z0-9&\-]*)(?:\s(?:(?:of|and|for|&)\s)?[A-Z][A-Za-z0-9&\-]*)*(?:,?\s(?:Inc|Corp|Ltd|Co)\.)?)(?=[.;,(]|\s\(|$)`;
/** The organisation after "NAME: ", or after "NAME is with", "NAME is CTO of", "NAME is a researcher at". */
const ORG_AFTER = new RegExp(String.raw`^(?::\s|\sis\s(?:now\s)?(?:with\s|at\s|(?:the\s|an?\s)?[A-Za-z]+(?:\s[a-z]+)?\s(?:of|at)\s)(?:the\s)?)${ORG}`);

/** The initialled authors of a comments line, and the organisations named after their colons. */
export function discoverInitialledAuthors(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  INITIALLED.lastIndex = 0;
  for (let m = INITIALLED.exec(text); m; m = INITIALLED.exec(text)) {
    const end = m.index + m[1]!.length;
    if (overlaps([...ms, ...out], m.index, end)) continue;
    out.push(discoveredMention('Person', m[1]!, m.index, end));
    const org = ORG_AFTER.exec(text.slice(end));
    if (!org) continue;
    const name = org[1]!.replace(/,?\s(?:Inc|Corp|Ltd|Co)\.$/, '');
    const at = end + org[0].length - org[1]!.length;
    if (name.length > 2 && !overlaps([...ms, ...out], at, at + org[1]!.length)) out.push(discoveredMention('Company', name, at, at + org[1]!.length));
  }
  return out;
}
