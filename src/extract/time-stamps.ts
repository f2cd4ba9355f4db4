/** Lines that are only time stamps or a chapter list's entries: a page's furniture around audio, video and live blogs. */

/**
 * A chapter list's line of an audio or video page ("03:05 전작 X 1.0, 그리고 2B 모델"): a time stamp then a short
 * title with no sentence ending; a table of contents, not a statement (a transcript's "[03:05] 이름: …" turns are kept).
 */
export function isChapterLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 70 && /^(?:\d{1,2}:)?[0-5]?\d:[0-5]\d\s(?![^:]{1,12}:\s)/.test(t) && !/(?:다|요|죠|까)[.!?]?['"”’]?$/.test(t) && !/[.!?]$/.test(t);
}

/** A live blog's time stamp alone on a line ("14:18"): a new entry starts, its omitted subjects are not the entry before's. */
export function isTimeStampLine(text: string): boolean {
  return /^(?:[01]?\d|2[0-3]):[0-5]\d$/.test(text.trim());
}
