/**
 * The lines of a hard-wrapped paragraph (text taken from a PDF, an e-mail wrapped at a width) joined into its text. A
 * line break is a space between words, except where the next line opens on a syllable no Korean word opens on — a
 * past-tense ending split off its verb ("추가 학습하" / "였으며"): the word goes on across the break; or where the two
 * pieces make a word the document writes whole elsewhere ("가람정" / "보통신은" beside "가람정보통신은", "컨" / "소시엄은"
 * beside "컨소시엄"): a name or noun split by the wrap.
 */

/** Syllables that only ever end a word: the past-tense and future endings ("였다", "었으며", "았고", "겠다"). */
const WORD_GOES_ON = /^(?:였|었|았|겠)/;

/** A run of letters and digits (a word without its punctuation). */
const WORD_RUN = /[가-힣A-Za-z0-9]+/g;

/** The words a document writes whole, each also without one or two closing syllables (a particle or an ending): "가람정보통신은" gives "가람정보통신". */
export function wholeWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD_RUN)) {
    const w = m[0];
    if (w.length < 3 || !/[가-힣]/.test(w)) continue;
    out.add(w);
    if (/[가-힣]$/.test(w)) out.add(w.slice(0, -1));
    if (/[가-힣]{2}$/.test(w) && w.length > 4) out.add(w.slice(0, -2));
  }
  return out;
}

/** Whether a Hangul word split at a line's end goes on into the next line's first word, as the document writes it whole elsewhere. */
function splitWord(before: string, after: string, words: ReadonlySet<string>): boolean {
  const head = /[가-힣]+$/.exec(before)?.[0];
  const tail = /^[가-힣]+/.exec(after)?.[0];
  if (!head || !tail || words.size === 0) return false;
  const joined = head + tail;
  for (let cut = 0; cut <= 2 && joined.length - cut >= head.length + 2; cut++) if (words.has(joined.slice(0, joined.length - cut))) return true;
  return false;
}

export function joinWrappedLines(lines: readonly string[], words: ReadonlySet<string> = new Set()): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!out) out = line;
    else out += ((WORD_GOES_ON.test(line) && /[가-힣]$/.test(out)) || splitWord(out, line, words) ? '' : ' ') + line;
  }
  return out;
}
