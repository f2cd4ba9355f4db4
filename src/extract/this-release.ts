/**
 * "X는 이번 모델을 앞세워 …": "이번 모델" (this release's model, not "이 모델", the one just named) is the model the
 * sentence's subject company released, even where the article's last model in focus is a rival's it was compared with
 * ("… 오픈AI의 o3-mini와 비교한 수치도 공개했다. X는 이번 모델을 앞세워 …").
 */
import { companyReference, developerOfModel, type Acc } from './article-acc.js';
import { referenceTo } from './references.js';
import type { Mention, RuleSet } from './types.js';

const THIS_RELEASE = /(?<![가-힣])(?:이번|이번에\s(?:공개|출시|선보인|발표)(?:한|된)?)\s?(?:모델|LLM|sLM)(?=은|는|이|가|을|를|의|도)/;
const SUBJECT_AFTER = /^(?:은|는|이|가|도)\s/;

/** The developer a model has in the facts read so far, else in the gazetteer (its own entry's, or its family's). */
function knownDeveloperOf(acc: Acc, model: Mention, rules: RuleSet): string | undefined {
  const read = developerOfModel(acc, model);
  if (read) return read.key;
  const family = acc.entities.get(model.key)?.properties.family;
  const entry = rules.byKey.get(model.key) ?? (typeof family === 'string' ? rules.byKey.get(family) : undefined);
  return entry?.developer ? `company:${entry.developer}` : undefined;
}

/** The first model `company` is read to have developed, if any. */
function firstModelOf(acc: Acc, company: string): string | undefined {
  for (const r of acc.relations.values()) if (r.type === 'DEVELOPED' && r.source === company) return r.target;
  return undefined;
}

/**
 * The model "이번 모델" stands for in a sentence whose subject is a company: that company's own (first) model where the
 * model in focus is another company's; else `focus` as it is.
 */
export function thisReleaseFocus(text: string, ms: Mention[], focus: Mention | undefined, acc: Acc, rules: RuleSet): Mention | undefined {
  if (!focus || !text.includes('이번') || !THIS_RELEASE.test(text)) return focus;
  const subject = ms[0];
  if (subject?.type !== 'Company' || subject.via === 'blocked' || !SUBJECT_AFTER.test(text.slice(subject.end, subject.end + 2))) return mainOfLighterVariant(focus, acc);
  const developer = knownDeveloperOf(acc, focus, rules);
  if (!developer || developer === subject.key) return focus;
  const own = firstModelOf(acc, subject.key);
  const entity = own ? acc.entities.get(own) : undefined;
  if (!entity) return focus;
  return { ...focus, key: entity.key, surface: Object.keys(entity.names)[0] ?? focus.surface };
}

/** A lighter variant's word after its main model's name ("Y 미니", "Y Lite"). */
const LIGHTER_VARIANT = /^(.+?)\s(?:미니|라이트|나노|Mini|Lite|Nano|mini|lite|nano)$/;

/**
 * "… 'Y 미니'도 함께 나왔다. 미니는 … 이번 모델은 Z와 공동으로 개발했다": with no company as the subject, "이번 모델" is this
 * release's model, the main one the article has named, not the lighter variant released beside it that was named last.
 */
function mainOfLighterVariant(focus: Mention, acc: Acc): Mention {
  // (the focus may be the variant word alone, "미니는": its names say what it varies)
  const names = [focus.surface, ...Object.keys(acc.entities.get(focus.key)?.names ?? {})];
  const main = names.map((n) => LIGHTER_VARIANT.exec(n)?.[1]).find((n) => n !== undefined);
  if (!main) return focus;
  for (const e of acc.entities.values()) if (e.type === 'Model' && e.key !== focus.key && Object.keys(e.names).includes(main)) return { ...focus, key: e.key, surface: main };
  return focus;
}

/** "Y 개발사는", "Y 개발사가": the developer of a model named just before, as the subject. */
const DEVELOPER_WORD_AFTER = /^['"’”]?\s?(?:개발사|개발\s?업체|개발\s?기업)(?=은|는|이|가|도|의)/;

/**
 * "Y를 만드는 데 든 돈의 일부는", "Y 개발비는": what it cost to make a model, a noun phrase whose money its developer
 * spent (and was given: "… 사업에 선정돼 지원받았다"); the phrase stands for the developer as the subject, no maker
 * carried from the sentence before makes the model there.
 */
const MAKING_COST_AFTER = /^['"’”]?(?:(?:을|를)\s(?:만드는|만들|개발하는|개발할|학습하는|학습시키는|훈련하는)\s?데\s(?:든|드는|들어간|들인|쓴|쓰인|투입된|소요된)\s(?:돈|비용|예산|자금|연구비)|\s?(?:개발|학습)\s?(?:비용|비|예산|자금))(?:의\s(?:일부|절반|대부분|상당\s?부분|\d+%))?(?=은|는|이|가|도)/;

/**
 * "솔라 프로3 개발사는 … 정예팀으로 선정돼": a model named by its developer's role word stands for that developer (known from
 * the facts read so far, else the gazetteer), read like the company's name.
 */
export function addModelDeveloperReferences(text: string, ms: Mention[], acc: Acc, rules: RuleSet): void {
  if (!text.includes('개발') && !text.includes('데 ')) return;
  for (const [i, m] of ms.entries()) {
    if (m.type !== 'Model' || m.via === 'blocked') continue;
    const r = DEVELOPER_WORD_AFTER.exec(text.slice(m.end, m.end + 10)) ?? MAKING_COST_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!r) continue;
    const developer = knownDeveloperOf(acc, m, rules);
    const entity = developer ? acc.entities.get(developer) : undefined;
    if (!entity || entity.type !== 'Company') continue;
    ms[i] = referenceTo(companyReference(entity), m.start, m.end + r[0].length);
  }
}

/** "이 모델은 …": "this model" as the sentence's topic or subject. */
const THIS_MODEL_TOPIC = /(?<![가-힣])이\s?모델(?:은|는|이|가)\s/;

/**
 * "KT는 X와 함께 경량 모델 'X 미니'도 내놨다. 23억 파라미터 규모인 이 모델은 X를 교사 모델로 삼아 …": "이 모델" is not the
 * model in focus where the same sentence names that model after it in another role; it is the one variant of it the
 * sentence before named (the model just introduced beside it). Otherwise `focus` as it is.
 */
export function thisModelFocus(text: string, ms: Mention[], focus: Mention | undefined, previous: readonly Mention[] | undefined): Mention | undefined {
  if (!focus || !previous || !text.includes('모델')) return focus;
  const only = previousOnlyModel(text, ms, focus, previous);
  if (only) return only;
  const r = THIS_MODEL_TOPIC.exec(text);
  if (!r || !ms.some((m) => m.type === 'Model' && m.via !== 'reference' && m.key === focus.key && m.start > r.index)) return focus;
  const variants = previous.filter((m) => m.type === 'Model' && m.via !== 'reference' && m.key !== focus.key && m.surface.startsWith(`${focus.surface} `));
  return new Set(variants.map((m) => m.key)).size === 1 ? variants[0] : focus;
}

/** "이 모델을", "이 모델은": "this model" anywhere in the sentence. */
const THIS_MODEL_ANY = /(?<![가-힣])이\s?모델(?:은|는|이|가|을|를|의|도)/;

/**
 * "청람은 X가 공개한 Y를 그대로 씁니다. X는 이 모델을 오픈소스로 공개했으며 …": "이 모델" is the one model the sentence before
 * named, not the model in focus, where that sentence named no other model and not the focus, this sentence names no model
 * itself, and it speaks of a company the sentence before named too (the model's maker or user).
 */
function previousOnlyModel(text: string, ms: readonly Mention[], focus: Mention, previous: readonly Mention[]): Mention | undefined {
  if (!THIS_MODEL_ANY.test(text) || ms.some((m) => m.type === 'Model' && m.via !== 'reference' && m.via !== 'blocked')) return undefined;
  const models = previous.filter((m) => m.type === 'Model' && m.via !== 'reference' && m.via !== 'blocked');
  if (new Set(models.map((m) => m.key)).size !== 1 || models[0]!.key === focus.key) return undefined;
  const companies = new Set(previous.filter((m) => m.type === 'Company' && m.via !== 'blocked').map((m) => m.key));
  return ms.some((m) => m.type === 'Company' && m.via !== 'blocked' && companies.has(m.key)) ? models[0] : undefined;
}
