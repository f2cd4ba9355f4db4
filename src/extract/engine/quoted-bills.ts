/** Quoted names of bills and of renamed programmes: a lawmaker's proposed law ("대표 발의한 'X 특별법'", "'X법 개정안'을 발의했다") is a policy the proposer promotes; a programme's new name is a programme. */
import type { QuotedSpan } from '../korean.js';
import type { Mention } from '../types.js';

/** A law's or a bill's name: "…법", "…특별법", "…법안", "…법 개정안", "…법 일부개정법률안". */
const BILL_NAME = /[가-힣A-Za-z0-9]\s?(?:법|법안|개정안|법률안)$/;
/** A bill's formal name, which may run longer than other names ("「… 및 지원에 관한 특별법안」", "「…법 일부개정법률안」"). */
const FORMAL_BILL_NAME = /(?:법안|개정안|법률안)$/;
/** The proposal right before the quotation ("대표 발의한 '", "공동 발의된 '"). */
const PROPOSED_BEFORE = /발의(?:한|된|했던|하신|해\s온)\s?$/;
/**
 * The proposal right after it, an alias in parentheses maybe between ("'…'(약칭)을 대표 발의했다", "'…' 대표 발의"),
 * the alias quoted too ("「…」(이하 ‘…’)을"), the day of it maybe before the verb ("…을 3일 대표발의했다").
 */
const PROPOSED_AFTER = /^(?:\s?\([^()]{2,40}\))?(?:을|를|이|가)?\s(?:(?:지난\s)?\d{1,2}일\s|이날\s|오늘\s)?(?:대표\s?|공동\s?)?발의/;

/** Whether the quoted name `q` is a bill the sentence says was proposed (not any quoted word ending in 법: "'필승법'"). */
export function isProposedBill(text: string, q: QuotedSpan, name: string): boolean {
  if (!BILL_NAME.test(name) || !/\s/.test(name)) return false;
  return PROPOSED_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start - 1)) || PROPOSED_AFTER.test(text.slice(q.end + 1, q.end + 40));
}

/** Whether a proposed bill's name is a formal one, allowed the length of a law's full title. */
export function isFormalBillName(name: string): boolean {
  return FORMAL_BILL_NAME.test(name);
}

/** "…(으)로 이름을 바꿔", "…로 명칭을 변경해": the name something is renamed to, right after it. */
const RENAMED_TO_AFTER = /^\s?(?:으로|로)\s(?:이름|명칭|사업명)(?:을|를)?\s(?:바꿔|바꾸어|바꾸고|바꾼|바꿨|변경)/;

/** Whether the quoted name is the new name of a programme the sentence named before it ("Y 사업을 내년부터 'Z 2.0'으로 이름을 바꿔"). */
export function isRenamedProgramme(text: string, q: QuotedSpan, ms: readonly Mention[]): boolean {
  return /\s/.test(q.text.trim()) && RENAMED_TO_AFTER.test(text.slice(q.end + 1, q.end + 24)) && ms.some((m) => m.type === 'Policy' && m.via !== 'blocked' && m.end < q.start);
}
