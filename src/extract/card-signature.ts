/**
 * A quote's signature line under a company's card ('"…" — NAME 대표' below a heading 'X (Latin)'): the one who signs
 * speaks for the card's company, not for the site that lists the cards (a fund's portfolio page, a partner directory),
 * even where the page's quotes make it read like an interview.
 */
import type { Mention } from './types.js';

/** "— NAME 대표", "– NAME CTO": a dash, then a name of two to four syllables and a post. */
const SIGNATURE_LINE = /^[—–―]\s?[가-힣]{2,4}\s[가-힣A-Za-z]{1,12}\s*$/;

/** The company a heading opened the card on, when the sentence is the signature of the quote above it. */
export function cardSigner(text: string, sectionCompany: Mention | undefined): Mention | undefined {
  return sectionCompany && SIGNATURE_LINE.test(text.trim()) ? sectionCompany : undefined;
}
