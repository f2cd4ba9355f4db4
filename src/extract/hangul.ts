/**
 * Hangul syllable arithmetic: a precomposed syllable (가–힣) is 0xAC00 + (initial × 21 + medial) × 28 + final,
 * and Korean particles and endings are chosen by its final consonant (받침).
 */

/** Final consonants by their index in a syllable's code: none, ㄴ, ㄹ. */
export const FINAL = { none: 0, nieun: 4, rieul: 8 } as const;

/** A precomposed syllable's parts, each as its index: initial 0–18, medial (vowel) 0–20, final 0–27 (0 for none). */
export interface Jamo {
  initial: number;
  medial: number;
  final: number;
}

/** The parts of the Hangul syllable with char code `code`; undefined for any other character. */
export function jamoOf(code: number): Jamo | undefined {
  const c = code - 0xac00;
  if (!(c >= 0 && c <= 11171)) return undefined; // (NaN too: charCodeAt past the end)
  return { initial: Math.floor(c / 588), medial: Math.floor((c % 588) / 28), final: c % 28 };
}

/** The final consonant's index (0 for none, 1–27) of the syllable at `at` in `text`; undefined when that is not a Hangul syllable. */
export function finalAt(text: string, at: number): number | undefined {
  return jamoOf(text.charCodeAt(at))?.final;
}

/** Whether the syllable at `at` is Hangul closed by a consonant (false for an open syllable, undefined for no Hangul syllable). */
export function closedAt(text: string, at: number): boolean | undefined {
  const f = finalAt(text, at);
  return f === undefined ? undefined : f !== FINAL.none;
}
