/**
 * An encyclopedia's or a report's entry on an official, a line "NAME — ORGANISATION TITLE." and then sentences with no
 * subject ("Y 사업을 총괄하며 결과를 발표했다"): the official named on the line runs the programme the next sentence opens on.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { alternation, perRuleSet } from './engine/compile.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { RuleSet } from './types.js';

/** "NAME — … 정책관.": the line's official title at its end. */
const officialLineEnd = perRuleSet((rules: RuleSet) => new RegExp(`^\\s?[—–-]\\s[^.]{0,40}?(?:${alternation(rules.lexicon.officialTitles)})\\.?$`));
/** After the programme that opens the next sentence: the verb of running it. */
const RUNS_AFTER = /^['"’”」』]?(?:\s?(?:사업|프로젝트|정책))?(?:을|를)\s(?:직접\s)?(?:총괄|지휘|진두지휘|관장|주도|이끌|이끈|이끄|챙기)/;

/** PROMOTES from the official a "NAME — TITLE." line names to the programme the sentence right after it (same block) runs. */
export function addProfileOfficialProgrammes(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], known: KnownName[], blockEnds: (s: Sentence) => number): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    if (!s.text.includes('—') && !s.text.includes('–')) continue;
    if (!officialLineEnd(rules).test(s.text.replace(/^[^—–]*/, ' ').trimEnd())) continue;
    const person = findMentions(s.text, rules, known)[0];
    if (person?.type !== 'Person' || person.start !== 0 || !officialLineEnd(rules).test(s.text.slice(person.end).trimEnd())) continue;
    const next = sentences[i + 1]!;
    if (next.start >= blockEnds(s)) continue;
    const policy = findMentions(next.text, rules, known)[0];
    if (policy?.type !== 'Policy' || policy.start > 1 || !RUNS_AFTER.test(next.text.slice(policy.end, policy.end + 20))) continue;
    addRelation(acc, { relation: 'PROMOTES', source: person.key, target: policy.key, properties: {} }, evidenceOf(articleId, next, 'promotes.profile-official', 0.65));
  }
}
