/**
 * A wire feed's item header over its story, saved as text: an optional service line, then fields between two rule lines
 * ("SLUG: …", "PRIORITY: …", "DATELINE: 2026-12-01 17:42 KST", "KEYWORDS: …", a field's value running on indented lines).
 * The fields are the feed's metadata, no text of the story; the headline follows them.
 */
import { normalizeDate } from './dates.js';
import { isRuleLine } from './page-furniture.js';

/** "SLUG: …", "DATELINE: …": an upper-case field label opening a line. */
const FIELD_LINE = /^[A-Z][A-Z -]{1,15}:\s?\S/;
/** A field's value going on, indented under it. */
const CONTINUED = /^\s{2,}\S/;
/** The date of a date field: "DATELINE: 2026-12-01 17:42 KST", "DATE: 2026.12.01". */
const DATE_FIELD = /^(?:DATE|DATELINE|FILED|SENT)\s?:\s?((?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})/;

/** Where the story starts after a feed header opening at `from` (or `from` when there is none), and the header's date. */
export function afterFeedHeader(lines: string[], from: number): { next: number; date?: string } {
  let k = from;
  // (a service line or two before the first rule: "NEWSIS ENGLISH SERVICE   Page 1 of 1")
  while (k < from + 3 && k < lines.length && !isRuleLine(lines[k] ?? '')) k++;
  if (!isRuleLine(lines[k] ?? '')) return { next: from };
  let fields = 0;
  let date: string | undefined;
  for (k++; k < lines.length && !isRuleLine(lines[k] ?? ''); k++) {
    const line = lines[k] ?? '';
    if (FIELD_LINE.test(line)) {
      fields++;
      date ??= normalizeDate(DATE_FIELD.exec(line)?.[1]);
    } else if (!CONTINUED.test(line)) return { next: from };
  }
  if (fields < 3 || k >= lines.length) return { next: from };
  k++;
  while (k < lines.length && (lines[k] ?? '').trim() === '') k++;
  return { next: k, date };
}

/** "21:04  [속보] X, 'Y' 공개…": a line opening on a clock time (an alert's or a live feed's entry), ending on no sentence's end. */
const CLOCK_HEADLINE = /^(\s*)(?:[01]?\d|2[0-3]):[0-5]\d\s{1,4}\S.{0,200}$/;
const SENTENCE_END = /(?:[.?!。]["'”’)]?|다)\s*$/;

/**
 * A news app's alert (or a live feed's entry) saved as text: a time-stamped headline, then its preview indented under it
 * ("21:04  [속보] X, 'Y' 공개…" / "       X가 오늘 …을 공개했다."). The headline is a line of its own: run into the preview,
 * its last words would open the preview's first sentence.
 */
export function isStampedHeadline(lines: string[], k: number): boolean {
  const head = CLOCK_HEADLINE.exec(lines[k] ?? '');
  if (!head || SENTENCE_END.test(lines[k]!)) return false;
  const next = lines[k + 1] ?? '';
  const indent = /^\s*/.exec(next)![0].length;
  return next.trim() !== '' && indent > head[1]!.length + 1;
}
