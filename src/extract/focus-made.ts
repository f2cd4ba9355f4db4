/** The model a sentence makes from a base, as the object of the making or deploying verb that ends it (focus.ts reads it as the next focus). */
import type { Mention } from './types.js';

/** "'Z'를 만들었다.": a model as the object of a making or release verb that ends the sentence. */
const MADE_OBJECT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:을|를)\s(?:[^\s,]{1,8}\s){0,2}(?:만들었|만들어\s?냈|개발했|구축했|완성했|공개했|출시했|선보였|내놓았|내놨)(?:[^,]{0,12}|고,\s[^,]{0,24}?(?:공개|출시|배포|올렸|선보였)[^,]{0,12})$/;

/** "'Z'를 Y에 데이터를 추가 학습하는 방식으로 만들었음": a model made in the manner its own base clause tells, the verb ending the sentence (beats a focus merely carried over). */
const MANNER_MADE_OBJECT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:을|를)\s[^,]{1,60}?\s(?:방식|방법)으로\s(?:만들었|개발했|구축했|완성했)[^,]{0,12}$/;

/** "'Y'를 투입한다": a model as the object of putting it to work, the verb ending the sentence (or of entering a contest with it: "Y를 그대로 들고 나왔습니다"). */
export const DEPLOYED_OBJECT = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:을|를)\s(?:[^\s,]{1,8}\s){0,2}(?:(?:투입|적용|탑재|도입)(?:한다|합니다|했다|했습니다|하고\s있다|하고\s있습니다|할\s계획이다|할\s예정이다)|(?:들고|가지고)\s?(?:나왔|나갔|출전했|참가했)(?:다|습니다|어요))[.!]?\s*$/;

/**
 * "X는 Y를 증류해 … 모델 'Z'를 만들었다", "… Y를 바탕으로 학습한 'Z'를 투입한다": the one model the sentence derives from a base,
 * as the object of the making (or deploying) verb that ends it, is what the next sentences are about (when nothing else is).
 */
export function madeFromBase(text: string, derived: readonly Mention[], deployedOnly = false): Mention | undefined {
  const made = derived.filter((m) => (!deployedOnly && MADE_OBJECT.test(text.slice(m.end))) || DEPLOYED_OBJECT.test(text.slice(m.end)) || MANNER_MADE_OBJECT.test(text.slice(m.end)));
  return made.length && made.every((m) => m.key === made[0]!.key) ? made[0] : undefined;
}
