/**
 * An encyclopedia's or a report's entry on an official, a line "NAME — ORGANISATION TITLE." and then sentences with no
 * subject ("Y 사업을 총괄하며 결과를 발표했다"): the official named on the line runs the programme the next sentence opens on.
 * A magazine's people list prints the same entry as a numbered card, "01. NAME · ORGANISATION TITLE" as its heading and a
 * paragraph of subject-less sentences under it ("… 이름을 올렸다. 올해 'Y' 2차 평가를 총괄하며 …"): the official runs the
 * programme a sentence of that paragraph opens on.
 * A profile's list of related people prints the entry with any description on the line ("NAME — 옛 직장 동료.") and the
 * official post in the next sentence, before the programme ("현재 … 장관으로서 Y를 이끌고 있다", "현재 … 수석으로 정부의 Y
 * 정책을 총괄하고 있다"): the person runs it as well.
 */
import type { Sentence } from '../parse/types.js';
import { addEntity, addRelation, evidenceOf, type Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import { isKoreanName } from './engine/person-names.js';
import { alternation, perRuleSet } from './engine/compile.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { Mention, RuleSet } from './types.js';

/** "NAME — … 정책관.", "NAME · … 정책관": the line's official title at its end, after a dash or a spaced middle dot or bar. */
const officialLineEnd = perRuleSet((rules: RuleSet) => new RegExp(`^\\s?(?:[—–-]|\\s[·|])\\s[^.]{0,40}?(?:${alternation(rules.lexicon.officialTitles)})\\.?$`));
/** A card's number before the name ("01. ", "3) "). */
export const ITEM_NUMBER = /^(?:\d{1,2}[.)]\s?)?/;
/** Before the programme: nothing, or a time adverb opening the sentence ("올해 ", "지난해 ", "2026년 "), maybe a quote. */
const OPENS_BEFORE = /^(?:(?:올해|지난해|작년|이번|최근|현재|당시|\d{4}년(?:부터|에는|엔)?)\s)?['"‘“「『]?$/;
/** After the programme: its kind or a stage of it ("2차 평가", "최종 심사"), then the verb of running it. */
const RUNS_AFTER = /^['"’”」』]?(?:\s?(?:사업|프로젝트|정책))?(?:\s?(?:[1-9]차|[1-9]단계|최종|본)?\s?(?:평가|심사|선정|선발|공모))?(?:을|를)\s(?:직접\s)?(?:총괄|지휘|진두지휘|관장|주도|이끌|이끈|이끄|챙기)/;
/** Before the programme, when the line says no post: the official post the entry now holds, "(현재) … 장관으로서 (정부의) ". */
const postBefore = perRuleSet((rules: RuleSet) => new RegExp(`^(?:(?:현재|지금은?|이후|올해부터)\\s)?(?:[가-힣A-Za-z]{1,16}\\s){0,3}[가-힣A-Za-z]{0,12}?(?:${alternation(rules.lexicon.officialTitles)})(?:으로서|로서|으로|로)\\s(?:(?:정부|국가)의\\s)?['"‘“「『]?$`));
/** The line's name, then a dash ("NAME — …"). */
const DASH_AFTER_NAME = /^\s?[—–-]\s/;
/** The most sentences of a card's paragraph read for it. */
const CARD_SENTENCES = 4;

/** PROMOTES from the official a "NAME — TITLE." line names to the programme a subject-less sentence of the entry (or card) runs. */
export function addProfileOfficialProgrammes(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], known: KnownName[], blockEnds: (s: Sentence) => number): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    if (!/[—–·|]/.test(s.text)) continue;
    const line = s.text.replace(ITEM_NUMBER, '');
    const lead = s.text.length - line.length;
    const titled = officialLineEnd(rules).test(line.replace(/^[^—–·|]*/, ' ').trimEnd());
    if (!titled && !/[—–]/.test(s.text)) continue;
    const person = titled ? findMentions(s.text, rules, known)[0] : dashLinePerson(s.text, lead, rules, known);
    if (person?.type !== 'Person' || person.start !== lead) continue;
    const after = s.text.slice(person.end);
    if (titled ? !officialLineEnd(rules).test(after.trimEnd()) : !DASH_AFTER_NAME.test(after)) continue;
    const opens = titled ? OPENS_BEFORE : postBefore(rules);
    // (a line that says no post speaks only for the rest of its own paragraph)
    for (const next of titled ? entrySentences(sentences, i, blockEnds) : sentences.slice(i + 1, i + 2).filter((x) => x.start < blockEnds(s))) {
      const policy = findMentions(next.text, rules, known).find((m) => m.type === 'Policy');
      if (!policy || !opens.test(next.text.slice(0, policy.start)) || !RUNS_AFTER.test(next.text.slice(policy.end, policy.end + 24))) continue;
      if (person.via === 'discovered') addEntity(acc, person, rules, evidenceOf(articleId, s, 'mention', 1));
      addRelation(acc, { relation: 'PROMOTES', source: person.key, target: policy.key, properties: {} }, evidenceOf(articleId, next, titled ? 'promotes.profile-official' : 'promotes.profile-official-post', 0.65));
      break;
    }
  }
}

/** The person a "NAME — …" line opens on: the name the rules know, or else a Korean name alone before the dash. */
function dashLinePerson(text: string, lead: number, rules: RuleSet, known: KnownName[]): Mention | undefined {
  const found = findMentions(text, rules, known)[0];
  if (found?.start === lead) return found;
  const name = /^([가-힣]{3,4})\s?[—–]\s/.exec(text.slice(lead))?.[1];
  return name && isKoreanName(name) ? discoveredMention('Person', name, lead, lead + name.length) : undefined;
}

/** The sentences an entry line speaks for: the next one of its block, or, when the line is a block (a card's heading) of its own, the next block's first few. */
export function entrySentences(sentences: Sentence[], i: number, blockEnds: (s: Sentence) => number): Sentence[] {
  const s = sentences[i]!;
  const next = sentences[i + 1]!;
  if (next.start < blockEnds(s)) return [next];
  if (blockEnds(s) > s.end + 1) return [];
  const end = blockEnds(next);
  return sentences.slice(i + 1, i + 1 + CARD_SENTENCES).filter((x) => x.start < end);
}
