/**
 * A video's watch page saved with its transcript panel open (YouTube's "스크립트": one
 * `.segment` per caption, a `.segment-timestamp` and a `.segment-text`). The page's own story is the
 * uploader's description and the speech; comments, the related-videos column and the player are chrome.
 * rewriteVideoPage() replaces the body with an <article> the generic layout reads: the headline, the
 * description's lines (chapter timestamps, links and hashtag lines left out) and the transcript joined
 * into running text. An auto-generated transcript has no punctuation: its sentences are closed where a
 * Korean sentence-final ending ("…습니다", "…고요", "…죠") ends a word, so the sentence splitter sees them,
 * and its spoken numerals are written as digits ("육십칠 점 삼" → "67.3").
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { escapeText } from 'entities';
import { textOf } from '../dom.js';
import { select } from '../simple-select.js';
import { normalizeSpace } from '../text.js';
import { writeSpokenNumbers } from '../spoken-numbers.js';
import { writeSpokenLetters } from '../spoken-letters.js';

/** A caption that is only a sound card ("[음악]", "[박수]"). */
const SOUND_CARD = /^\[[^\]]{1,20}\]$/;
/** Description lines that are no prose: chapter timestamps, links, hashtag strips. */
const NON_PROSE = /^(?:\d{1,2}:\d{2}(?::\d{2})?\s|\S{0,3}\s*https?:\/\/|\S{0,3}\s*[\w.-]+@[\w.-]+$|(?:#\S+\s*)+$)|https?:\/\/\S+$/u;
/** Korean sentence-final endings of speech, at the end of a word. */
const FINAL_ENDING = /(?:니다|게요|데요|고요|어요|아요|에요|예요|해요|세요|까요|나요|가요|네요|군요|죠)$/;
/** A gap between captions this long (seconds) starts a new paragraph: the video's next chapter. */
const CHAPTER_GAP = 60;

/** "1:02:03" or "10:18" → seconds. */
function readSeconds(stamp: string): number | undefined {
  const m = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$/.exec(stamp.trim());
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

/** Unpunctuated speech with a full stop after each word that ends on a sentence-final ending. */
export function punctuateSpeech(text: string): string {
  return text
    .split(' ')
    .map((w) => (FINAL_ENDING.test(w) ? `${w}.` : w))
    .join(' ');
}

/** A number the speaker takes back at once ("78 아니 87.4": the second is meant). */
const SELF_CORRECTED = /(?<![\d.])\d+(?:\.\d+)?(?:점)? 아니(?: 아니)? (?=\d)/g;

/**
 * Auto-generated speech written as an article would be: numerals, letters and number words as digits and Latin
 * ("케이엠엠엘유 육십삼 점 이" → "KMMLU 63.2"), a number taken back dropped, sentences closed at their endings.
 */
export function writeSpeech(text: string): string {
  return punctuateSpeech(writeSpokenLetters(writeSpokenNumbers(text)).replace(SELF_CORRECTED, ''));
}

/** The transcript's captions grouped into paragraphs at chapter gaps (sound cards left out). */
function readTranscript($: CheerioAPI, segments: Element[]): string[] {
  const paragraphs: string[][] = [];
  let last: number | undefined;
  for (const seg of segments) {
    const text = normalizeSpace(textOf($(seg).find('.segment-text').first()));
    const at = readSeconds(textOf($(seg).find('.segment-timestamp').first()));
    if (!text || SOUND_CARD.test(text)) continue;
    if (paragraphs.length === 0 || (at !== undefined && last !== undefined && at - last >= CHAPTER_GAP)) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]!.push(text);
    if (at !== undefined) last = at;
  }
  return paragraphs.map((p) => {
    const joined = p.join(' ');
    // (a transcript someone punctuated keeps its own stops)
    return /[.?!]\s/.test(joined) ? joined : writeSpeech(joined);
  });
}

/** The transcript panel's captions, when the page carries at least three (else none). */
function transcriptSegments($: CheerioAPI): Element[] {
  const segs = select($, '.segment').toArray().filter((s) => $(s).find('.segment-text').length > 0) as Element[];
  return segs.length >= 3 ? segs : [];
}

/** Rewrites a watch page with a transcript into a plain article; false (page unchanged) for any other page. */
export function rewriteVideoPage($: CheerioAPI): boolean {
  const segments = transcriptSegments($);
  if (segments.length === 0) return false;
  const headline = normalizeSpace(textOf(select($, 'h1').first()));
  // (the description's own text box, not the view count and date line above it)
  const descEl = [select($, '#description yt-attributed-string'), select($, '#description-inline-expander'), select($, '#description')].find((e) => e.length > 0)?.first();
  const description = (descEl ? textOf(descEl) : '')
    .split(/\n/)
    .map((l) => normalizeSpace(l))
    .filter((l) => l !== '' && !NON_PROSE.test(l) && !/^\.{3}/.test(l));
  const paragraphs = [...description, ...readTranscript($, segments)];
  const html = `<article>${headline ? `<h1>${escapeText(headline)}</h1>` : ''}${paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('')}</article>`;
  const body = select($, 'body').first();
  body.empty().append(html);
  return true;
}
