/**
 * The cue regexes property reading uses, built once per rule set from lexicon.jsonl's cues (from
 * scratch, open and closed source, release verbs, parameter context), and the two questions other
 * stages ask of them: whether a sentence has a release verb, whether it calls something open or built
 * from scratch.
 */
import type { RuleSet } from '../types.js';
import { cueRegex } from './compile.js';


interface PropertyCues {
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
      fromScratch: cueRegex(get('fromScratch')),
      // (or a claim the writer only reports and does not vouch for: "처음부터 자체 학습했다고는 하는데 … 확실하지 않아요")
      notFromScratch: /^.{0,16}(?:아닌|아니라|아니다|아닙|아니에요|아니죠|아니고|아니며|아니었|않)|^.{0,24}(?:다고는|라고는)\s?(?:하는데|하지만|해도|하나|합니다만)/,
      // (nor a part of the model built anew, "처음부터 다시 설계한 아키텍처에 Y의 가중치를 얹었다")
      notFromScratchPart: /^\s(?:[^\s,.]+\s){0,2}?[^\s,.]*[한된든]\s(?:[가-힣]{1,4}\s)?(?:아키텍처|구조|토크나이저|데이터셋|데이터|코드|파이프라인|인프라|뼈대)(?:에|를|을|만|와|과|로|으로|은|는)\s/,
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
