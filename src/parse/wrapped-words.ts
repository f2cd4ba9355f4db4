/**
 * The lines of a hard-wrapped paragraph (text taken from a PDF, an e-mail wrapped at a width) joined into its text. A
 * line break is a space between words, except where the next line opens on a syllable no Korean word opens on — a
 * past-tense ending split off its verb ("추가 학습하" / "였으며"): the word goes on across the break.
 */

/** Syllables that only ever end a word: the past-tense and future endings ("였다", "었으며", "았고", "겠다"). */
const WORD_GOES_ON = /^(?:였|었|았|겠)/;

export function joinWrappedLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!out) out = line;
    else out += (WORD_GOES_ON.test(line) && /[가-힣]$/.test(out) ? '' : ' ') + line;
  }
  return out;
}
