/**
 * The cue regexes property reading uses, built once per rule set from lexicon.jsonl's cues (from
 * scratch, open and closed source, release verbs, parameter context), and the two questions other
 * stages ask of them: whether a sentence has a release verb, whether it calls something open or built
 * from scratch.
 */
import type { RuleSet } from '../types.js';
import { cueRegex } from './compile.js';


export interface PropertyCues {
  fromScratch: RegExp;
  notFromScratch: RegExp;
  notFromScratchPart: RegExp;
  openSource: RegExp;
  closed: RegExp;
  release: RegExp;
  future: RegExp;
  paramContext: RegExp;
  modelRef: RegExp;
}

const cueCache = new WeakMap<RuleSet, PropertyCues>();

/**
 * Built with no model from outside, in any wording: "해외 모델에 의존하지 않고", "타사 모델을 활용하지 않은",
 * "다른 모델 도움 없이", "외산 모델을 기반으로 한 튜닝이 아닌" (the lexicon's fromScratch cues list fixed phrases of this kind).
 */
const OUTSIDE_MODEL = '(?:외부|외산|해외|타사|다른|기존|남의|빅테크|글로벌 빅테크의?)\\s?(?:AI\\s?)?(?:모델|LLM|언어\\s?모델|파운데이션\\s?모델)';
const NO_OUTSIDE_MODEL = new RegExp(`${OUTSIDE_MODEL}(?:을|를|에|의)?\\s?(?:(?:쓰|사용하|활용하|의존하|가져다 쓰|빌려 쓰|빌리|차용하)지\\s?않(?:고|은|았|는)|(?:의\\s)?도움\\s?없이|없이)|${OUTSIDE_MODEL}(?:을|를)?\\s?(?:기반으로 한|기반의|바탕으로 한)\\s?(?:튜닝|파인튜닝|미세조정|추가 학습)(?:이)?\\s?(?:아닌|아니라)`);

/** Whether a sentence has a release verb (lexicon.jsonl's `releaseVerb` cue). */
export function hasReleaseVerb(text: string, rules: RuleSet): boolean {
  const re = cues(rules).release;
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** Whether a sentence calls what it speaks of open source, and whether built from scratch (its cues, not negated). */
export function statesOpenOrScratch(text: string, rules: RuleSet): { openSource: boolean; fromScratch: boolean } {
  const c = cues(rules);
  const fs = c.fromScratch.exec(text);
  return { openSource: c.openSource.test(text) && !c.closed.test(text) && !/(?:않|아니|못)/.test(text), fromScratch: fs !== null && !denied(c, text.slice(fs.index + fs[0].length)) };
}

/** Whether the words after a from-scratch cue deny it or give it to a part of the model only. */
export function denied(c: PropertyCues, rest: string): boolean {
  return c.notFromScratch.test(rest) || c.notFromScratchPart.test(rest);
}

export function cues(rules: RuleSet): PropertyCues {
  let c = cueCache.get(rules);
  if (!c) {
    const get = (n: string) => rules.lexicon.cues.get(n) ?? [];
    c = {
      fromScratch: new RegExp(`${cueRegex(get('fromScratch')).source}|${NO_OUTSIDE_MODEL.source}`, 'u'),
      // (or a claim the writer only reports and does not vouch for: "처음부터 자체 학습했다고는 하는데 … 확실하지 않아요")
      notFromScratch: /^.{0,16}(?:아닌|아니라|아니다|아닙|아니에요|아니죠|아니고|아니며|아니었|않)|^.{0,24}(?:다고는|라고는)\s?(?:하는데|하지만|해도|하나|합니다만)|^.{0,24}?(?:다고|라고)\s(?:[가-힣]+\s){0,2}?(?:주장하지만|주장했지만|주장하나|주장했으나)/,
      // (nor a part of the model built anew, "처음부터 다시 설계한 아키텍처에 Y의 가중치를 얹었다"; but a structure
      // of its own that the model was pretrained with is the model built anew: "처음부터 자체 설계한 구조로 사전학습한")
      notFromScratchPart: /^\s(?:[^\s,.]+\s){0,2}?[^\s,.]*[한된든]\s(?:[가-힣]{1,4}\s)?(?:아키텍처|구조|토크나이저|데이터셋|데이터|코드|파이프라인|인프라|뼈대)(?:에|를|을|만|와|과|로|으로|은|는)\s(?!(?:사전\s?)?(?:학습|훈련)(?:한|해|했|시킨|시켰))/,
      openSource: cueRegex(get('openSource')),
      closed: cueRegex(get('closedSource')),
      release: new RegExp(`(?:${get('releaseVerb').join('|')})`, 'g'),
      future: /^.{0,8}(?:예정|계획|할 방침|앞두|준비)/,
      paramContext: cueRegex(get('parameterContext')),
      modelRef: /모델|LLM|sLM|버전/,
    };
    cueCache.set(rules, c);
  }
  return c;
}
