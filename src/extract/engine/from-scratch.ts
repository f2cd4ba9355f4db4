/**
 * From-scratch cues read from a sentence ("프롬 스크래치로 개발한 X", "데이터 수집부터 사전학습까지 직접"): each clause's
 * cue attached to the model it describes (properties.ts reads the sentence's other properties).
 */
import type { Mention } from '../types.js';
import { denied, type PropertyCues } from './property-cues.js';
import { attachModel, BOUNDARY } from './property-targets.js';
import type { PropertyFact } from './properties.js';

/** After a bare "처음부터": building or training the model ("직접 학습한", "자체 개발", "우리 손으로"). */
const BUILT_AFTER = /^.{0,30}?(?:학습|개발|구축|만들|만든|설계|훈련|제작|빌드|진행|수행|쌓|자체|독자|직접|손으로)/;
/** Building planned after a from-scratch cue ("…로 개발할 계획이다", "학습하기로 했다"). */
const BUILD_PLANNED = /^[^,.]{0,16}?(?:(?:개발|학습|구축|훈련|제작)(?:할|하기로)|만들\s(?:예정|계획|방침)|만들기로)/;
/** The stages of building, from the first to training, done in-house ("토크나이저부터 … 사전학습까지 직접 진행"). */
const ALL_STAGES = /(?:데이터|설계|토크나이저|구조|아키텍처|수집|정제)\s?부터\s[^.]{0,30}?(?:사전\s?학습|학습|훈련)(?:까지)?\s(?:[^.]{0,10}?\s)?(?:직접|자체|독자|우리 손|전부|모두)/;

/** Right after a cue in 로 ("'프롬 스크래치' 방식으로 ", "처음부터 자체 기술로 "): the model it is the object of a verb of building. */
const BUILT_OBJECT_AFTER = /^['"’”]?\s?(?:방식|방법|형태)?(?:으로|로)\s['"‘“]?$/;
/** After that object: its particle and a verb of building ("를 만들었다", "을 새로 개발했다"). */
const BUILD_VERB_AFTER = /^['"’”]?\s?(?:을|를)\s(?:[가-힣]{1,4}\s)?(?:개발|만들|만든|학습|구축|훈련|제작)/;

/** A cue in 로 whose verb of building is negated ("스크래치 방식으로 Y를 만들지는 않았다"). */
const BUILD_DENIED_AFTER = /^['"’”]?\s?(?:방식|방법|형태)?(?:으로|로)\s[^.]{0,24}?(?:개발|만들|학습|구축|훈련|제작)(?:하|되|시키)?지\s?(?:는|도|를)?\s?(?:않|못)/;

/** The model named right after a cue in 로 as the object of a verb of building ("스크래치 방식으로 Y를 만들었다" → Y). */
function builtObject(text: string, models: Mention[], end: number): Mention | undefined {
  const next = models.find((m) => m.start >= end && m.start - end <= 16);
  return next && BUILT_OBJECT_AFTER.test(text.slice(end, next.start)) && BUILD_VERB_AFTER.test(text.slice(next.end, next.end + 16)) ? next : undefined;
}

/**
 * Right after a model, the word base ("라마 기반 아냐, 처음부터 만들었다") or a denial ("큐웬 아니고 처음부터 만든", "X가 아니라"):
 * a model named as a base, said or denied, or denied being the one, is not the one built.
 */
const BASE_NAMED_AFTER = /^['"’”]?\s?(?:기반|베이스|(?:은|는|이|가)?\s?아니(?:고|라|야|에요|구요)[,\s])/;

/** "…, and was trained entirely " right before an English cue: a verb conjoined to the sentence's subject. */
const AND_WAS_BEFORE = /\band\s(?:was|is|were|are|has\sbeen|have\sbeen)\s(?:[a-z]+\s){0,2}$/;

/** "did not train ", "wasn't built ": an English negation right before the cue denies it (not "not only"). */
const EN_NOT_BEFORE = /(?:\b(?:not|never)\s(?!only\b|just\b)|n['’]t\s)(?:[A-Za-z0-9.:-]+\s){0,3}$/;

/** Adds to `facts` a fromScratch fact for the model each from-scratch cue of the sentence describes (up to three, one per clause). */
export function readFromScratch(text: string, models: Mention[], c: PropertyCues, focusUsable: Mention | undefined, facts: PropertyFact[]): void {
  // "데이터 수집부터 사전학습까지 직접", "구조 설계부터 학습까지 자체 기술로": every stage of building done in-house
  let fs = c.fromScratch.exec(text) ?? (text.includes('부터') ? ALL_STAGES.exec(text) : null);
  // a bare "처음부터" ("from the start") speaks of building the model only with a verb of training or building after it
  // ("처음부터 직접 학습한", not "처음부터 한국어에 맞춘 토크나이저를 썼다"); else a later cue of the sentence counts
  // ("처음부터 직접 설계하고 학습한 프롬 스크래치 모델 'Y'": a cue that restates it right after is where its model is)
  if (fs?.[0] === '처음부터') {
    const built = BUILT_AFTER.test(text.slice(fs.index + 4));
    const rest = c.fromScratch.exec(text.slice(fs.index + 4));
    // (a gloss in parentheses, "처음부터 직접 학습한(프롬 스크래치) 'Y'", restates it where it stands: the first cue's model is the one)
    const gloss = rest !== null && text[fs.index + 4 + rest.index - 1] === '(';
    if (!built || (rest && rest.index <= 30 && !gloss)) fs = rest ? Object.assign(rest, { index: rest.index + fs.index + 4 }) : null;
  }
  // (a model named as a base, said or denied, is none a cue describes: "라마 기반 아냐, 처음부터 만들었다")
  const candidates = fs ? models.filter((m) => !BASE_NAMED_AFTER.test(text.slice(m.end, m.end + 6))) : [];
  // "A는 X를 프롬 스크래치로 개발했고, B도 Y를 처음부터 독자 구축해": each clause's cue describes its own model
  for (let k = 0; fs && k < 3; k++) {
    const end = fs.index + fs[0].length;
    // ("'프롬 스크래치' 여부", "처음부터 학습했는지를 확인했다": whether a model was, asked, says nothing of one)
    if (!denied(c, text.slice(end)) && !BUILD_DENIED_AFTER.test(text.slice(end, end + 48)) && !EN_NOT_BEFORE.test(text.slice(Math.max(0, fs.index - 40), fs.index)) && !/^['"’”]?\s?여부|^[^.,]{0,24}?(?:했|됐|였)는지/.test(text.slice(end))) {
      // ("X succeeds Y, LG said, and was trained entirely from scratch": "and was" goes back to the sentence's subject)
      const conjoined = models[0] && models[0].start === 0 && AND_WAS_BEFORE.test(text.slice(Math.max(0, fs.index - 40), fs.index));
      const target = conjoined ? models[0] : builtObject(text, candidates, end) ?? attachModel(text, candidates, fs.index, end, focusUsable);
      // "회사는 다음 버전을 프롬 스크래치로 개발할 계획이다": a plan naming no model is not the model in focus
      const planOnly = target !== undefined && !models.includes(target) && BUILD_PLANNED.test(text.slice(end));
      if (target && !planOnly && !facts.some((f) => f.key === target.key && f.property === 'fromScratch')) facts.push({ key: target.key, property: 'fromScratch', value: true, rule: 'property.from-scratch' });
    }
    // the next cue, only in a later clause (after a clause boundary) that names a model of its own
    const b = BOUNDARY.exec(text.slice(end));
    if (!b) break;
    const from = end + b.index + b[0].length;
    const next = c.fromScratch.exec(text.slice(from));
    if (!next || !models.some((m) => m.start >= from && m.end <= from + next.index)) break;
    if (next[0] === '처음부터' && !BUILT_AFTER.test(text.slice(from + next.index + 4))) break;
    fs = Object.assign(next, { index: next.index + from });
  }
}
