/** Small text helpers shared by the layouts: whitespace, line cleaning. */

const SPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Collapses every run of white space (incl. NBSP, zero-width) into one space and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim().normalize('NFC');
}

/** Stock codes right after a name: "SK텔레콤(017670)" → "SK텔레콤"; other parentheses stay. */
export function stripStockCodes(s: string): string {
  return s.replace(/(?<=\S)\s?\((?:(?:KRX|KS|KQ|KOSPI|KOSDAQ|코스피|코스닥)\s?:\s?)?\d{6}(?:\.K[SQ])?\)/g, '');
}
