/**
 * "권민재 Minjae Kwon": a person's Korean name with its Latin spelling right after it, no parentheses between (a
 * profile's display name, a byline): the Latin form is the person's alias, so another article's "Minjae Kwon" finds them.
 */
import type { Sentence } from '../parse/types.js';
import { occurrencesOf } from '../parse/text.js';
import type { Acc } from './article-acc.js';
import { samePersonInTwoScripts } from './transliterate.js';
import { isFullNameShape } from './engine/full-name.js';

/** The two or three capitalised words after a name, each perhaps hyphenated ("Minjae Kwon", "Kwon Min-jae"). */
const LATIN_AFTER = /^\s([A-Z][a-z]+(?:-[a-z]+)?\s[A-Z][a-z]+(?:-[a-z]+)?)(?![A-Za-z])/;

/** Adds the Latin spelling written beside a discovered person's Hangul name as that person's alias. */
export function addLatinSpellings(acc: Acc, sentences: Sentence[]): void {
  for (const e of acc.entities.values()) {
    if (e.type !== 'Person' || !e.discovered) continue;
    for (const name of Object.keys(e.names)) {
      if (!isFullNameShape(name)) continue;
      for (const s of sentences) {
        for (const at of occurrencesOf(s.text, name)) {
          const latin = LATIN_AFTER.exec(s.text.slice(at + name.length))?.[1];
          if (latin && samePersonInTwoScripts(name, latin) && !e.aliases.includes(latin)) e.aliases.push(latin);
        }
      }
    }
  }
}
