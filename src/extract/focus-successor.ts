/** The topic model of a sentence that says it follows another: the successor named, not the predecessor named last. */
import type { Mention } from './types.js';

/** "Y는 X의 후속 모델이다": a topic model, then the predecessor it follows. */
const TOPIC_THEN_MODEL = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:은|는|이|가)\s$/;
const SUCCESSOR_AFTER = /^의\s(?:후속|차기|다음)\s?(?:모델|버전|작)/;
/** "Y는 그 후속 모델이다": a topic model, then its predecessor told by a demonstrative. */
const TOPIC_THEN_DEMONSTRATIVE = /^['"’”]?(?:\s?\([^()]{1,30}\))?['"’”]?(?:은|는|이|가)\s(?:사실\s|바로\s)?그\s(?:후속|차기)\s?(?:모델|버전|작)/;

/** Between two models: the first's possessive and a relative clause of following ("의 뒤를 잇는 "). */
const FOLLOWS_BEFORE = /^['"’”]?의\s뒤를\s(?:잇는|이을)\s(?:새\s|차세대\s|신규\s)?['"‘“]?$/;

/** The topic model of a sentence that says it follows another ("'Y'는 X의 후속 모델입니다"). */
export function successorTopic(text: string, mentions: Mention[]): Mention | undefined {
  // ("이번 Y는 그 후속 모델이지만": the predecessor told by a demonstrative, the topic still the successor)
  if (text.includes('그 후속') || text.includes('그 차기')) {
    const topic = mentions.find((m) => m.type === 'Model' && m.via !== 'reference' && TOPIC_THEN_DEMONSTRATIVE.test(text.slice(m.end, m.end + 24)));
    if (topic) return topic;
  }
  // ("… 엑사원 4.0의 뒤를 잇는 엑사원 5.0을 개발 중이며": the model a relative clause says follows another is the topic)
  if (text.includes('뒤를 잇는') || text.includes('뒤를 이을')) {
    const follower = mentions.find((m, i) => i > 0 && m.type === 'Model' && m.via !== 'reference' && mentions[i - 1]!.type === 'Model' && FOLLOWS_BEFORE.test(text.slice(mentions[i - 1]!.end, m.start)));
    if (follower) return follower;
  }
  if (!text.includes('의 후속') && !text.includes('의 차기') && !text.includes('의 다음')) return undefined;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i]!, mentions[i + 1]!];
    if (a.type === 'Model' && b.type === 'Model' && TOPIC_THEN_MODEL.test(text.slice(a.end, b.start)) && SUCCESSOR_AFTER.test(text.slice(b.end, b.end + 12))) return a;
  }
  return undefined;
}
