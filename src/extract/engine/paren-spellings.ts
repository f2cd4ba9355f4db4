/** One more way a model's parenthesised other name spells the same model (see paren-aliases.ts). */
import { consonantSkeleton, romanize } from '../transliterate.js';

/** "SD-4" and "새달-4": a name of capitals and its version, and one of Hangul syllables and the same version. */
const INITIALLED = /^([A-Z]{2,4})([-\s]?\d{1,2}(?:\.\d{1,2})?)$/;
const SYLLABLED = /^([가-힣]{2,4})([-\s]?\d{1,2}(?:\.\d{1,2})?)$/;

/** "SD-4(새달-4)": the capitals are the romanised syllables' initials (새 s, 달 d), the version the same: one model's two names. */
export function sameInitials(a: string, b: string): boolean {
  const [l, h] = INITIALLED.test(a) ? [INITIALLED.exec(a), SYLLABLED.exec(b)] : [INITIALLED.exec(b), SYLLABLED.exec(a)];
  if (!l || !h || l[2]!.replace(/[-\s]/, '') !== h[2]!.replace(/[-\s]/, '') || l[1]!.length !== h[1]!.length) return false;
  return [...h[1]!].map((c) => romanize(c)[0]!.toUpperCase()).join('') === l[1];
}

/** "Trần Thị Lan, Tran Thi Lan": a foreign name's Latin spellings, with and without diacritics, each of capitalised words. */
const LATIN_SPELLINGS = /^\p{Lu}[\p{L}'\-]{0,15}(?:\s\p{Lu}[\p{L}'\-]{0,15}){1,3}(?:,\s?\p{Lu}[\p{L}'\-]{0,15}(?:\s\p{Lu}[\p{L}'\-]{0,15}){1,3})?$/u;

/**
 * "쩐 티 란(Trần Thị Lan, Tran Thi Lan)": the Latin spellings of a foreign name written in Hangul, as many words as it
 * has (a Vietnamese, Thai or Spanish name given in both scripts); undefined where the parentheses hold anything else.
 */
export function latinSpellingsOf(hangul: string, inner: string): string[] | undefined {
  if (!/\s/.test(hangul) || !LATIN_SPELLINGS.test(inner)) return undefined;
  const forms = inner.split(/,\s?/);
  const words = hangul.split(/\s+/).length;
  return forms.every((f) => f.split(/\s+/).length === words) ? forms : undefined;
}

/** A name's stem, then its size and version words ("솔빛법률 7B v3": "솔빛법률", "7B v3"). */
const STEM_THEN_TAIL = /^(\S+)\s(\d{1,3}(?:\.\d)?[BbMm](?:\s[vV]\d{1,2}(?:\.\d{1,2})?)?|[vV]\d{1,2}(?:\.\d{1,2})?(?:\s\d{1,3}(?:\.\d)?[BbMm])?)$/;

/**
 * "솔빛법률 7B v3" and "Solbit-Legal 7B v3": a Hangul name and its English gloss that keeps the brand's sounds and translates
 * the rest — the same size and version words, and the Latin stem's first part the romanised start of the Hangul stem.
 */
export function sameBrandGloss(hangul: string, latin: string): boolean {
  const [h, l] = [STEM_THEN_TAIL.exec(hangul), STEM_THEN_TAIL.exec(latin)];
  if (!h || !l || h[2]!.toLowerCase() !== l[2]!.toLowerCase() || !/^[가-힣]{3,8}$/.test(h[1]!)) return false;
  const brand = /^([A-Za-z]{3,10})-[A-Za-z]{2,12}$/.exec(l[1]!)?.[1]?.toLowerCase();
  const sounds = romanize(h[1]!).toLowerCase();
  return !!brand && sounds.startsWith(brand) && sounds.length > brand.length;
}

/**
 * "Nimbus-Ko-Chat (하늘소프트)": Hangul in parentheses after a hyphenated Latin name that sounds like none of it
 * (a heading's developer note) is another name, not the model's alias; "Orca-7B (오르카)" still is one.
 */
export function namesAnother(latin: string, hangul: string): boolean {
  if (!/[A-Za-z]-[A-Za-z]/.test(latin)) return false;
  const words = latin.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w));
  const sound = consonantSkeleton(romanize(hangul.replace(/\s/g, '')));
  return consonantSkeleton(words.join('')) !== sound;
}
