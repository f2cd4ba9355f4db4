/**
 * A Korean full name as the readers' patterns spell it: a surname of one syllable and a given name of two ("김민수"),
 * or a surname of two syllables and a given name of two ("남궁민수", "황보서진", "선우하늘"), which a pattern that
 * reads three syllables alone would cut or miss.
 */

/** Surnames of two syllables. */
export const COMPOUND_SURNAMES = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문'] as const;

/** The source of a full name, to splice into a pattern (no group of its own). */
export const FULL_NAME = String.raw`(?:(?:${COMPOUND_SURNAMES.join('|')})[가-힣]{2}|[가-힣]{3})`;

/** True for a word shaped like a full name (see FULL_NAME). */
export function isFullNameShape(s: string): boolean {
  return FULL_NAME_WHOLE.test(s);
}
const FULL_NAME_WHOLE = new RegExp(`^${FULL_NAME}$`);

/** The surname of a full name ("남궁민수" → 남궁, "김민수" → 김). */
export function surnameOf(name: string): string {
  return COMPOUND_SURNAMES.find((c) => name.length === 4 && name.startsWith(c)) ?? name[0]!;
}
