/**
 * "… Z 위에 한국어 데이터를 추가로 학습시키기로 했다. 그렇게 나온 M을 공개했다": a sentence that opens on the outcome of the
 * making the sentence before told ("그렇게 나온 M", "이렇게 탄생한 M") names the model that making gave: the base the
 * sentence before trained on is M's base, and the model whose successor it set out to make ("X의 후속을 놓고") is M's predecessor.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** The last body sentence read, per article. */
const lastRead = new WeakMap<Acc, { text: string; mentions: Mention[] }>();
/** "그렇게 나온 (120억 파라미터) M", "이렇게 탄생한 M": the outcome opening the sentence, up to three words before the name. */
const MADE_SO = /^(?:그렇게|이렇게|그\s결과|그렇게\s해서)\s(?:나온|탄생한|완성된|만들어진|태어난)\s(?:[^\s,.'"‘“]{1,12}\s){0,3}['"‘“]?$/;
/** After a base: "Z 위에", "Z를 기반으로", "Z를 바탕으로", then the training within the clause. */
const TRAINED_ON_AFTER = /^['"’”]?(?:\s위에(?:서)?|(?:을|를)?\s?(?:기반으로|바탕으로|토대로|베이스로))\s[^.,]{0,40}?(?:추가\s?학습|추가로\s학습|학습시|학습했|학습하|미세\s?조정|파인\s?튜닝|튜닝)/;
/** After a model: "X의 후속을", "X의 후속 모델을": the successor the sentence set out to make. */
const SUCCESSOR_OF_AFTER = /^['"’”]?의\s후속(?:작|\s?모델|\s?버전)?(?:을|를|으로)\s/;
/** A plan given up or not made yet: no outcome to follow. */
const NOT_MADE = /(?:않았|않기로|못했|포기|무산|보류|접었)/;
/** A model named as the clause's subject or topic: its base is its own, not the outcome's. */
const SUBJECT_AFTER = /^['"’”]?(?:은|는|이|가)\s/;

/** Adds the base and the predecessor the sentence before gave the model this sentence names as that making's outcome. */
export function addMadeSoLineage(acc: Acc, articleId: string, s: Sentence, mentions: Mention[]): void {
  const before = lastRead.get(acc);
  lastRead.set(acc, { text: s.text, mentions });
  if (!before || NOT_MADE.test(before.text)) return;
  const model = mentions.find((m) => m.type === 'Model' && m.via !== 'reference' && MADE_SO.test(s.text.slice(0, m.start)));
  if (!model) return;
  const models = before.mentions.filter((m) => m.type === 'Model' && m.via !== 'reference' && m.key !== model.key);
  if (models.some((m) => SUBJECT_AFTER.test(before.text.slice(m.end, m.end + 3)))) return;
  const base = models.find((m) => TRAINED_ON_AFTER.test(before.text.slice(m.end, m.end + 70)));
  const ev = evidenceOf(articleId, s, 'based-on.made-so-outcome', 0.6);
  if (base) addRelation(acc, { relation: 'BASED_ON', source: model.key, target: base.key, properties: { status: 'stated' } }, ev);
  const predecessor = models.find((m) => m !== base && SUCCESSOR_OF_AFTER.test(before.text.slice(m.end, m.end + 12)));
  if (predecessor) addRelation(acc, { relation: 'SUCCEEDS', source: model.key, target: predecessor.key, properties: {} }, { ...ev, rule: 'succeeds.made-so-outcome' });
}
