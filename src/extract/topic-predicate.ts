/** A subjectless sentence that ends on what a model is ("…를 바탕으로 … 학습한 모델이다"): its "모델" is the model the sentence before was about. */
import { referenceTo } from './references.js';
import type { Mention, RuleSet } from './types.js';

/** A sentence that ends on what a model is ("…를 바탕으로 … 추가 학습한 80억 파라미터급 모델이다"): its "모델". */
const MODEL_PREDICATE_END = /(?:한|된|만든)\s[^,.]{0,30}?(모델)(?=(?:이다|입니다|이에요|이었다|였다)\.?$)/;
/** After a model's name: its topic particle (with an alias in parentheses between). */
const MODEL_TOPIC_AFTER = /^\s?(?:\([^()]{1,30}\))?(?:은|는)\s/;
/** After a company's or model's name: a subject or topic particle (or "역시", "도": "Y 역시 … 모델이었다" has Y as its subject). */
const SUBJECT_PARTICLE = /^\s?(?:\([^()]{1,30}\))?['"’”]?(?:(?:은|는|이|가|도)\s|\s역시\s)/;

/** "Y를 바탕으로,": a comma right after the base phrase. */
const BASE_PHRASE_COMMA = /(?<=(?:을|를)\s?(?:기반으로|바탕으로|토대로)),/g;
/** After a name: a subject particle, a relative verb and the object it modifies ("가 생성한 답변을 ", "가 공개한 'Y'"). */
const EMBEDDED_SUBJECT = /^['"’”]?(?:이|가)\s[가-힣]{1,6}(?:한|된|낸|든)\s(?:[가-힣]{1,8}(?:을|를)\s|['"‘“])/;

/** "미니는" for "X 미니": a reference written as a variant word alone (lexicon.jsonl's variantWord list). */
function isVariantWord(text: string, m: Mention, rules: RuleSet): boolean {
  return m.end > m.start && rules.lexicon.variantWords.includes(text.slice(m.start, m.end));
}

/**
 * "X(Lumi-K 1)은 2025년 1월 나왔다. 메타의 Y를 바탕으로 … 학습한 80억 파라미터급 모델이다.": a sentence with no subject that
 * ends on what a model is speaks of the one model the sentence before had as its topic: "모델" stands for it.
 */
export function addTopicPredicate(text: string, ms: Mention[], prev: { text: string; mentions: Mention[] } | undefined, rules?: RuleSet): void {
  if (!prev || !text.endsWith('다.') && !text.endsWith('다')) return;
  const p = MODEL_PREDICATE_END.exec(text);
  // (one clause only: "…자유롭지만, Y를 기반으로 … 모델이다" leaves the model to the clause before; a comma right after
  // the base phrase, "Y를 바탕으로, …", opens no clause)
  if (!p || text.replace(BASE_PHRASE_COMMA, '').includes(',')) return;
  // (a subject inside a relative clause on an object, "Z가 생성한 답변을", is not the sentence's)
  if (ms.some((m) => (m.type === 'Model' || m.type === 'Company') && SUBJECT_PARTICLE.test(text.slice(m.end, m.end + 34)) && !EMBEDDED_SUBJECT.test(text.slice(m.end, m.end + 34)))) return;
  const topics = prev.mentions.filter((m) => m.type === 'Model' && (m.via !== 'reference' || (rules !== undefined && isVariantWord(prev.text, m, rules))) && m.via !== 'anonymous' && MODEL_TOPIC_AFTER.test(prev.text.slice(m.end, m.end + 34)));
  if (topics.length !== 1) return;
  const at = p.index + p[0].length - 2;
  if (ms.some((m) => m.start < at + 2 && at < m.end)) return;
  ms.push(referenceTo(topics[0]!, at, at + 2));
  ms.sort((a, b) => a.start - b.start);
}

/** "가장 눈에 띈 건 X의 Y였다.": a model that ends the sentence as its predicate is what it introduces (its owner the company talked about next). */
export function isClosingPredicate(text: string, m: Mention): boolean {
  return /^['"’”]?(?:였다|이었다|이다|입니다|였습니다|이었습니다)\.?\s*$/.test(text.slice(m.end));
}
