/**
 * "파라미터 수도 7.6B로 Y-7B와 동일합니다": a bare size stated as what the subject's count of parameters is, or given as the
 * same as another model's, is the size of what the sentence speaks of — no sibling of the sized model beside it ("Y-7.6B").
 */

/** "파라미터 수는 ", "크기도 ": a count of parameters stated as what the size is. */
const STATED_SIZE_BEFORE = /(?:파라미터|매개변수)\s?(?:수|개수|규모)?(?:는|도|가|은)\s$|(?:크기|규모)(?:는|도|가)\s$/;
/** "로 Y와 동일합니다", "으로 Y와 같다": the size given as the same as (or close to) another model's. */
const COMPARED_AFTER = /^(?:로|으로)\s[^.,]{0,30}?(?:와|과)\s?(?:동일|같|똑같|비슷|유사)/;

/** True when the bare size at `start` is the subject's own, stated or compared, not a sibling's name. */
export function isSubjectsOwnSize(text: string, start: number, size: string): boolean {
  return STATED_SIZE_BEFORE.test(text.slice(Math.max(0, start - 14), start)) || COMPARED_AFTER.test(text.slice(start + size.length, start + size.length + 40));
}
