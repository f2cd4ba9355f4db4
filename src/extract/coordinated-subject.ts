/**
 * Which company a sentence is about, where the plain "first company with a subject particle" reading needs help:
 * "회사는 …" opening the sentence (the company the word stands for), and "A와 B는 …" (the first of the coordinated pair).
 */
import type { Mention } from './types.js';

/** "회사는 …", "이 회사는 …" opening a sentence: the company the word stands for is the sentence's subject. */
const COMPANY_WORD_REF = /^(?:(?:이|해당|같은)\s?)?회사$/;

/** True where `m` is a reference word for a company ("회사", "이 회사") opening the sentence. */
export function isOpeningCompanyWord(text: string, m: Mention): boolean {
  return m.start === 0 && COMPANY_WORD_REF.test(text.slice(m.start, m.end));
}

/** "A와 B는 …": of a coordinated subject, the first named is the one the story is about. */
export function firstOfCoordinated(text: string, ms: Mention[], found: Mention | undefined): Mention | undefined {
  const i = found ? ms.indexOf(found) : -1;
  const before = i > 0 ? ms[i - 1] : undefined;
  return before?.type === 'Company' && before.via !== 'reference' && /^(?:와|과)\s$/.test(text.slice(before.end, found!.start)) ? before : found;
}
