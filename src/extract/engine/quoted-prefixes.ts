/**
 * A known model inside a longer quoted name that makes the whole a model of its own: a short hyphenated prefix, a company's
 * edition word, one word of the new model's own before a known family, or a brand word before a Latin model code.
 */
import type { QuotedSpan } from '../korean.js';
import type { Mention } from '../types.js';

/** After a company's name, opening a model's name: a word for the company's own edition of it ("가온 전용 ", "가온 맞춤형 "). */
const EDITION_WORD = /^\s?(?:전용|맞춤형?|커스텀)\s$/;

/**
 * "‘K-엑사원’", "‘Ko-Llama 3’": a known model after a short hyphenated prefix inside the quotes names a model of its own;
 * so does a known model that a company's name and a word of edition open, "‘가온 전용 GPT-4o’", "'X 맞춤형 Y'" (X's own edition),
 * and a known family that closes a quoted name the model noun introduces, one word of the new model's own before it
 * ("전용 모델 '별빛 솔라'": a model named after the one it was built on; `cued` says the model noun is before the quotes),
 * and a Latin-coded model a brand word opens, its version after it ("공개된 '한빛 KPX-M 2.0'"; `released` says a model noun or a
 * release verb is before the quotes).
 */
export function isPrefixedModel(text: string, q: QuotedSpan, m: Mention, ms: Mention[], cued: boolean, released: boolean): boolean {
  if (m.type !== 'Model' || m.start <= q.start || m.end > q.end) return false;
  if (/^[A-Za-z가-힣]{1,6}-$/.test(text.slice(q.start, m.start))) return true;
  if (cued && m.end === q.end && /^[A-Za-z가-힣]{2,6}\s$/.test(text.slice(q.start, m.start)) && !ms.some((c) => c !== m && c.start >= q.start && c.start < m.start)) return true;
  if (released && isBrandedCode(text, q, m) && !ms.some((c) => c !== m && c.start >= q.start && c.start < m.start)) return true;
  return ms.some((c) => c.type === 'Company' && c.start === q.start && EDITION_WORD.test(text.slice(c.end, m.start)));
}

/** A Hangul brand word opening a Latin model code, maybe with a version after the code: "'한빛 KPX-M 2.0'", "'가람 ABC-R 1.5'". */
const BRAND_WORD = /^[가-힣]{2,6}\s$/;
const VERSION_AFTER_CODE = /^(?:\s\d{1,2}(?:\.\d{1,2})?)?$/;

/** A quoted name that a brand word opens and a Latin-coded model (with its version) closes: the whole is the brand's model. */
function isBrandedCode(text: string, q: QuotedSpan, m: Mention): boolean {
  return /^[A-Z]/.test(text.slice(m.start, m.end)) && BRAND_WORD.test(text.slice(q.start, m.start)) && VERSION_AFTER_CODE.test(text.slice(m.end, q.end));
}

/** "Y를 기반으로 한 ", "Y를 바탕으로 미세조정한 ": a derivation's adnominal verb, its object the base. */
/** (or with an object of its own between: "Y를 바탕으로 한국어 학습을 더한 ", "Y를 기반으로 금융 데이터를 입힌 ") */
const BUILT_ON_BEFORE = /(?:을|를)\s?(?:기반|바탕|토대|베이스)으로\s?(?:한|삼은|만든|개발한|학습한|미세\s?조정한|튜닝한|파인튜닝한|(?:[^\s.,'"‘“’”]{1,12}\s){1,3}(?:더한|입힌|덧입힌|얹은|추가한|학습한|학습시킨|강화한))\s$/;

/**
 * "구글의 ‘젬마 3 27B(Gemma 3 27B)’를 기반으로 한 ‘X’를": a quoted name that a derivation from a model the text names introduces
 * is a model built on it (a product the quotes introduce has its noun after them, "…한 ‘X’ 서비스", which the caller rules out).
 */
export function isBuiltOnKnownModel(text: string, quoteStart: number, ms: Mention[]): boolean {
  const cue = BUILT_ON_BEFORE.exec(text.slice(Math.max(0, quoteStart - 60), quoteStart));
  if (!cue) return false;
  const baseEnd = quoteStart - cue[0].length;
  return ms.some((m) => m.type === 'Model' && m.via !== 'blocked' && m.end <= baseEnd && /^(?:\s?\([^()]{1,30}\))?['"’”]?$/.test(text.slice(m.end, baseEnd)));
}
