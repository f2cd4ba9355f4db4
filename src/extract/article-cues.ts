/** The sentence cues extractFacts's loop reads: joint work, a month or day named, an announcement, a table cell, a list intro, the consortium rules. */
import { findDates } from './korean.js';

/** Joint work: "양사가 함께 개발하는", "공동 개발한". */
export const JOINT = /함께|공동으로|공동\s?개발|같이/;

/** A sentence that names a day ("9일", "3월 5일", "2026.04.09"). */
/** A month or a day named in a sentence ("7월", "지난 24일"). */
export const MONTH_NAMED = /\d월|\d일|같은\s?달/;
export const DAY_NAMED = /\d일|\d[-./]\s?\d{1,2}[-./]\s?\d/;
/** What follows the day a source spoke on ("5일 밝혔다"), not the day of the event. */
export const ANNOUNCED = /^\s?(?:밝혔|전했|말했|발표했|알렸)/;

/**
 * The day a body sentence names last: what "같은 날" in a later one means. Not the day of the announcement
 * itself ("…지난 2일 공개했다고 5일 밝혔다"), unless it is the only day the sentence names ("…영입했다고 21일 밝혔다").
 */
export function lastDayNamed(text: string, publishedAt: string | undefined): string | undefined {
  const days = findDates(text, publishedAt).filter((d) => d.iso.length === 10);
  return (days.filter((d) => !ANNOUNCED.test(text.slice(d.end, d.end + 8))).at(-1) ?? (days.length === 1 ? days[0] : undefined))?.iso;
}
/** A flattened table cell: a short line with no sentence ending. */
export const TABLE_CELL = /^(?!.*(?:[.!?。]|다)$).{1,24}$/;

/** A sentence that announces a list of results on the lines after it. */
export const LIST_INTRO = /(?:다음과|아래와|이하와)\s?같|[:：]\s*$/;

export const CONSORTIUM_RULES = new Set(['partners.consortium', 'partners.consortium-group', 'partners.consortium-members', 'partners.paren-consortium', 'partners.consortium-made-of', 'partners.consortium-joined', 'partners.joined-consortium', 'partners.led-consortium-made-of', 'partners.formed-consortium', 'partners.consortium-with', 'partners.consortium-formed-adnominal']);
