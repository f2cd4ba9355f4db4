/**
 * A public head's speech page (축사, 기념사, 격려사, 환영사, 개회사, 인사말, 연설문): the speaker — introduced in their own words
 * ("광주광역시장 홍길동입니다", "과학기술정보통신부 장관 홍길동입니다") or on the speech's speaker line ("연설자 X광역시장 NAME") —
 * announces the programme the speech's title names ("X 단지 2기 입주기업 협약식 축사"): the event is the programme's.
 */
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { REGIONAL_HEAD } from './engine/compile.js';

/** A speech's kind in the page title. */
const SPEECH_TITLE = /(?:축사|기념사|격려사|환영사|개회사|인사말|연설문|대회사|치사)/;
/** The public head's title right before the name: a regional head or a ministry's, an agency's or a commission's head. */
const HEAD_BEFORE = new RegExp(`(?:${REGIONAL_HEAD}|(?:[가-힣]{2,14}(?:부|처|청|위원회)\\s)?(?:장관|차관|청장|처장|위원장))\\s$`);
/** The self-introduction's copula closing the sentence. */
const INTRO_AFTER = /^(?:입니다|이라고\s합니다)[.!]?\s*$/;
/** A greeting, or the speech's speaker label, before the head's title. */
const INTRO_OPENING = /^(?:(?:반갑습니다|안녕하십니까|안녕하세요|존경하는\s[^.]{1,30})[.!,]?\s)?$|^(?:연설자|발언자|연사)\s?[:：]?\s$/;

/** The speaker of a speech page: the one person introduced so, by key (none where two are). */
function speechSpeaker(sentences: ParagraphSentence[]): { key: string; s: ParagraphSentence } | undefined {
  const found = new Map<string, ParagraphSentence>();
  for (const s of sentences) {
    for (const p of s.mentions) {
      if (p.type !== 'Person' || p.via === 'reference') continue;
      const before = HEAD_BEFORE.exec(s.text.slice(0, p.start));
      if (!before || !INTRO_OPENING.test(s.text.slice(0, before.index))) continue;
      const labelled = /^(?:연설자|발언자|연사)/.test(s.text);
      if (labelled ? /^\s*$/.test(s.text.slice(p.end)) : INTRO_AFTER.test(s.text.slice(p.end))) found.set(p.key, found.get(p.key) ?? s);
    }
  }
  return found.size === 1 ? [...found].map(([key, s]) => ({ key, s }))[0] : undefined;
}

export function addSpeechSpeaker(acc: Acc, articleId: string, title: string, sentences: ParagraphSentence[]): void {
  if (!SPEECH_TITLE.test(title)) return;
  const programmes = [...acc.entities.values()].filter((e) => e.type === 'Policy' && Object.keys(e.names).some((n) => n.length > 3 && title.includes(n)));
  if (programmes.length !== 1) return;
  const speaker = speechSpeaker(sentences);
  if (!speaker || !acc.entities.has(speaker.key)) return;
  addRelation(acc, { relation: 'PROMOTES', source: speaker.key, target: programmes[0]!.key, properties: {} }, evidenceOf(articleId, speaker.s, 'promotes.speech-speaker', 0.6));
}
