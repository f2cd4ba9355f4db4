/**
 * A story's deck written as dashed lines under its headline, before its first sentence ("- 평균 78점 X 선두…Y 2위"): headline
 * style, so its names are shortened as a headline's are (see sizedShortForms).
 */
import type { Sentence } from '../parse/types.js';

/** A deck's line: a dash (a bullet opens a list's item instead), then a headline-style phrase that ends with no sentence ending ("- 평균 78점 X 선두…Y 2위"). */
const DECK_LINE = /^[-–—]\s\S.{2,120}(?<![다요죠니까][.!]?|[.!?])$/;

/** The body's deck lines: its dashed headline-style lines before the first sentence that ends as a sentence does. */
export function deckLines(sentences: Sentence[]): Set<number> {
  const out = new Set<number>();
  for (const [i, s] of sentences.entries()) {
    if (s.block !== 'body') continue;
    if (!DECK_LINE.test(s.text)) {
      if (/(?:[다요죠][.!]?|[.!?])["'”’)\]]*$/.test(s.text)) break;
      continue;
    }
    out.add(i);
  }
  return out;
}
