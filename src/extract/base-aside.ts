/**
 * "Y는 X가 올해 공개한 모델로, …": a sentence that opens on the base the model in focus was built on describes the base
 * in an aside; the model in focus, not its base, stays what the next subject-less sentences are about.
 */
import { hasRelation, type Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** The focus after a sentence: `next` as read, or the `carried` model where `next` is its base and opens the sentence. */
export function keepFocusOverBase(acc: Acc, next: Mention | undefined, carried: Mention | undefined, mentions: readonly Mention[]): Mention | undefined {
  if (!next || !carried || next.key === carried.key || next.type !== 'Model' || carried.type !== 'Model') return next;
  const opener = mentions.find((m) => m.via !== 'blocked');
  return opener?.key === next.key && hasRelation(acc, 'BASED_ON', carried.key, next.key) ? carried : next;
}
