/**
 * A model two companies agree to develop together before it has a name, named in the next sentence: "A and B signed an
 * agreement to co-develop an AI model for … . The model, named Y, will be built on …", "A와 B는 병원용 언어모델을 공동 개발하는
 * 협약을 맺었다. 모델 이름은 'Y'로, …". Both companies develop Y (their partnership the pattern rules read already).
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** The agreement or plan to develop an unnamed model together, after the companies: "to co-develop an AI model", "언어모델을 공동 개발하는 협약". */
const JOINT_UNNAMED = /\bto\s(?:jointly\s(?:develop|build)|co-develop|co-build)\s(?:a|an)\s(?:new\s)?(?:[A-Za-z\-]+\s){0,3}?(?:model|LLM)\b|(?:모델|LLM)(?:을|를)\s(?:함께\s|공동\s?(?:으로\s)?)?(?:공동\s?)?개발(?:하는|할|하기\s위한|하기로)\s(?:업무\s?)?(?:협약|계약|MOU|양해각서)?/;
/** The next sentence opening on the model's name: "The model, named Y,", "The new model, called Y,", "모델 이름은 'Y'", "모델명은 'Y'". */
const NAMED_OPENING = /^(?:(?:The|This)\s(?:new\s|planned\s|joint\s)?model,?\s(?:named|called|dubbed)\s|(?:새\s|이\s)?모델\s?(?:이름|명)은\s['"‘“]?)$/;
/** A plan called off, or only weighed: no model is made together. */
const NOT_MADE = /\b(?:not|no longer|scrapped|cancel(?:l)?ed|considering|may)\b|않|무산|철회|검토/;

/** DEVELOPED from each company of the agreement to the model the next sentence names. */
export function addNamedJointModels(acc: Acc, articleId: string, sentences: Sentence[], mentions: Mention[][]): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    const deal = JOINT_UNNAMED.exec(s.text);
    if (!deal || NOT_MADE.test(s.text)) continue;
    const here = mentions[i] ?? [];
    if (here.some((m) => m.type === 'Model' && m.via !== 'anonymous')) continue;
    const makers = [...new Map(here.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && m.end <= deal.index && acc.entities.has(m.key)).map((m) => [m.key, m])).values()];
    if (makers.length < 2 || makers.length > 4) continue;
    const next = sentences[i + 1]!;
    const model = (mentions[i + 1] ?? []).find((m) => m.type === 'Model' && m.via !== 'anonymous' && acc.entities.has(m.key) && NAMED_OPENING.test(next.text.slice(0, m.start)));
    if (!model) continue;
    for (const c of makers) addRelation(acc, { relation: 'DEVELOPED', source: c.key, target: model.key, properties: {} }, evidenceOf(articleId, next, 'developed.named-joint-model', 0.65));
  }
}
