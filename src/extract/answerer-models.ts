/**
 * A Q&A export or a transcript whose answers are all given for one company (its speakers placed there by the page: "NAME
 * COMPANY TITLE" in the session line): an answer that opens on a model as its topic and tells how it was built, trained,
 * distilled or based ("Y는 Z를 교사 모델로 삼아 증류한 … 모델입니다", "Y는 처음부터 새로 학습했습니다") speaks of the
 * company's own model — unless another company is said to make it, or the answer says it was never used.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { saidUnused } from './disowned-model.js';
import { isQuestionTurn, isSpoken, turnSpeakerOf } from './quoted.js';
import type { Answerer } from './turn-speakers.js';
import type { Mention } from './types.js';

/** The sentence opens on the model as its topic or subject ("Y는 ", "Y(Y')가 "). */
const TOPIC_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:은|는|이|가)\s/;
/** A verb of building a model: training, distilling, fine-tuning, developing, basing it on another. */
const BUILT = /학습|증류|파인튜닝|미세\s?조정|개발|만들|만든|구축|훈련|기반으로|기반의|바탕으로/;

/** DEVELOPED the answering company → each model an answer opens on and tells the building of. */
export function addAnswererModels(acc: Acc, articleId: string, sentences: readonly Sentence[], read: ReadonlyMap<number, Mention[]>, answerer: Answerer | undefined): void {
  if (!answerer) return;
  const others = new Set([...acc.relations.values()].filter((r) => r.type === 'DEVELOPED' && r.source !== answerer.company.key).map((r) => r.target));
  for (const s of sentences) {
    const name = turnSpeakerOf(s);
    if (!name || !answerer.names.has(name) || !isSpoken(s) || isQuestionTurn(s) || !BUILT.test(s.text)) continue;
    const m = (read.get(s.start) ?? []).find((x) => x.type !== 'Person');
    if (m?.type !== 'Model' || m.via === 'blocked' || m.via === 'anonymous' || others.has(m.key) || !acc.entities.has(m.key)) continue;
    if ((m.developer && `company:${m.developer}` !== answerer.company.key) || !/^\s*['"‘“]?$/.test(s.text.slice(0, m.start)) || !TOPIC_AFTER.test(s.text.slice(m.end, m.end + 34)) || saidUnused(s.text, m)) continue;
    addRelation(acc, { relation: 'DEVELOPED', source: answerer.company.key, target: m.key, properties: {} }, evidenceOf(articleId, s, 'developed.answerer-topic-model', 0.65));
  }
}
