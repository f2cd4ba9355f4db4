/**
 * "X 1.5는 … 나왔다. 전작과 마찬가지로 Y를 바탕으로 했지만 …", "이전 모델처럼 Y에 추가 학습했다": a base the sentence gives
 * a model while saying its predecessor, by the word for it (전작, 이전 모델, 전 버전), was built the same way is the base of
 * that predecessor too, where the article says the model succeeds exactly one other.
 */
import { addRelation, type Acc } from './article-acc.js';

/** A word for the predecessor likened to the model ("전작과 마찬가지로", "이전 버전처럼", "전작과 같이"), not set against it ("전작과 달리"). */
const LIKE_PREDECESSOR = /(?:전작|이전\s?모델|이전\s?버전|전\s?버전)(?:과|와)\s(?:마찬가지로|똑같이|같이)\s|(?:전작|이전\s?모델|이전\s?버전|전\s?버전)처럼\s/;

/** BASED_ON for the model a model succeeds, where the sentence giving the model's base likens the predecessor to it. */
export function addPredecessorBases(acc: Acc): void {
  const relations = [...acc.relations.values()];
  for (const r of relations) {
    if (r.type !== 'BASED_ON' || r.properties.status !== 'stated') continue;
    const predecessors = relations.filter((o) => o.type === 'SUCCEEDS' && o.source === r.source);
    if (predecessors.length !== 1) continue;
    const earlier = predecessors[0]!.target;
    if (earlier === r.target || relations.some((o) => o.type === 'BASED_ON' && o.source === earlier)) continue;
    const ev = r.evidence.find((e) => LIKE_PREDECESSOR.test(e.sentence));
    if (!ev) continue;
    addRelation(acc, { relation: 'BASED_ON', source: earlier, target: r.target, properties: { status: 'stated' } }, { ...ev, rule: 'based-on.predecessor-word', confidence: 0.6 });
  }
}
