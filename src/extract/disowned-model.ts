/**
 * "엑사원은 좋은 모델이지만 저희는 엑사원 가중치를 한 번도 쓴 적이 없어요": a model the speaker says they never used
 * (its weights, its code) is no model the next sentences are about; the focus stays where it was.
 */
import type { Mention } from './types.js';

/** After a model's name: what of it ("가중치", "코드") was never used, taken or copied (or put in: "Y는 이번엔 한 줄도 안 들어갔어요"). */
const NEVER_USED_AFTER = /^['"’”]?(?:\s?(?:가중치|코드|모델|데이터|아키텍처|소스))?(?:을|를|는|도)?\s(?:(?:이번엔|이번에는|이번에도)\s)?(?:(?:한\s?번도|전혀|일절|절대|한\s?줄도|하나도|조금도)\s)?(?:안\s(?:들어갔|들어가|썼|쓰였)|들어가지\s않|쓴\s적이?\s없|쓰지\s않|사용한\s적이?\s없|사용하지\s않|가져오지\s않|가져온\s적이?\s없|베끼지\s않|베낀\s적이?\s없)/;

/** After a model's name: a rumour that it is the base ("이거 Y 기반 아니냐는 말이 도는데", "Y 기반설"): the base asked about, not the model the post is on. */
const RUMOURED_BASE_AFTER = /^['"’”]?\s?(?:기반|베이스)\s?(?:아니냐|아니야|아냐|이냐|설)/;

/** True where the sentence says the model `read` (the one it would be about) was never used, or asks whether it is the base. */
export function saysNeverUsed(text: string, mentions: Mention[], read: Mention | undefined): boolean {
  if (!read || read.type !== 'Model') return false;
  return mentions.some((m) => m.key === read.key && (NEVER_USED_AFTER.test(text.slice(m.end, m.end + 40)) || RUMOURED_BASE_AFTER.test(text.slice(m.end, m.end + 12))));
}

/** True where the text right after the model says it was never used ("Z 가중치는 한 줄도 쓰지 않았고"): no property of the sentence is its. */
export function saidUnused(text: string, m: Mention): boolean {
  return m.type === 'Model' && NEVER_USED_AFTER.test(text.slice(m.end, m.end + 40));
}
