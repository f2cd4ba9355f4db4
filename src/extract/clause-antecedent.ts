/**
 * "A에 … 더해 B를 만들었고, C가 이 모델을 …": of several models before a demonstrative ("이 모델") in the next clause of the
 * same sentence, the one the ending clause's verb took as its object is what the demonstrative stands for.
 */
import type { Mention } from './types.js';

/** After a model: its object particle, a short verb, and the clause's end ("'를 만들었고, ", "을 공개했지만 "). */
const OBJECT_THEN_BREAK = /^['"’”]?(?:을|를)\s[^,.\s]{1,12}(?:지만|는데|으나|고|며|으며),?\s/;
/** A model joined to the next in a list ("A와 ", "A, "): with it, the object is two models, no antecedent. */
const LISTED_BEFORE = /^['"’”]?\s?(?:와|과|,|및|·)\s?['"‘“]?$/;

/** The last of several models before `at` when it is the object of the clause ending before `at`, and no list's last item. */
export function objectBeforeBreak(text: string, before: Mention[], at: number): Mention | undefined {
  const last = before.at(-1);
  const previous = before.at(-2);
  if (!last || !OBJECT_THEN_BREAK.test(text.slice(last.end, at)) || (previous && LISTED_BEFORE.test(text.slice(previous.end, last.start)))) return undefined;
  return last;
}
