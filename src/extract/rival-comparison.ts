/**
 * "GPT-4o는 72.5점으로 Y를 1.3점 앞섰다": a rival that the sentence says beats (or trails) the model in focus is
 * compared with it; the next subject-less sentences are still about the model in focus.
 */
import type { Mention } from './types.js';

/** After the model in focus: its object particle, at most two words (a margin), then a verb of beating. */
const BEATEN_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:을|를)\s(?:[^\s,]{1,10}\s){0,2}(?:앞섰|앞질렀|앞서|제쳤|따돌렸|넘어섰|능가|웃돌았|추월)/;
/** A cheap gate: some verb of beating is in the sentence. */
const BEAT_WORD = /앞섰|앞질렀|앞서|제쳤|따돌렸|넘어섰|능가|웃돌았|추월/;

/** Whether the sentence's subject model (not the focus) beats the model in focus, named as its object. */
export function beatsFocus(text: string, mentions: readonly Mention[], read: Mention | undefined, carried: Mention | undefined): boolean {
  if (!carried || !read || read.key === carried.key || read.type !== 'Model' || carried.type !== 'Model') return false;
  if (!BEAT_WORD.test(text)) return false;
  return mentions.some((m) => m.key === carried.key && m.start > read.start && BEATEN_AFTER.test(text.slice(m.end, m.end + 40)));
}

/** Right before a model: an apposition that names it as one compared ("비공개 모델인 X는", "경쟁 모델인 X는", "비교 대상인 X는"), or as the base of the model in focus ("원래 모델인 X가"). */
/** (maybe with the rival's maker between: "비교 대상인 Y사의 'Z'") */
const RIVAL_APPOSED = /(?:비공개|경쟁|비교|상용|해외|외산|원래|원본|기반|베이스)\s?(?:모델|대상|상대)인\s(?:[가-힣A-Za-z]{1,10}의\s)?['"‘“]?$/;

/** Whether a model is named in apposition as a rival or a model compared with ("비교 대상인 Z"). */
export function isApposedRival(text: string, m: Mention): boolean {
  return RIVAL_APPOSED.test(text.slice(Math.max(0, m.start - 28), m.start));
}

/** Whether the sentence's model (not the focus) is named in apposition as a rival or a model compared with. */
export function apposedRival(text: string, read: Mention | undefined, carried: Mention | undefined): boolean {
  if (!carried || !read || read.key === carried.key || read.type !== 'Model' || !text.includes('인 ')) return false;
  return RIVAL_APPOSED.test(text.slice(Math.max(0, read.start - 16), read.start));
}

/**
 * After a compared model: its topic particle, the evaluation the focus was just measured on told by a demonstrative, a score, then a
 * verb of falling short ("는 이 평가에서 61.0점에 그쳤다", "는 같은 테스트에서 55점에 머물렀다"; the evaluation may go untold:
 * "알리바바의 'Y'는 66.9점에 그쳤다").
 */
const FELL_SHORT_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:은|는|이|가)\s(?:(?:이|같은|해당|동일한|그)\s(?:평가|벤치마크|테스트|시험|항목|조건)(?:에서|에선)(?:는|도)?\s)?\d{1,3}(?:\.\d{1,3})?\s?(?:점|%)(?:에|에서)\s(?:그쳤|그친|그쳐|머물렀|머문|머물러|불과했|불과한)/;

/** "Y는 KoBEST가 70점을 겨우 넘는 수준이었으니까 꽤 올랐죠": an earlier model's level, told in the past, as the measure of the focus's gain. */
const WAS_AT_LEVEL_AFTER = /^['"’”]?(?:\s?\([^()]{1,30}\))?(?:은|는)\s(?:[^.,]{0,24}?(?:이|가)\s)?\d{1,3}(?:\.\d{1,3})?\s?(?:점|%)(?:을|를|도)?\s(?:(?:겨우|간신히|갓|조금|살짝)\s)?(?:(?:넘는|넘긴|넘은|밑도는|못\s미치는|안팎의|대의)\s)?(?:수준|정도)(?:이었|였)(?:으니까|으니|는데|지만|고)/;

/** Whether the sentence's model (not the focus) only falls short, on the focus's evaluation, at a score: one measured beside the focus, not what the story follows. */
export function fallsShort(text: string, read: Mention | undefined, carried: Mention | undefined): boolean {
  if (!carried || !read || read.key === carried.key || read.type !== 'Model' || carried.type !== 'Model') return false;
  return FELL_SHORT_AFTER.test(text.slice(read.end, read.end + 50)) || WAS_AT_LEVEL_AFTER.test(text.slice(read.end, read.end + 60));
}
