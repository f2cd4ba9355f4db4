/**
 * "X 디지털혁신실은 … Y를 자체 파인튜닝했습니다. 학습 데이터는 …. 그렇게 나온 모델이 Z입니다.": the model a sentence names as
 * what came of the training just told ("그렇게 나온 모델이 Z", "이렇게 만든 모델이 Z") is built on the model that training
 * tuned, by the company that tuned it (the subject of the tuning sentence, maybe through one of its units).
 */
import type { Sentence } from '../parse/types.js';
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { Mention, RuleSet } from './types.js';

/** Before the resulting model: "그렇게 나온 모델이", "이렇게 만든 모델은", "그 결과물이". */
const RESULT_BEFORE = /(?:^|\s)(?:그렇게|이렇게|그\s결과)\s(?:나온|만든|만들어진|탄생한|완성된|완성한|얻은|학습된|학습한)\s(?:모델|결과물|버전)(?:이|은|는)\s['"‘“]?$/;
/** After the tuned model: its object or goal particle, then a tuning verb ("를 자체 파인튜닝했습니다", "에 추가 학습시켰다"). */
const TUNED_AFTER = /^['"’”]?(?:을|를|에)\s(?:[^.]{0,40}?\s)?(?:자체\s|직접\s|다시\s)?(?:파인튜닝|파인\s튜닝|미세\s?조정|추가\s?학습|튜닝|재학습)(?:했|하였|을\s했|시켰|해\s만들었)/;
/** After a company that is the tuning sentence's subject: a unit word maybe, then a topic or subject particle. */
const SUBJECT_AFTER = /^(?:\s[가-힣A-Za-z]{1,10})?(?:은|는|이|가)\s/;
/** How many sentences back the tuning may be told. */
const LOOKBACK = 3;

export function addResultingModels(acc: Acc, rules: RuleSet, articleId: string, sentences: readonly Sentence[], known: KnownName[]): void {
  sentences.forEach((s, i) => {
    if (!/(?:그렇게|이렇게|그\s결과)\s/.test(s.text)) return;
    const result = findMentions(s.text, rules, known).find((m) => m.type === 'Model' && RESULT_BEFORE.test(s.text.slice(0, m.start)));
    if (!result) return;
    for (let j = i - 1; j >= 0 && i - j <= LOOKBACK; j--) {
      const prev = sentences[j]!;
      const ms = findMentions(prev.text, rules, known);
      const base = ms.find((m) => m.type === 'Model' && m.key !== result.key && TUNED_AFTER.test(prev.text.slice(m.end)));
      if (!base) continue;
      const maker = ms.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.end <= base.start && SUBJECT_AFTER.test(prev.text.slice(m.end)));
      addFacts(acc, rules, evidenceOf(articleId, s, 'based-on.resulting-model', 0.65), result, base, maker);
      return;
    }
  });
}

function addFacts(acc: Acc, rules: RuleSet, ev: ReturnType<typeof evidenceOf>, result: Mention, base: Mention, maker: Mention | undefined): void {
  for (const m of [result, base, ...(maker ? [maker] : [])]) if (!acc.entities.has(m.key)) addEntity(acc, m, rules, ev);
  addRelation(acc, { relation: 'BASED_ON', source: result.key, target: base.key, properties: { status: 'stated' } }, ev);
  if (maker) addRelation(acc, { relation: 'DEVELOPED', source: maker.key, target: result.key, properties: {} }, { ...ev, rule: 'developed.resulting-model' });
}
