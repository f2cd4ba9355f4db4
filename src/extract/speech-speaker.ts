/**
 * A public head's speech page (축사, 기념사, 격려사, 환영사, 개회사, 인사말, 연설문): the speaker — introduced in their own words
 * ("광주광역시장 홍길동입니다", "과학기술정보통신부 장관 홍길동입니다") or on the speech's speaker line ("연설자 X광역시장 NAME") —
 * announces the programme the speech's title names ("X 단지 2기 입주기업 협약식 축사"): the event is the programme's.
 * A speech signed on a closing line of its own ("2026년 11월 24일 / 대통령 NAME") has that head for its speaker, and one whose
 * title names no programme promotes the one programme it calls its side's own doing ("정부가 'X'를 시작한 것도").
 */
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import { isKoreanName } from './engine/person-names.js';
import type { RuleSet } from './types.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { REGIONAL_HEAD } from './engine/compile.js';

/** A speech's kind in the page title. */
const SPEECH_TITLE = /(?:축사|기념사|격려사|환영사|개회사|인사말|연설문|대회사|치사|모두발언|모두 발언|신년사|기조연설|담화문)/;
/** The head's title on the speech's closing signature line ("대통령 NAME", "국무총리 NAME", "과학기술정보통신부 장관 NAME"). */
const SIGNED_HEAD = new RegExp(`^(?:(?:\\d{4}년\\s\\d{1,2}월\\s\\d{1,2}일|\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?)\\s)?(?:${REGIONAL_HEAD}|대통령|국무총리|(?:[가-힣]{2,14}(?:부|처|청|위원회)\\s)?(?:장관|(?:제?[1-3])?차관|청장|처장|위원장))\\s$`);
/** A signature line naming a head the article has not met ("국무총리 NAME"): the name after the title, the line's last word. */
const SIGNED_NAME = new RegExp(`${SIGNED_HEAD.source.slice(0, -1)}([가-힣]{3})\\s*$`);
/** How many sentences from the body's end the signature may stand (the related links and notices after it). */
const SIGNATURE_REACH = 12;
/** Before a programme's name: the speaker's side as the one who started or runs it ("정부가 'X'를 시작한", "우리 정부는 X를 추진해"). */
const OWN_SIDE_BEFORE = /(?:정부|우리|저희|제가|저는)(?:가|는|도|이)?\s['"‘“「『]?$/;
/** After a programme's name: the verb that makes it the speaker's side's doing. */
const OWN_SIDE_AFTER = /^['"’”」』]?(?:을|를)\s(?:[가-힣]{1,6}\s)?(?:시작|추진|출범|도입|신설|마련|출범시)/;
/** The public head's title right before the name: a regional head or a ministry's, an agency's or a commission's head. */
const HEAD_BEFORE = new RegExp(`(?:${REGIONAL_HEAD}|(?:[가-힣]{2,14}(?:부|처|청|위원회)\\s)?(?:장관|(?:제?[1-3])?차관|청장|처장|위원장))\\s$`);
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
  if (!found.size) for (const s of sentences.slice(-SIGNATURE_REACH)) for (const p of signedHeads(s)) found.set(p.key, found.get(p.key) ?? s);
  return found.size === 1 ? [...found].map(([key, s]) => ({ key, s }))[0] : undefined;
}

/** The person a line of its own signs the speech with, after the head's title ("대통령 NAME"), the line's only words. */
function signedHeads(s: ParagraphSentence): { key: string }[] {
  return s.mentions.filter((p) => p.type === 'Person' && p.via !== 'reference' && /^\s*$/.test(s.text.slice(p.end)) && SIGNED_HEAD.test(s.text.slice(0, p.start)));
}

/** The one programme the speech names as its side's own doing ("정부가 'X'를 시작한 것도"), by key. */
function ownProgramme(sentences: ParagraphSentence[]): string | undefined {
  const keys = new Set<string>();
  for (const s of sentences)
    for (const m of s.mentions)
      if (m.type === 'Policy' && OWN_SIDE_BEFORE.test(s.text.slice(Math.max(0, m.start - 12), m.start)) && OWN_SIDE_AFTER.test(s.text.slice(m.end, m.end + 16))) keys.add(m.key);
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** The unmet head a closing line signs the speech with, added as a person (one such line only). */
function addUnmetSigner(acc: Acc, rules: RuleSet, articleId: string, sentences: ParagraphSentence[]): { key: string; s: ParagraphSentence } | undefined {
  const signed = sentences.slice(-SIGNATURE_REACH).flatMap((s) => {
    const m = SIGNED_NAME.exec(s.text);
    return m && isKoreanName(m[1]!) && !s.mentions.some((p) => p.type === 'Person') ? [{ s, name: m[1]!, at: s.start + s.text.lastIndexOf(m[1]!) }] : [];
  });
  if (signed.length !== 1) return undefined;
  const { s, name, at } = signed[0]!;
  const person = discoveredMention('Person', name, at, at + name.length);
  addEntity(acc, person, rules, evidenceOf(articleId, s, 'promotes.speech-speaker', 0.6));
  return { key: person.key, s };
}

export function addSpeechSpeaker(acc: Acc, articleId: string, title: string, sentences: ParagraphSentence[], rules?: RuleSet): void {
  if (!SPEECH_TITLE.test(title)) return;
  const titled = [...acc.entities.values()].filter((e) => e.type === 'Policy' && Object.keys(e.names).some((n) => n.length > 3 && title.includes(n))).map((e) => e.key);
  const programme = titled.length === 1 ? titled[0] : titled.length ? undefined : ownProgramme(sentences);
  if (!programme || !acc.entities.has(programme)) return;
  const speaker = speechSpeaker(sentences) ?? (rules ? addUnmetSigner(acc, rules, articleId, sentences) : undefined);
  if (!speaker || !acc.entities.has(speaker.key)) return;
  addRelation(acc, { relation: 'PROMOTES', source: speaker.key, target: programme, properties: {} }, evidenceOf(articleId, speaker.s, 'promotes.speech-speaker', 0.6));
}
