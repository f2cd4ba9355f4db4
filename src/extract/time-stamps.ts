/** Lines that are only time stamps or a chapter list's entries: a page's furniture around audio, video and live blogs. */
import { ENTRY_CODE } from './engine/mention-filters.js';

/**
 * A chapter list's line of an audio or video page ("03:05 전작 X 1.0, 그리고 2B 모델"): a time stamp then a short
 * title with no sentence ending; a table of contents, not a statement (a transcript's "[03:05] 이름: …" turns are kept).
 */
export function isChapterLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 70 && /^(?:\d{1,2}:)?[0-5]?\d:[0-5]\d\s(?![^:]{1,12}:\s)/.test(t) && !/(?:다|요|죠|까)[.!?]?['"”’]?$/.test(t) && !/[.!?]$/.test(t);
}

/**
 * A chapter list's entry: a chapter line with another right before or after it. A time-stamped line alone between sentences
 * is a news app's alert headline or a live feed's entry over the text it heads ("21:04 [속보] X, 'Y' 공개…"), and is kept.
 */
export function isChapterEntry(all: readonly { text: string }[], i: number): boolean {
  return isChapterLine(all[i]!.text) && ((i > 0 && isChapterLine(all[i - 1]!.text)) || (i + 1 < all.length && isChapterLine(all[i + 1]!.text)));
}

/** A live blog's time stamp alone on a line ("14:18"): a new entry starts, its omitted subjects are not the entry before's. */
export function isTimeStampLine(text: string): boolean {
  return /^(?:[01]?\d|2[0-3]):[0-5]\d$/.test(text.trim());
}

/**
 * A chat export's message header on a line of its own ("[2026-10-08 11:50] NAME | X CTO", "[2026-10-08 11:53] nickname"):
 * a dated, timed stamp, then the poster's name (perhaps a bot's tag) and, after a bar, the poster's company and post.
 */
export const CHAT_MESSAGE_HEADER = /^\[(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\s\d{1,2}:\d{2}(?::\d{2})?\]\s[^\s|[\]]{1,24}(?:\s\[[A-Za-z]{2,6}\])?(?:\s\|\s([^|]{1,40}))?$/;

/** A new entry starts (a live blog's time stamp, a chat message's header, a poster's number): its omitted subjects are not the entry before's. */
export function startsEntry(text: string): boolean {
  return isTimeStampLine(text) || CHAT_MESSAGE_HEADER.test(text.trim()) || opensNumberedEntry(text);
}

/** An abstract book's or a programme's numbered entry opening the line ("[PB-07] 제목"): the model the entry before was about is not this one's. */
export function opensNumberedEntry(text: string): boolean {
  return (text[0] === '[' || text[0] === '【') && ENTRY_CODE.test(text);
}
