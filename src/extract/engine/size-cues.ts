/**
 * Whether a sentence speaks of a model's size without a word for parameters ("21억짜리 'X'", "X는 3.2B 모델이다",
 * "3.2B 규모의 X는", "'Y'(15억 개)", "(8B)", "규모는 7천억 개로"), and which counts are no size: a mixture of experts' active parameters, tokens.
 */
import type { Mention } from '../types.js';

/** A size with no word for parameters: "21억짜리 'X'", "8B짜리 모델", "23억 개로 줄인", "12B(120억개) 크기의 'X'" (a model's count, not money: a model or quote follows). */
const SIZE_WORDS = /\d\s?(?:억|B)\s?(?:개)?짜리\s?(?:[가-힣]{1,4}\s)?(?:['"‘“]|모델|LLM|sLM|버전)|\d\s?억\s?개로\s(?:줄|늘|키|압축)|\d\s?(?:억|B)\s?(?:개)?(?:\s?\([^()]{1,12}\))?\s?(?:크기|규모|사이즈)(?:의|인)\s(?:[가-힣]{1,4}\s)?(?:['"‘“]|모델|LLM|sLM)/;

/** "규모는 7천억 개로", "크기가 2천360억 개다": a model's size as the topic of a clause, counted with 개 (not a count of tokens, data or images). */
const SIZE_TOPIC_COUNT = /(?<!(?:토큰|데이터|문장|이미지|샘플|문서|말뭉치)\s?)(?:규모|크기)(?:는|가)\s(?:약\s|총\s)?\d[\d.,]*(?:천\d*)?\s?(?:억|조)\s?개(?:로|다|이다|입니다|에|이며|이고)/;

/** Words before a count that make it the active parameters of a mixture of experts ("활성 파라미터 3B", "활성 매개변수는 30억 개", "(활성 30억 개)"). */
const ACTIVE_BEFORE = /(?<!비)(?:활성|액티브|[Aa]ctive)\s?(?:화되는\s|화된\s)?(?:파라미터|매개변수|parameters?)?\s?(?:수)?(?:는|은|가|이)?\s?(?:약\s?)?$/;
/** …or after it ("3B만 활성화", "30억 개가 활성화된다"). */
const ACTIVE_AFTER = /^\s?(?:개)?\s?(?:만|가|이|씩)?\s?(?:활성|액티브)/;

/** A size as the predicate's noun: "X는 3.2B 모델이다", "0.5B 초경량 모델로, …" (a sentence's topic is that size). */
/** (or "X는 32B, Y는 2.4B 크기다": a size word as the predicate, after a count of parameters, not of money) */
const SIZE_PREDICATE = /\d\s?(?:B|억\s?개?)\s(?:[가-힣]{1,4}\s)?(?:모델|LLM|sLM)(?:이다|입니다|이며|이고|였다|이었다|로,)|\d\s?(?:B|억\s?개)\s?(?:크기|규모|사이즈)(?:다|이다|입니다|였다)/;
/** A size word right before a name ("3.2B 규모의 X는", "70억 개 크기의 'X'"). */
const SIZE_BEFORE_NAME = /\d\s?(?:B|억\s?개?)\s?(?:크기|규모|사이즈)(?:의|인)\s['"‘“]?$/;

/** A count of things in parentheses right after a name ("'Y'(15억 개)를"): the model's parameters. */
const PAREN_COUNT = /\S\(\d[\d.,]*\s?(?:억|조)\s?개\)/;
/** "X-2(80억)는": a bare count of 억 alone in brackets right after a model's name is its size. */
const BARE_PAREN_COUNT = /^['"’”]?\(\d[\d.,]*\s?(?:억|조)\)/;

/** Whether the sentence states a size in one of the forms above. */
export function speaksOfSize(text: string, models: Mention[]): boolean {
  return /\(\d+(?:\.\d+)?[BM]\)/.test(text) || PAREN_COUNT.test(text) || SIZE_WORDS.test(text) || SIZE_TOPIC_COUNT.test(text) || SIZE_PREDICATE.test(text) || models.some((m) => SIZE_BEFORE_NAME.test(text.slice(Math.max(0, m.start - 16), m.start)) || BARE_PAREN_COUNT.test(text.slice(m.end, m.end + 12)));
}

/** Tokens counted by the number after them ("토큰을 한 4천억 개 정도", "학습 토큰은 약 2조 개"): data, not the model's size. */
const TOKENS_BEFORE = /토큰(?:을|를|은|는|이|가|도)?\s(?:한\s|약\s|총\s|무려\s)?$/;

/** Whether the count at [start, end) is no size: a mixture of experts' active parameters ("활성 파라미터 3B", "3B만 활성화") or tokens. */
export function isNotSizeCount(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 14), start);
  return ACTIVE_BEFORE.test(before) || TOKENS_BEFORE.test(before) || ACTIVE_AFTER.test(text.slice(end, end + 8));
}

/** "140억 파라미터 규모의 원본 모델을 … 30억 파라미터까지 줄여": the count of the model a smaller one was cut from, before the count it was cut to. */
const CUT_FROM_AFTER = /^\s?(?:개(?:의)?\s?)?(?:(?:파라미터|매개변수)\s?)?(?:(?:규모|크기)(?:의|인)\s|의\s)(?:원본|원래|기존|기반|베이스|교사)\s?모델(?:을|를|에서)\s/;
const CUT_TO_AFTER = /^\s?(?:개\s?)?(?:(?:파라미터|매개변수)\s?)?(?:까지|로|으로)\s(?:[가-힣]{1,6}\s)?(?:줄|압축|축소|경량화|감축)/;

/** Whether the count at [start, end) is the size of an original model cut down to a later count of the same sentence. */
export function isCutFromCount(text: string, start: number, end: number, counts: { start: number; end: number }[]): boolean {
  return CUT_FROM_AFTER.test(text.slice(end, end + 30)) && counts.some((o) => o.start > end && CUT_TO_AFTER.test(text.slice(o.end, o.end + 24)));
}
