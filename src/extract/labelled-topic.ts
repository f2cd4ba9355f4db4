/**
 * "Y: X가 Z를 기반으로 추가 학습한 의료 특화 모델.": a fact sheet's or a notice's line that opens on a model's name and a
 * colon, then describes it in a clause, says what "Y는 X가 …" says — the label is the line's topic. The rules read it so:
 * the colon and its space become a topic particle and a space (the same length, so every offset stays).
 */
import type { Mention } from './types.js';

/** After the label's colon: a clause in Hangul (a subject, an object or a verb ahead), not a score or a list of names. */
const DESCRIBING = /^:\s(?=[^\d\n]{0,12}[가-힣]{2,}(?:이|가|을|를|은|는|에서|으로|로)\s)(?=[^\n]{12,})/;

/** The sentence's text with a leading model label's colon read as a topic particle. */
export function labelAsTopic(text: string, ms: readonly Mention[]): string {
  const first = ms[0];
  if (!first || first.type !== 'Model' || first.start !== 0 || text[first.end] !== ':' || !DESCRIBING.test(text.slice(first.end, first.end + 60))) return text;
  return `${text.slice(0, first.end)}는 ${text.slice(first.end + 2)}`;
}
