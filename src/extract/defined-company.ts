/**
 * A company the sentence before defined ("X는 … 소형 언어모델을 만드는 회사다", "X는 올해 문을 연
 * 스타트업입니다") and a sentence with no subject that releases a model ("첫 모델인 'Y'를 이달 말 공개할
 * 예정이다", "올해 초 선보인 'Y'는 …를 기반으로 만들었습니다"): the defined company made the model.
 */
import type { ParagraphSentence } from './consortium-paragraph.js';
import type { Mention } from './types.js';

/** What follows the topic company of a defining copula sentence: "은 … 회사다." */
const DEFINES_COMPANY = /^(?:은|는)\s[^.]{0,100}?(?:회사|기업|스타트업|업체|개발사)(?:다|이다|입니다|예요|이에요)\.?$/;
/** The model as the object of a release verb ("'Y'를 이달 말 공개할 예정이다"). */
const RELEASED_OBJECT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:을|를)\s(?:[^\s,]{1,8}\s){0,3}(?:공개|출시|선보|선봬|내놓|내놨)/;
/** A subject-less release verb before the model that opens the sentence ("올해 초 선보인 '"). */
const RELEASED_HEAD = /^(?:[^\s,]{1,8}\s){0,3}(?:선보인|공개한|내놓은|출시한|낸)\s['"‘“]?$/;
/** The model is the sentence's topic or subject. */
const TOPIC_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:은|는|이|가)\s/;
/** A subject word before the model ("… 모델은"): then the sentence has a subject of its own ("에는", "에서는" are none). */
const SUBJECT_WORD = /[가-힣](?<!에|에서)(?:은|는|이|가)\s/;
const NEGATED = /지\s?(?:않|못)|아니/;

/** The company the previous body sentence defines with the copula and the model this subject-less sentence releases. */
export function definedCompanyRelease(text: string, ms: Mention[], prev: ParagraphSentence | undefined): { company: Mention; model: Mention } | undefined {
  const company = prev?.mentions[0];
  if (!prev || company?.type !== 'Company' || company.start !== 0 || company.via === 'blocked' || company.via === 'reference' || !DEFINES_COMPANY.test(prev.text.slice(company.end))) return undefined;
  const models = ms.filter((m) => m.type === 'Model' && m.via !== 'reference');
  const model = models[0];
  if (!model || NEGATED.test(text) || ms.some((m) => (m.type === 'Company' || m.type === 'Person') && m.start < model.start)) return undefined;
  const head = text.slice(0, model.start);
  if (RELEASED_HEAD.test(head) && TOPIC_AFTER.test(text.slice(model.end))) return { company, model };
  const agentless = models.length === 1 && !ms.some((m) => m.type === 'Company' || m.type === 'Person');
  return agentless && !SUBJECT_WORD.test(head) && RELEASED_OBJECT.test(text.slice(model.end)) ? { company, model } : undefined;
}

/** "개발사는 X다", "개발은 X가 맡았다", "X가 개발을 맡았다", "X의 야심작이다": a sentence naming no model says who made the model in focus. */
const DEVELOPER_IS = /^(?:(?:이\s)?모델의\s)?(?:개발사|개발\s?주체|제작사|개발한\s곳|만든\s곳)(?:는|은)\s$/;
const DEVELOPER_IS_TAIL = /^(?:(?:이다|다|입니다|였다|이었다|이에요|예요)\.?$|(?:으로|로),\s)/;
const DEVELOPMENT_BY = /^개발(?:은|을)\s$/;
const DEVELOPMENT_BY_TAIL = /^(?:이|가)\s(?:[^\s,]{1,8}\s)?(?:맡았|담당했|주도했|진행했|맡고\s있|담당하고\s있)/;
const WORK_OF_TAIL = /^(?:의)?\s(?:작품|야심작|신작|역작)(?:이다|입니다|이에요|이었다|였다)\.?$/;
/** "X가 개발을 맡았으며, …": the company opening the sentence took the development on. */
const TOOK_DEVELOPMENT_TAIL = /^(?:이|가)\s(?:모델\s)?개발(?:을|은)\s(?:직접\s)?(?:맡았|담당했|주도했|이끌었|맡고\s있|담당하고\s있)/;

/** The company a subject-less sentence names as the focus model's maker (see DEVELOPER_IS, DEVELOPMENT_BY, WORK_OF_TAIL). */
export function focusDeveloperStatement(text: string, ms: Mention[], focus: Mention | undefined): { company: Mention; model: Mention } | undefined {
  if (focus?.type !== 'Model' || ms.some((m) => m.type === 'Model' || m.type === 'Person') || NEGATED.test(text)) return undefined;
  const companies = ms.filter((m) => m.type === 'Company' && m.via !== 'blocked');
  const company = companies[0];
  // (one company, maybe named again: "X가 개발을 맡았으며, X는 …")
  if (!company || companies.some((c) => c.key !== company.key)) return undefined;
  const head = text.slice(0, company.start);
  const tail = text.slice(company.end);
  const stated = (DEVELOPER_IS.test(head) && DEVELOPER_IS_TAIL.test(tail)) || (DEVELOPMENT_BY.test(head) && DEVELOPMENT_BY_TAIL.test(tail)) || (company.start === 0 && (WORK_OF_TAIL.test(tail) || TOOK_DEVELOPMENT_TAIL.test(tail)));
  return stated ? { company, model: focus } : undefined;
}

/** The company and model of a subject-less sentence (see definedCompanyRelease, focusDeveloperStatement), with the rule that read them. */
export function subjectlessDeveloper(text: string, ms: Mention[], prev: ParagraphSentence | undefined, focus: Mention | undefined): { company: Mention; model: Mention; rule: string } | undefined {
  const defined = definedCompanyRelease(text, ms, prev);
  if (defined) return { ...defined, rule: 'developed.defined-company-release' };
  const stated = focusDeveloperStatement(text, ms, focus);
  return stated ? { ...stated, rule: 'developed.focus-developer-statement' } : undefined;
}
