/** The score a clause states between a benchmark and its predicate ("에서 68.4점을 기록"), for the clause pass's SCORED frames. */
import { NOT_SCORE, SCORE_BOUND, STATED_BEFORE } from '../score-scale.js';

const SCORE = /(?<![\d.,])(\d{1,3}(?:\.\d{1,4})?)\s?점/g;
/** A bare number right after the word for score, with only a particle before the verb ("점수 66.4를 받았다"). */
const NAMED_SCORE = /점수\s?(\d{1,3}(?:\.\d{1,4})?)(?:을|를|으로|로)?\s*$/;
/** A bound or a rough figure right after a score ("70점 이상", "75점을 넘겼다"): no score was stated. */
const BOUND_AFTER = new RegExp(`^\\s?${SCORE_BOUND}`);
const NOT_NUMBER_SCORE = new RegExp(`^${NOT_SCORE}`);
const STATED = new RegExp(`${STATED_BEFORE}$`);
/** "60~62점": the number closes a range. */
const RANGE_BEFORE = /\d\s?[~〜∼]\s?$/;

/** The one score written between a benchmark and its predicate ("에서 68.4점을 기록"), not one in parentheses or out of ("100점 만점"). */
export function scoreBetween(text: string, from: number, to: number): number | undefined {
  const span = text.slice(from, to);
  const found: number[] = [];
  SCORE.lastIndex = 0;
  for (let m = SCORE.exec(span); m; m = SCORE.exec(span)) {
    if (span[m.index - 1] === '(' || /^\s?만점/.test(span.slice(m.index + m[0].length))) continue;
    const at = from + m.index;
    if (BOUND_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 12)) && !STATED.test(text.slice(Math.max(0, at - 8), at))) return undefined;
    // a range or a difference is no score ("70점대 초반", "전작보다 5점 높은 점수")
    if (NOT_NUMBER_SCORE.test(text.slice(at + m[1]!.length, at + m[1]!.length + 16)) || RANGE_BEFORE.test(text.slice(Math.max(0, at - 3), at))) return undefined;
    found.push(Number(m[1]));
  }
  if (found.length === 0 && span.includes('점수')) {
    const named = NAMED_SCORE.exec(span);
    if (named) found.push(Number(named[1]));
  }
  return found.length === 1 ? found[0] : undefined;
}
