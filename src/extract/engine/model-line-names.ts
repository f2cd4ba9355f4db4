/**
 * A model line named like a test set ("X-DocQA 3.0", a product's QA engine): the page calls it a model, by the model noun
 * before it or after its version, or names a model of the line beside it, so the benchmark readers leave the name alone.
 */
import type { Mention } from '../types.js';

/** "모델 ", "신규 모델 ", "모델인 ": the model noun right before a name (a product's QA engine named like a test set). */
const MODEL_NOUN_BEFORE = /(?:모델|모델인|모델명(?:은|:)?)\s$/;
/** A version, then the model noun: " 3.0 모델", "-v2 모델은", " 2.5의 후속 모델". */
const VERSION_THEN_MODEL = /^[\s-]v?\d{1,2}(?:\.\d{1,2})?(?:\s(?:모델|LLM|sLM)(?![가-힣A-Za-z])|의\s(?:후속|차기|다음|이전|경량)\s?(?:모델|버전|판))/;
/**
 * True when a model of the sentence (known, or called a model: "모델 X 3.0") opens with `name` and a version after it
 * ("X-DocQA 3.0은 X-DocQA 2.5의 후속 모델"; a gloss "한결 닥스큐에이(X-DocQA)" beside "신규 모델 X-DocQA 3.0").
 */
export function namesModelLine(name: string, text: string, ms: Mention[]): boolean {
  const opens = (s: string): boolean => s.length > name.length && s.startsWith(name) && /^[\s-]v?\d/.test(s.slice(name.length));
  if (ms.some((x) => x.type === 'Model' && x.via !== 'blocked' && opens(x.surface))) return true;
  // ("X-DocQA 3.0 모델 파일": the name and its version, then the model noun)
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (VERSION_THEN_MODEL.test(text.slice(at + name.length, at + name.length + 16))) return true;
  for (let at = text.indexOf(`모델 ${name}`); at >= 0; at = text.indexOf(`모델 ${name}`, at + 1)) if (opens(text.slice(at + 3, at + 3 + name.length + 8))) return true;
  return false;
}

/** "신규 모델 X-DocQA 3.0을": a name shaped like a test's that the model noun introduces, or one naming the sentence's model line. */
export function calledModel(name: string, start: number, text: string, ms: Mention[]): boolean {
  return MODEL_NOUN_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || namesModelLine(name, text, ms);
}
