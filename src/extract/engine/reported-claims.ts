/**
 * English claims a sentence passes on before its base: "Someone alleged (that) X was derived from Y", "Reports say X was
 * built on Y", "X was reportedly distilled from Y". The base is raised (raised-claims.ts settles it by the next sentence),
 * disputed where the same sentence goes on to deny it ("…, but the company denied it"), stated where it confirms it.
 */
import { ALLEGED_BEFORE, REPORTED_BEFORE } from './clause-ends.js';

/** After the match: the claim's own sentence answering it no ("…, but the company denied it", "…, which Z rejected"). */
const ANSWERED_NO_AFTER = /^[^.;]{0,80}?,?\s(?:but|and|which|though|although)\s(?:[^.;]{0,50}?\s)?(?:denied|denies|rejected|rejects|refuted|dismissed)\b/;

/** After the match: the claim's own sentence confirming it ("…, and the company later confirmed it"). */
const ANSWERED_YES_AFTER = /^[^.;]{0,80}?,?\s(?:and|which)\s(?:[^.;]{0,50}?\s)?(?:confirmed|acknowledged|admitted)\b/;

/**
 * 'raised', 'disputed' or 'stated' (confirmed) for a base match a claim word before governs, else undefined (`encoded`
 * is the encoded sentence).
 */
export function reportedBaseStatus(encoded: string, start: number, end: number): 'raised' | 'disputed' | 'stated' | undefined {
  if (start <= 0) return undefined;
  const before = encoded.slice(Math.max(0, start - 80), start);
  if (!((before.includes('alleg') && ALLEGED_BEFORE.test(before.slice(-60))) || REPORTED_BEFORE.test(before))) return undefined;
  const rest = encoded.slice(end, end + 160);
  return ANSWERED_NO_AFTER.test(rest) ? 'disputed' : ANSWERED_YES_AFTER.test(rest) ? 'stated' : 'raised';
}
