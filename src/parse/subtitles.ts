/**
 * A video's subtitle file saved as text (SubRip .srt or WebVTT): numbered cues, each a timing line
 * ("00:00:15,850 --> 00:00:19,230") and a line or two of speech, where a speaker's sentence runs on
 * across several cues. unwrapSubtitles() gives back running text the plain-text reader handles: cue
 * numbers and timings gone, a sentence's pieces joined with spaces, and a paragraph ended where a cue
 * ends a sentence with a question (the next speaker's turn) or a cue is only a bracketed title card
 * ("[뉴스 | 2026년 11월 5일]": the first one is the title). Text with fewer than three cues is returned unchanged.
 * A video page saved as text with its caption file appended (title, description and comments, then "WEBVTT" and
 * the cues) keeps the page's own lines before the captions. Auto-generated captions have no punctuation: their
 * sentences are closed at Korean sentence-final endings and their spoken numerals and letters written as digits and Latin, as the watch
 * page's transcript panel is read (layouts/video.ts), and a long silence between cues (a chapter) ends a paragraph.
 */
import { writeSpeech } from './layouts/video.js';

const TIMING = /^\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(?:\s.*)?$/;
const CUE_NUMBER = /^\s*\d{1,5}\s*$/;
const CARD = /^\s*\[[^\]]{2,80}\]\s*$/;
/** A speaker's caption card ("[인터뷰] NAME / X 대표"): a cue of its own between the report's lines, never the title. */
const SPEAKER_CARD = /^\s*\[[^\]]{2,10}\]\s?[가-힣A-Za-z][가-힣A-Za-z ]{1,20}\s?\/\s?[^/[\]]{2,40}$/;
const TURN_END = /[?？]\s*$/;
/** The WebVTT file's header line. */
const VTT_HEADER = /^\s*WEBVTT(?:\s.*)?$/;
/** A gap between cues this long (seconds) starts a new paragraph: the video's next chapter. */
const CHAPTER_GAP = 60;
/** A cue's start time ("00:04:30.120" or "04:30,120") in seconds. */
const CUE_START = /^\s*(?:(\d{1,2}):)?(\d{2}):(\d{2})[,.]\d{3}/;

/** A WebVTT voice tag opening a cue ("<v 앵커>", "<v.loud 홍길동>"): who speaks it. */
const VOICE = /^<v(?:\.[\w.-]+)?\s+([^>]{1,30})>/;
/** Any other cue markup: closing tags, styling spans, karaoke timestamps ("</v>", "<i>", "<c.yellow>", "<00:00:01.000>"). */
const CUE_TAG = /<\/?(?:v|c|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{2}:\d{2}(?::\d{2})?\.\d{3}>/g;
/** A WebVTT NOTE block's header field naming the clip ("클립 제목: …", "Title: …") or when it aired ("방송일: 2026-11-18 …"). */
const NOTE_TITLE = /^(?:(?:클립|영상|방송|프로그램)?\s?제목|Title)\s?[:：]\s?(.{4,200})$/i;
const NOTE_DATE = /^(?:방송일(?:시)?|방영일|게시일|업로드일|날짜|Date|Aired|Published)\s?[:：]\s?(.{6,60})$/i;

/** The title and the date line the NOTE blocks before the first cue give (a WebVTT file's header notes), as the text's first lines. */
function headerNotes(lines: string[]): string[] {
  const first = lines.findIndex((l) => TIMING.test(l));
  const notes = lines.slice(0, first < 0 ? 0 : first).map((l) => l.trim());
  const title = notes.map((l) => NOTE_TITLE.exec(l)?.[1]).find((x) => x !== undefined);
  const date = notes.map((l) => NOTE_DATE.exec(l)?.[1]).find((x) => x !== undefined);
  return title ? [title.trim(), ...(date ? [date.trim()] : [])] : [];
}

/**
 * The page's own lines before an appended caption file's "WEBVTT" header (a watch page saved as text), the title
 * line's value ("제목: …") first; none when the file starts with its header.
 */
function pageLines(lines: string[]): string[] {
  const header = lines.findIndex((l) => VTT_HEADER.test(l));
  const page = header > 0 ? lines.slice(0, header) : [];
  if (!page.some((l) => l.trim() !== '')) return [];
  const at = page.findIndex((l) => NOTE_TITLE.test(l.trim()));
  if (at < 0) return page;
  return [NOTE_TITLE.exec(page[at]!.trim())![1]!.trim(), '', ...page.filter((_, i) => i !== at)];
}

/** A cue's start in seconds. */
function readCueStart(line: string): number {
  const m = CUE_START.exec(line)!;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/** Captions with no punctuation at all (auto-generated) closed at their sentence endings, numerals as digits. */
function punctuateCaptions(paragraphs: string[]): string[] {
  if (paragraphs.some((p) => /[.?!。](?:\s|$)/.test(p))) return paragraphs;
  return paragraphs.map(writeSpeech);
}

export function unwrapSubtitles(text: string): string {
  const lines = text.split(/\r?\n/);
  if (lines.filter((l) => TIMING.test(l)).length < 3) return text;
  const cues: string[] = [];
  let cue: string[] | undefined;
  let speaker: string | undefined;
  let last: number | undefined;
  for (const [i, line] of lines.entries()) {
    if (TIMING.test(line)) {
      const at = readCueStart(line);
      if (last !== undefined && at - last >= CHAPTER_GAP && cues.length > 0) cues.push('\u2029');
      last = at;
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
    // (a voice tag naming a speaker other than the last one's: a turn of its own, the tag no part of the speech)
    const voice = VOICE.exec(line.trim())?.[1]?.trim();
    if (voice && voice !== speaker && cue.length === 0 && cues.length > 1) cues.splice(cues.length - 1, 0, '\u2029');
    if (voice) speaker = voice;
    cue.push(line.trim().replace(CUE_TAG, '').trim());
    cues[cues.length - 1] = cue.join(' ');
  }
  const paragraphs: string[] = [];
  let open: string[] = [];
  const close = (): void => {
    if (open.length) paragraphs.push(open.join(' '));
    open = [];
  };
  for (const c of cues.filter((x) => x !== '')) {
    if (c === '\u2029') {
      close();
      continue;
    }
    if (CARD.test(c) || (SPEAKER_CARD.test(c) && paragraphs.length + open.length > 0)) {
      close();
      paragraphs.push(c.trim());
      continue;
    }
    open.push(c);
    if (TURN_END.test(c)) close();
  }
  close();
  const page = pageLines(lines);
  const head = page.length > 0 ? [page.join('\n').trim()] : headerNotes(lines);
  return [...head, ...punctuateCaptions(paragraphs)].join('\n\n') + '\n';
}
