/**
 * A model released in a sentence with no subject of its own, and the company that released it (see
 * company-references.ts, whose subject cue it shares).
 */
import { SUBJECT_BEFORE_VERB } from './company-references.js';
import { referenceTo } from './references.js';
import type { Mention } from './types.js';

/** "지난 20일에는 … 'Y'를 오픈소스로 공개했다": a model as the object of a release verb that ends the sentence. */
/** (a kind word between the name and its particle: "Y family를 release합니다", a code-mixed verb; or that the company is making: "지금은 차세대 모델 'Y'를 개발하고 있습니다"; or has released before: "'Y'를 공개한 바 있다"; or a report's memo ending: "'Y'를 개발함") */
export const RELEASED_OBJECT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:\s(?:family|패밀리|제품군|라인업))?(?:을|를)\s(?:[^\s,]{1,8}\s){0,2}(?:(?:공개|출시|선보|내놓|내놨|release|릴리스)(?:했|였|합니다|했습니다|한다)|(?:공개|출시|선보|내놓|개발)한\s바\s있(?:다|습니다)|개발(?:했|합니다|했습니다|한다|하고\s있(?:다|습니다)|\s중이)|(?:공개|출시|개발)(?:함|하였음|했음))[^,]{0,12}$/;
/** "'Y' 베타를 열었습니다", "Y 프리뷰 버전을 공개했다": a model whose beta or preview a sentence opens, the verb ending it. */
export const BETA_OPENED_OBJECT = /^['"’”]?\s?(?:오픈\s?|비공개\s?)?(?:베타|프리뷰)(?:\s?(?:버전|판|서비스|테스트))?(?:을|를)\s(?:[^\s,]{1,8}\s){0,2}(?:열었|열어|시작했|공개했|출시했|선보였|내놨|내놓았)[^,]{0,12}$/;

/** A sentence's opening adverbials (a date, "오픈소스로", "직접") and a release verb's relative form before the model: no subject of its own. */
const RELEASE_CLAUSE_OPENING = /^(?:(?:지난(?:달|주|해)?|올해|작년|최근|이번에|이달|앞서|(?:\d{1,4}(?:년|월|일))|[가-힣]{1,6}(?:으로|로)|직접|처음)\s){1,5}(?:공개한|출시한|선보인|내놓은|내놨던|공개했던|출시했던)\s['"‘“]?$/;

/**
 * A sentence with no subject that releases one model ("지난달에는 경량 모델 'Y'를 공개했다") is the article's
 * company speaking again: the body's first subject, when it also made the model in focus (`maker`, checked by
 * the caller only for sentences this cue passes).
 */
export function addReleaseSubject(text: string, ms: Mention[], maker: () => Mention | undefined, prevSubject?: Mention): void {
  const based = baseClauseModel(text, ms);
  const models = based ? [based] : ms.filter((m) => m.type === 'Model');
  if (models.length !== 1 || (!based && ms.some((m) => m.type === 'Company' || m.type === 'Person')) || SUBJECT_BEFORE_VERB.test(text)) return;
  // "X는 다들 아실 겁니다. 지난 10월 오픈소스로 공개한 Y가 …": a sentence opening on a release clause with no subject, its
  // model the sentence's subject, speaks of what the company the sentence before was about released
  if (prevSubject && RELEASE_CLAUSE_OPENING.test(text.slice(0, models[0]!.start)) && /^['"’”]?(?:은|는|이|가)\s/.test(text.slice(models[0]!.end))) {
    ms.unshift(referenceTo(prevSubject, 0, 0));
    return;
  }
  // no subject word of any kind before the model ("… 모델은", "… 측이"); "에는", "에서는" are no subjects
  const head = text.slice(0, based ? ms[0]!.start : models[0]!.start);
  if (/[가-힣](?<!에|에서)(?:은|는|이|가)\s/.test(head) || !RELEASED_OBJECT.test(text.slice(models[0]!.end))) return;
  const company = maker();
  if (company) ms.unshift(referenceTo(company, 0, 0));
}

/** "X의 B를 파인튜닝한 'Y'", "B를 기반으로 학습한 'Y'": a relative clause before the model, naming its base (and the base's maker) as the clause's object. */
const BASE_CLAUSE = /^\s?(?:\([^()]{1,30}\))?(?:을|를)\s(?:[^\s,]{1,10}\s){0,3}?[가-힣]{1,8}한\s(?:[^\s,'"‘“]{1,10}\s){0,2}['"‘“]?$/;

/** The model a sentence releases after a relative clause on its base, every other name of the sentence inside that clause (no person among them). */
export function baseClauseModel(text: string, ms: Mention[]): Mention | undefined {
  const models = ms.filter((m) => m.type === 'Model');
  const [base, released] = [models.at(-2), models.at(-1)];
  if (!base || !released || ms.some((m) => m.type === 'Person' || (m !== released && m.end > base.end))) return undefined;
  return BASE_CLAUSE.test(text.slice(base.end, released.start)) ? released : undefined;
}
