/**
 * A FAQ's yes/no question that the next sentence answers no ("A와 B가 공동 개발한 건가요?" — "아닙니다. …"): the question
 * states nothing, and a fact read only from such questions is dropped. (A question with a question word, "왜 X를 공개했나요?",
 * presumes what it asks about and is left alone.)
 */
import type { Sentence } from '../parse/types.js';
import type { Acc } from './article-acc.js';

/** A sentence that ends on a question mark (maybe inside bold marks). */
const QUESTION_END = /[?？]['"’”*]*\s*$/;
/** A question word: what, why, how, where, when, who, how much. */
const QUESTION_WORD = /(?:^|[\s'"‘“(])(?:왜|어떻게|어떤|어떨|무엇|무슨|뭐|뭘|어디|언제|누가|누구|얼마|몇)|\b(?:why|how|what|where|when|who|which)\b/i;
/** An answer that opens on no ("아닙니다.", "A. 아니요,", "사실이 아닙니다", "No."). */
const NO_ANSWER = /^(?:A\s?[.:)]\s?)?(?:아닙니다|아니요|아뇨|아니에요|아니예요|사실이\s아닙니다|사실이\s아니에요|그렇지\s않습니다|No)(?:[.,!]|\s|$)/i;

/** Removes the relations (but a model's maker) every piece of evidence of which is a yes/no question answered no. */
export function dropDeniedQuestions(acc: Acc, sentences: readonly Sentence[]): void {
  const denied = new Set<number>();
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    if (QUESTION_END.test(s.text) && !QUESTION_WORD.test(s.text) && NO_ANSWER.test(sentences[i + 1]!.text.trim())) denied.add(s.start);
  }
  if (!denied.size) return;
  // (a maker the question names in passing, "메타의 라마를 기반으로 만들었나요?", is not what it asks: DEVELOPED stays)
  for (const [k, r] of acc.relations) if (r.type !== 'DEVELOPED' && r.evidence.every((e) => denied.has(e.start))) acc.relations.delete(k);
}
