/**
 * A video's subtitle file saved as text (SubRip .srt or WebVTT): numbered cues, each a timing line
 * ("00:00:15,850 --> 00:00:19,230") and a line or two of speech, where a speaker's sentence runs on
 * across several cues. unwrapSubtitles() gives back running text the plain-text reader handles: cue
 * numbers and timings gone, a sentence's pieces joined with spaces, and a paragraph ended where a cue
 * ends a sentence with a question (the next speaker's turn) or a cue is only a bracketed title card
 * ("[뉴스 | 2026년 11월 5일]": the first one is the title). Text with fewer than three cues is returned unchanged.
 */
const TIMING = /^\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(?:\s.*)?$/;
const CUE_NUMBER = /^\s*\d{1,5}\s*$/;
const CARD = /^\s*\[[^\]]{2,80}\]\s*$/;
const TURN_END = /[?？]\s*$/;

export function unwrapSubtitles(text: string): string {
  const lines = text.split(/\r?\n/);
  if (lines.filter((l) => TIMING.test(l)).length < 3) return text;
  const cues: string[] = [];
  let cue: string[] | undefined;
  for (const [i, line] of lines.entries()) {
    if (TIMING.test(line)) {
      cue = [];
      cues.push('');
      continue;
    }
    // the cue number before a timing line, the WEBVTT header and its notes
    if ((CUE_NUMBER.test(line) && TIMING.test(lines[i + 1] ?? '')) || !cue) continue;
    if (line.trim() === '') {
      cue = undefined;
      continue;
    }
    cue.push(line.trim());
    cues[cues.length - 1] = cue.join(' ');
  }
  const paragraphs: string[] = [];
  let open: string[] = [];
  const close = (): void => {
    if (open.length) paragraphs.push(open.join(' '));
    open = [];
  };
  for (const c of cues.filter((x) => x !== '')) {
    if (CARD.test(c)) {
      close();
      paragraphs.push(c.trim());
      continue;
    }
    open.push(c);
    if (TURN_END.test(c)) close();
  }
  close();
  return paragraphs.join('\n\n') + '\n';
}
