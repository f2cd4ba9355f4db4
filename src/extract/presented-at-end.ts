/**
 * The company or model a sentence presents at its very end ("눈에 띄는 건 스타트업 B의 'X'다."): what the next
 * subject-less sentences are about. Moved out of focus.ts unchanged.
 */
import type { Mention } from './types.js';
import { TOLD_BEFORE_NAME } from './told-title.js';

/** The model whose bracket gloss `last` opens ("Y(Y', 115억 파라미터)"), else `last`. */
function glossHead(text: string, before: Mention | undefined, last: Mention | undefined): Mention | undefined {
  return before?.type === 'Model' && last?.type === 'Model' && /^['"’”]?\s?\($/.test(text.slice(before.end, last.start)) ? before : last;
}

/** "…(이)다." closing the sentence right after a name (or a spoken answer's copula: "'Y-3 라이트'요."). */
const COPULA_END = /^['"’”]?\)?(?:\s?\([^()]{1,30}\))?\s?(?:이)?(?:다|입니다|였다|이었다|이다|였습니다|이었습니다|에요|예요|이죠|죠|지요|요)[.!]?['"’”]?\s*$/;
/** A sentence that ends right after a name, with no predicate ("… 'Y'."). */
const NOUN_PHRASE_END = /^['"’”]?\.?\s*$/;
/** A release verb's relative clause, then up to three words (the model's kind), right before a name. */
const RELEASED_BEFORE_NAME = /(?:공개|출시|발표|개발|선보|내놓)(?:한|인|은)\s(?:[^\s,.'"‘“]{1,10}\s){0,3}['"‘“]?$/;
/** "…가 대표적이다", "…이 대표적인 사례다": the sentence ends on its example. */
const EXAMPLE_END = /^['"’”]?\)?\s?(?:이|가)\s대표적(?:이다|입니다|인\s(?:예|사례)(?:다|이다|입니다))[.!]?\s*$/;
/** What matters most as a sentence's topic, right before a name ("핵심은 '", "오늘의 주인공은 "). */
const HIGHLIGHT_TOPIC = /(?:핵심|주인공|하이라이트|백미|관심사)(?:은|는)\s['"‘“]?$/;
/** The end of a sentence right after a name and its gloss, with the copula or none ("(Y')'.", "다."). */
const GLOSSED_END = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?\s?(?:(?:이)?(?:다|입니다|였다|이었다|이다|였습니다|이었습니다))?[.!]?['"’”]?\s*$/;
/** A kind word as a sentence's topic ("…가 내세운 모델은, ", "이번에 공개된 주력 모델은 "). */
const KIND_TOPIC = /(?:모델|LLM|후보|주력|대표작)(?:은|는),?\s/;
/** A list member's separator before a name (not an answer's comma: "네, 'Y'입니다", "맞습니다, Y예요" present one model). */
const LIST_BEFORE = /(?:(?<!(?:^|[\s.:])(?:네|예|맞아요|맞습니다|그렇습니다|물론입니다|물론이죠))[,，]|·|와|과|및)\s?['"‘“]?$/;
/** A base's or a teacher's role word as the topic right before a model ("교사는 Y", "베이스 모델은 'Y'"). */
/** (not a family's root, "제품군의 뿌리는 Y다": that presents the family's first model) */
const BASE_ROLE_TOPIC = /(?:교사|몸체|베이스|원본|기반|출발점)(?:\s?모델)?(?:은|는)\s['"‘“]?$/;
/** A company or model named with a topic or subject particle. */
const SUBJECT_AFTER = /^['"’”]?\s?(?:은|는|이|가|도)\s/;

/**
 * "눈에 띄는 건 스타트업 B의 'X'다.", "오늘 소개할 곳은 X입니다.": the company or model a sentence with no named
 * subject presents with the copula at its very end (what the next subject-less sentence is about).
 */
export function presentedAtEnd(text: string, mentions: readonly Mention[]): Mention | undefined {
  // "스타트업 B가 내놓은 'X'가 대표적이다": the example a sentence ends on
  // (a model's alias inside its bracket gloss is no model of its own: "… 'Y'(Y', 115억 파라미터)였다" ends on Y)
  const named = mentions.filter((m) => (m.type === 'Model' || m.type === 'Company') && m.via !== 'anonymous' && m.via !== 'blocked');
  const example = glossHead(text, named.at(-2), named.at(-1));
  if (example && EXAMPLE_END.test(text.slice(example.end))) return example;
  // "X가 지난 20일 공개한 대규모 언어모델 'Y'.": a noun-phrase line (a broadcast script's) ending on a model its maker released presents it (or one a speaker tells of, "… — NAME 리드가 말하는 'Y'.": told-title.ts)
  if (example?.type === 'Model' && NOUN_PHRASE_END.test(text.slice(example.end)) && [RELEASED_BEFORE_NAME, TOLD_BEFORE_NAME].some((re) => re.test(text.slice(Math.max(0, example.start - 40), example.start)))) return example;
  // "A가 내세운 모델은, B가 공개한 'X'의 후속인 'Y'다": a kind word as the topic, the model the copula ends on is what it is
  // (so is one a release verb's relative clause names, its subject the clause's own: "마지막은 B가 지난달 내놓은 Y입니다")
  const kindTopic = KIND_TOPIC.exec(text);
  if (example?.type === 'Model' && ((kindTopic && kindTopic.index < example.start) || (RELEASED_BEFORE_NAME.test(text.slice(Math.max(0, example.start - 40), example.start)) && !/(?:교사|몸체|베이스|원본|기반|출발점|토대|바탕|뼈대|백본)(?:\s?모델)?(?:은|는)\s/.test(text.slice(0, example.start)))) && COPULA_END.test(text.slice(example.end)) && !LIST_BEFORE.test(text.slice(Math.max(0, example.start - 12), example.start))) return example;
  // "핵심은 'Y(Y')'.", "오늘의 주인공은 Y다": a sentence whose topic is what matters most ends on the model it presents
  if (example?.type === 'Model' && HIGHLIGHT_TOPIC.test(text.slice(Math.max(0, example.start - 12), example.start)) && GLOSSED_END.test(text.slice(example.end))) return example;
  let last: Mention | undefined;
  for (const m of mentions) {
    if (m.type !== 'Company' && m.type !== 'Model') continue;
    if (m.via === 'anonymous' || m.via === 'blocked') continue;
    if (SUBJECT_AFTER.test(text.slice(m.end, m.end + 4))) return undefined;
    if (!last || m.end > last.end) last = m;
  }
  if (!last || !COPULA_END.test(text.slice(last.end))) return undefined;
  // "…의 몸체는 A, 교사는 Y다": a model presented as another's base or teacher is not what the next sentences are about
  if (BASE_ROLE_TOPIC.test(text.slice(Math.max(0, last.start - 12), last.start))) return undefined;
  // "비교 대상은 A, B, C였다": the last member of a list is not what the sentence presents
  return LIST_BEFORE.test(text.slice(Math.max(0, last.start - 12), last.start)) ? undefined : last;
}
