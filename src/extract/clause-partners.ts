/**
 * A partner named in a later clause of a sentence about a model: "Y는 … 미세조정한 모델이며, 학습용 데이터셋은 (…기업) B와
 * 공동으로 구축했다". The clause has its own topic (the data, the corpus) and no subject: the model's maker built it with B.
 */
import type { Mention } from './types.js';

/** A clause connective, then the clause's own topic, then up to a few words describing the partner. */
const CLAUSE_TOPIC_BEFORE = /(?:이며|이고|했으며|했고|하며),\s[^,.]{1,24}?(?:은|는)\s[^,.]{0,30}$/;
/** The partner's particle, then "together" and a verb of making. */
const BUILT_TOGETHER_AFTER = /^(?:\s?\([^()]{1,20}\))?(?:와|과)\s(?:함께|공동으로)\s(?:구축|개발|만들|설계|수집|제작)/;

/** True when the company is the partner of such a clause. */
export function builtTogetherInClause(text: string, m: Mention): boolean {
  return CLAUSE_TOPIC_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start)) && BUILT_TOGETHER_AFTER.test(text.slice(m.end, m.end + 40));
}
