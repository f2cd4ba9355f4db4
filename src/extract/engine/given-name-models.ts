/**
 * A one-word model name the gazetteer knows ("Claude", "Gemini") that is a person's given name in the sentence: before a Korean
 * surname ("Claude Lee"), or where a person introduces themself or speaks ("I'm Claude, a founder …", "as Claude said", "Claude here,").
 */
import type { Mention } from '../types.js';
import { KOREAN_SURNAME } from './discover-english-persons.js';

/** A Korean surname as its own word after a Latin name ("GIVEN Kim", "GIVEN Park"): the name before it is a given name. */
const SURNAME_AFTER = new RegExp(`^\\s(?:${KOREAN_SURNAME})(?![A-Za-z0-9\\-.:])`);
/** "I'm Claude, a founder …", "Claude here,": a one-word model name where a person introduces themself or speaks. */
const SPEAKER_BEFORE = /(?:^|[\s"“(])I(?:['’]m|\sam)\s$/;
const SPEAKER_AFTER = /^\shere,/;
/** "as Claude said": a name a reply cites as someone who said it. */
const CITED_BEFORE = /\b[Aa]s\s$/;
const CITED_AFTER = /^\s(?:said|says|wrote|mentioned)\b/;
/** "Claude Lee", "I'm Claude,", "as Claude said": a bare one-word model name that is a person's given name is no model. */
export function dropGivenNameModels(text: string, ms: Mention[]): void {
  if (!/[A-Z][a-z]+ [A-Z]|I['’]m |I am | said| says| wrote| mentioned| here,/.test(text)) return;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type !== 'Model' || !/^[A-Z][a-z]+$/.test(m.surface)) continue;
    const after = text.slice(m.end, m.end + 12);
    const before = text.slice(Math.max(0, m.start - 6), m.start);
    if (SURNAME_AFTER.test(after) || SPEAKER_BEFORE.test(before) || SPEAKER_AFTER.test(after) || (CITED_BEFORE.test(before) && CITED_AFTER.test(after))) ms.splice(i, 1);
  }
}
