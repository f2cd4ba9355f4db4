/**
 * A release told in two steps: a company puts out "a new model" and does not name it ("X가 오늘 새 모델을 공개했다",
 * a chat's "X 오늘 새 모델 풀었네요"), then the next sentence opens on the model's name ("Y는 …", "Y, 허깅페이스에 …").
 * The company developed the model the next sentence names first. A denied or planned release, or a next sentence that
 * opens on no model, gives nothing.
 */
import type { ParagraphSentence } from './consortium-paragraph.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';

/** After the company (its particle, if any): a time word, "새 (언어) 모델", and a release verb in the past. */
const NEW_MODEL_RELEASED = /^(?:이|가|은|는|도)?\s(?:(?:오늘|어제|이날|방금|드디어|마침내|지난\s?\d{1,2}일|최근|결국)\s)?(?:또\s)?(?:새|신규|신형|새로운)\s(?:[가-힣A-Za-z]{1,6}\s)?(?:모델|LLM|언어\s?모델)(?:을|를)?\s(?:(?:깜짝|정식|전격)\s)?(?:공개했|공개함|풀었|풀었음|풀었네|냈|내놨|내놓았|출시했|선보였|발표했|오픈했)/;
/** A denial or a doubt after the release verb ("공개했다는 건 사실이 아니다", "…했다는 소문"). */
const DENIED_AFTER = /아니|않|소문|루머|찌라시|\?/;
/** A name that opens the next sentence: nothing before it but an item mark, a speaker's label, a quote. */
const OPENING_BEFORE = /^(?:[^\s:]{1,20}:\s)?['"‘“]?$/;

/** DEVELOPED from a company that releases an unnamed new model to the model the next sentence opens on. */
export function addUnnamedReleases(acc: Acc, articleId: string, sentences: ParagraphSentence[]): void {
  for (const [i, s] of sentences.entries()) {
    if (!s.text.includes('모델') && !s.text.includes('LLM')) continue;
    if (s.mentions.some((m) => m.type === 'Model' && m.via !== 'anonymous')) continue;
    const company = s.mentions.find((m) => m.type === 'Company' && m.via !== 'blocked' && NEW_MODEL_RELEASED.test(s.text.slice(m.end, m.end + 48)));
    if (!company || DENIED_AFTER.test(s.text.slice(company.end))) continue;
    const next = sentences[i + 1];
    const model = next?.mentions.find((m) => m.end > m.start && m.via !== 'blocked');
    if (!next || model?.type !== 'Model' || model.via === 'anonymous' || !OPENING_BEFORE.test(next.text.slice(0, model.start))) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: company.key, target: model.key, properties: {} }, evidenceOf(articleId, s, 'developed.unnamed-new-model-then-named', 0.6));
  }
}
