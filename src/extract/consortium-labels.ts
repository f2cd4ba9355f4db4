/** Consortium rosters written as labelled lines, and the companies a team's sentences may name as its lead or members. */
import type { ParagraphSentence } from './consortium-paragraph.js';
import type { Mention } from './types.js';

/** A company named in its own right (not a reference, a blocked word or an anonymous model's owner). */
export function usable(m: Mention): boolean {
  return m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && m.via !== 'anonymous';
}

/** A consortium's roster written as labelled lines ("주관사: A (지분 60%) — 총괄", "구성원: B, C"): the lead's line opens the team, a member's line adds to it. */
export const LEAD_LABEL = /^(?:[-•·*▪]\s?)?(?:주관\s?(?:사|기관|기업|업체)|대표\s?(?:사|기관|기업)|컨소시엄\s?주관사?)\s?[:：]\s?/;
export const MEMBER_LABEL = /^(?:[-•·*▪]\s?)?(?:(?:공동\s?수급\s?)?구성\s?원(?:사)?|참여\s?(?:사|기관|기업|업체)|공동\s?수급\s?(?:사|업체)|협력\s?(?:사|기관|기업))\s?[:：]\s?/;
/** The companies a labelled line names: after its label, up to a dash that opens the line's note ("— 데이터 구축"). */
export function labelledCompanies(s: ParagraphSentence, from: number): Mention[] {
  const note = s.text.slice(from).search(/\s[—–-]\s/);
  const to = note < 0 ? s.text.length : from + note;
  return s.mentions.filter((m) => usable(m) && m.start >= from && m.end <= to && /^[\s,·()㈜주식회사]*$/.test(s.text.slice(from, m.start).replace(/\([^()]{0,20}\)/g, '').split(/,|·|및|와|과/).at(-1) ?? ''));
}
