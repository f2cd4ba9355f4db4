/**
 * An encyclopedia's or a report's entry on an official, a line "NAME — ORGANISATION TITLE." and then sentences with no
 * subject ("Y 사업을 총괄하며 결과를 발표했다"): the official named on the line runs the programme the next sentence opens on.
 * A magazine's people list prints the same entry as a numbered card, "01. NAME · ORGANISATION TITLE" as its heading and a
 * paragraph of subject-less sentences under it ("… 이름을 올렸다. 올해 'Y' 2차 평가를 총괄하며 …"): the official runs the
 * programme a sentence of that paragraph opens on.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { alternation, perRuleSet } from './engine/compile.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { RuleSet } from './types.js';

/** "NAME — … 정책관.", "NAME · … 정책관": the line's official title at its end, after a dash or a spaced middle dot or bar. */
const officialLineEnd = perRuleSet((rules: RuleSet) => new RegExp(`^\\s?(?:[—–-]|\\s[·|])\\s[^.]{0,40}?(?:${alternation(rules.lexicon.officialTitles)})\\.?$`));
/** A card's number before the name ("01. ", "3) "). */
export const ITEM_NUMBER = /^(?:\d{1,2}[.)]\s?)?/;
/** Before the programme: nothing, or a time adverb opening the sentence ("올해 ", "지난해 ", "2026년 "), maybe a quote. */
const OPENS_BEFORE = /^(?:(?:올해|지난해|작년|이번|최근|현재|당시|\d{4}년(?:부터|에는|엔)?)\s)?['"‘“「『]?$/;
/** After the programme: its kind or a stage of it ("2차 평가", "최종 심사"), then the verb of running it. */
const RUNS_AFTER = /^['"’”」』]?(?:\s?(?:사업|프로젝트|정책))?(?:\s?(?:[1-9]차|[1-9]단계|최종|본)?\s?(?:평가|심사|선정|선발|공모))?(?:을|를)\s(?:직접\s)?(?:총괄|지휘|진두지휘|관장|주도|이끌|이끈|이끄|챙기)/;
/** The most sentences of a card's paragraph read for it. */
const CARD_SENTENCES = 4;

/** PROMOTES from the official a "NAME — TITLE." line names to the programme a subject-less sentence of the entry (or card) runs. */
export function addProfileOfficialProgrammes(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], known: KnownName[], blockEnds: (s: Sentence) => number): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    if (!/[—–·|]/.test(s.text)) continue;
    const line = s.text.replace(ITEM_NUMBER, '');
    const lead = s.text.length - line.length;
    if (!officialLineEnd(rules).test(line.replace(/^[^—–·|]*/, ' ').trimEnd())) continue;
    const person = findMentions(s.text, rules, known)[0];
    if (person?.type !== 'Person' || person.start !== lead || !officialLineEnd(rules).test(s.text.slice(person.end).trimEnd())) continue;
    for (const next of entrySentences(sentences, i, blockEnds)) {
      const policy = findMentions(next.text, rules, known).find((m) => m.type === 'Policy');
      if (!policy || !OPENS_BEFORE.test(next.text.slice(0, policy.start)) || !RUNS_AFTER.test(next.text.slice(policy.end, policy.end + 24))) continue;
      addRelation(acc, { relation: 'PROMOTES', source: person.key, target: policy.key, properties: {} }, evidenceOf(articleId, next, 'promotes.profile-official', 0.65));
      break;
    }
  }
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
