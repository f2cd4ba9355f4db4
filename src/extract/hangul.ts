/**
 * Hangul syllable arithmetic: a precomposed syllable (가–힣) is 0xAC00 + (initial × 21 + medial) × 28 + final,
 * and Korean particles and endings are chosen by its final consonant (받침).
 */

/** Final consonants by their index in a syllable's code: none, ㄴ, ㄹ. */
export const FINAL = { none: 0, nieun: 4, rieul: 8 } as const;

/** The final consonant's index (0 for none, 1–27) of the syllable at `at` in `text`; undefined when that is not a Hangul syllable. */
export function finalAt(text: string, at: number): number | undefined {
  const code = text.charCodeAt(at);
  return code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 : undefined;
}

/** Whether the syllable at `at` is Hangul closed by a consonant (false for an open syllable, undefined for no Hangul syllable). */
export function closedAt(text: string, at: number): boolean | undefined {
  const f = finalAt(text, at);
  return f === undefined ? undefined : f !== FINAL.none;
}
