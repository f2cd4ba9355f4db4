/**
 * Short notes in parentheses right after a mention that say nothing the rules read: a person's age or year of
 * graduation ("홍길동(45) 씨는", "홍길동 박사(2021년 졸업)가"), a benchmark's averaging or shot setting ("KoBEST(평균) 72.1",
 * "KMMLU(5-shot) 44.8"). The encoder drops them, so the rules see "홍길동 박사가" and "KoBEST 72.1".
 */
import type { Mention } from '../types.js';

/** A person's note, perhaps after an honorific the rules do read (kept as group 1). */
const PERSON_NOTE = /^(\s?(?:박사|교수|씨|님|연구원|학생|군|양)?)\s?\((?:\d{2}\s?세?|(?:19|20)\d{2}년\s?(?:졸업|입학|입사)|(?:Ph\.?\s?D\.?|M\.?\s?S\.?|B\.?\s?S\.?)\s(?:19|20)\d{2})\)(?=[은는이가의와과도을를에,]|\s)/;
/** A benchmark's setting: an average over its tasks, or a few-shot count. */
const BENCH_NOTE = /^()\s?\((?:평균|avg\.?|average|mean|\d{1,2}[- ]?shots?|zero-shot|few-shot|제로샷|퓨샷|\d{1,2}\s?샷)\)/i;

/** The note after a mention, if any: the text to keep of it and the whole length to skip. */
export function noteAfter(text: string, m: Mention, next: Mention | undefined): { keep: string; length: number } | undefined {
  if (text[m.end] !== '(' && text[m.end + 1] !== '(' && !(m.type === 'Person' && text.slice(m.end, m.end + 12).includes('('))) return undefined;
  const re = m.type === 'Person' ? PERSON_NOTE : m.type === 'Benchmark' ? BENCH_NOTE : undefined;
  const found = re?.exec(text.slice(m.end, m.end + 40));
  if (!found || (next && next.start < m.end + found[0].length)) return undefined;
  return { keep: found[1]!, length: found[0].length };
}
