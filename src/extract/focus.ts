/**
 * The model a block's next sentences are about (their "focus"), after one sentence: the model its
 * properties were read for, with three corrections made from the sentence as a whole.
 */
import type { Sentence } from '../parse/types.js';
import { isFamilyWord } from './families.js';
import type { Mention } from './types.js';

/** The start of a numbered or bulleted item ("1) ", "② ", "▲ "). */
/** The start of a numbered or bulleted item ("1) ", "② ", "▲ "): parse/bullets.ts. */
import { ITEM_HEAD } from '../parse/bullets.js';

/** Rules that read a company's own model ("X는 … 자체 모델 'Y'를", "Z와 'Y'를 함께 개발하고 있다"). */
export const OWN_MODEL_RULES = new Set(['developed.own-model-noun', 'developed.partner-made-together', 'developed.omitted-subject-made-together', 'developed.subject-makes-together']);

/**
 * `read` is the focus the sentence's property reading gives, `carried` the focus before the sentence,
 * `own` the models the sentence calls a company's own.
 */
export function nextFocus(s: Sentence, mentions: Mention[], read: Mention | undefined, carried: Mention | undefined, own: Set<string>): Mention | undefined {
  // "2) 모델명 — 설명 …": a numbered item's head model is what the item's next sentences are about
  const mark = ITEM_HEAD.exec(s.text);
  const head = mark ? mentions[0] : undefined;
  if (head?.type === 'Model' && /^\s?[—–:-]\s/.test(s.text.slice(head.end, head.end + 3))) return head;
  // "⑦ 비코 8B 올해 목록의 유일한 …": a model that opens the item with no particle is the item's title
  if (head?.type === 'Model' && head.start <= mark![0].length + 1 && /^['"’”]?\s[^\s]/.test(s.text.slice(head.end, head.end + 3))) return head;
  // a headline's bare family word ("라마 베낀 모델?") is no model the body is about
  if (s.block === 'title' && read && isFamilyWord(read)) return carried;
  // "X는 … 자체 모델 'Y'를 탑재한다": the company's own model beats a focus merely carried over
  const made = own.size === 1 && read === carried ? mentions.find((m) => m.type === 'Model' && own.has(m.key)) : undefined;
  return made ?? read;
}
