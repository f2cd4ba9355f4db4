/**
 * The model a sentence derives from a base as its topic ("② X의 Y(Y')는 Z를 바탕으로 … 학습했다"): what the next
 * sentences are about, unless it is a sibling made from the model in focus or a contrast moves on from it (see focus.ts).
 */
import type { Mention } from './types.js';

/** Right after a topic model: its gloss, then the topic particle. */
const TOPIC_AFTER = /^['"’”]?(?:\s?\([^()]{1,40}\))?['"’”]?(?:은|는)\s/;

/** The model a sentence derives from a base, named as its first model and its topic (not a model in a clause before it). */
export function topicDerivedModel(text: string, mentions: Mention[], derived: readonly Mention[], carried: Mention | undefined): Mention | undefined {
  const first = mentions.find((m) => m.type === 'Model');
  // (the sentence opens on it: a short lead, an item mark or its maker, and no clause before it)
  if (!first || first.via === 'reference' || first.start > 30 || /[,;]/.test(text.slice(0, first.start)) || !derived.some((m) => m.key === first.key)) return undefined;
  // (nor a sibling made from the one in focus, named in the sentence: "Y 미니는 Y 프로를 교사 모델로 삼아 증류했다")
  if (carried && lineStem(carried.surface) === lineStem(first.surface) && mentions.some((m) => m.type === 'Model' && m.key === carried.key && m.key !== first.key)) return undefined;
  return TOPIC_AFTER.test(text.slice(first.end, first.end + 46)) && !CONTRAST_CLAUSE.test(text.slice(first.end)) ? first : undefined;
}
/** The word a model line's names open with ("누리-2 미니" → "누리"). */
function lineStem(name: string): string {
  return /^[^\s\-\d]+/.exec(name)?.[0] ?? name;
}
/** A clause that ends in contrast and moves on ("…토대로 했지만, ", "…썼으나 "). */
const CONTRAST_CLAUSE = /(?:지만|으나|는데|반면),?\s/;

