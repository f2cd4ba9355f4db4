/** Quoted names of bills: a lawmaker's proposed law ("대표 발의한 'X 특별법'", "'X법 개정안'을 발의했다") is a policy the proposer promotes. */
import type { QuotedSpan } from '../korean.js';

/** A law's or a bill's name: "…법", "…특별법", "…법안", "…법 개정안". */
const BILL_NAME = /[가-힣A-Za-z0-9]\s?(?:법|법안|개정안)$/;
/** The proposal right before the quotation ("대표 발의한 '", "공동 발의된 '"). */
const PROPOSED_BEFORE = /발의(?:한|된|했던|하신|해\s온)\s?$/;
/** The proposal right after it, an alias in parentheses maybe between ("'…'(약칭)을 대표 발의했다", "'…' 대표 발의"). */
const PROPOSED_AFTER = /^(?:\s?\([^()]{2,30}\))?(?:을|를|이|가)?\s(?:대표\s|공동\s)?발의/;

/** Whether the quoted name `q` is a bill the sentence says was proposed (not any quoted word ending in 법: "'필승법'"). */
export function isProposedBill(text: string, q: QuotedSpan, name: string): boolean {
  if (!BILL_NAME.test(name) || !/\s/.test(name)) return false;
  return PROPOSED_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start - 1)) || PROPOSED_AFTER.test(text.slice(q.end + 1, q.end + 40));
}
