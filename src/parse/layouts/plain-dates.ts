/** Where a plain-text document's date is, when no date line opens it: its title page, its labelled date of writing. */
import { readDateStamp } from '../dates.js';
import { isPageBreak } from '../page-furniture.js';
import { normalizeSpace } from '../text.js';

/** The first date stamp on a paged document's first page (up to its second page separator), if it is paged. */
export function titlePageDate(lines: string[], from: number, skip: Set<number>): string | undefined {
  let breaks = 0;
  for (let k = from; k < lines.length && k < from + 40; k++) {
    const line = lines[k] ?? '';
    if (isPageBreak(line) && ++breaks === 2) return undefined;
    const stamp = breaks ? readDateStamp(normalizeSpace(line)) : undefined;
    if (stamp) {
      skip.add(k);
      return stamp.date;
    }
  }
  return undefined;
}

/** "작성일 : 2026년 12월 04일", "발행일자: 2026.12.04": a report's labelled date of writing, below its title block and notices. */
const WRITTEN_ON = /^(?:작성|발행|발간)\s?일(?:자)?\s?[:：]/;

/** The date a report's "작성일" line gives in its first twenty lines (a fund's or a rating report's cover page). */
export function writtenOnDate(lines: string[], from: number, skip: Set<number>): string | undefined {
  for (let k = from; k < lines.length && k < from + 20; k++) {
    const line = normalizeSpace(lines[k] ?? '');
    const stamp = WRITTEN_ON.test(line) ? readDateStamp(line) : undefined;
    if (stamp) {
      skip.add(k);
      return stamp.date;
    }
  }
  return undefined;
}
