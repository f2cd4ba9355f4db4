/**
 * A title line that is a company's Hangul name and then its Latin name, no parentheses: "가람AI랩 Garam AI Lab", "소담메딕
 * SodamMedic" (a portfolio's or a directory's company card, an IR page's heading, a member list), maybe with a status badge
 * after it ("… Exited", "… Acquired"). The Latin words spell the Hangul name's consonants, so both are one company's names:
 * the Latin one is the Hangul one's alias, not a second company.
 */
import { normalizeName } from '../../graph/index.js';
import type { Mention } from '../types.js';
import { consonantSkeleton, romanize, sameCompanyInTwoScripts } from '../transliterate.js';
import { companyWithCountry } from './company-countries.js';
import type { DiscoveryLexicon } from './discover-common.js';
import { nearSkeletons } from './discover-apposed-gloss.js';

/** The Hangul name (maybe with "AI" inside), its Latin name of one to three capitalised words, an optional status badge. */
const SPACED_TITLE = /^([가-힣][가-힣A-Z]{1,11})\s([A-Z][A-Za-z0-9&]{0,20}(?:\s[A-Z][A-Za-z0-9&]{0,20}){0,2}?)(?:\s(?:Exited|Acquired|IPO|Listed|New|NEW))?$/;

/** Whether a Hangul name and a Latin one spell the same company (the same consonants, or the same stem and suffix). */
function spellSame(hangul: string, latin: string): boolean {
  return sameCompanyInTwoScripts(hangul, latin) || nearSkeletons(consonantSkeleton(romanize(hangul)), consonantSkeleton(latin));
}

/** Folds a title line's Latin name into the company its Hangul name is (found, or made here). */
export function foldCardTitleGloss(text: string, ms: Mention[], lx: DiscoveryLexicon): void {
  const m = text.length <= 60 ? SPACED_TITLE.exec(text) : null;
  if (!m) return;
  const [hangul, latin] = [m[1]!, m[2]!];
  // (a name of three syllables or fewer with a two-word gloss may be a person's: "김하늘 Kim Haneul")
  if ((hangul.length <= 3 && latin.includes(' ')) || !spellSame(hangul, latin)) return;
  if (ms.some((x) => x.type !== 'Company' && x.start < hangul.length)) return;
  let head = ms.find((x) => x.type === 'Company' && x.start === 0 && x.end === hangul.length);
  if (!head) {
    if (ms.some((x) => x.start < hangul.length) || lx.generic.has(normalizeName(hangul))) return;
    head = companyWithCountry(text, hangul, 0, lx);
    ms.push(head);
  }
  const [from, to] = [hangul.length + 1, hangul.length + 1 + latin.length];
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i] !== head && ms[i]!.start >= from && ms[i]!.end <= to) ms.splice(i, 1);
  if (!head.aliases.includes(latin)) head.aliases.push(latin);
}

/** A status badge after a card title's names ("Exited", "Acquired"). */
const BADGE_AFTER = /\s(?:Exited|Acquired|IPO|Listed|New|NEW)$/;

/** Whether what follows a card title's Hangul name is its Latin alias the fold above gave it (maybe with a badge). */
export function isTitleGloss(rest: string, company: Mention): boolean {
  return rest.startsWith(' ') && company.aliases.includes(rest.replace(BADGE_AFTER, '').trim());
}
