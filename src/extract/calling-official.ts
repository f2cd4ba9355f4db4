/**
 * An official who says the programme will select more teams or open another call ("NAME 부총리가 추가로 한 팀을 더
 * 뽑겠다고 했다", "NAME 장관은 탈락한 자리를 재공모로 채우겠다고 밝혔다"), in an article whose participations all name one
 * programme: the official promotes that programme, though the sentence does not name it.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { alternation, perRuleSet } from './engine/compile.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import type { RuleSet } from './types.js';

/** Before the person: nothing, or a transcript's time stamp ("10:42 "), or a spoken or narrative opener ("그리고 ", "네, ", "한편 "). */
const OPENER = /^(?:\d{1,2}:\d{2}(?::\d{2})?\s)?(?:(?:그리고|또|또한|한편|이어|특히|네|예)[,]?\s){0,2}$/;
/** After the person: an official title (maybe "A 겸 B"), then the subject's particle. */
const titledSubject = perRuleSet((rules: RuleSet) => {
  const title = `(?:[가-힣A-Za-z]{1,12}\\s){0,2}?(?:${alternation(rules.lexicon.officialTitles)})`;
  return new RegExp(`^\\s${title}(?:\\s겸\\s${title})?(?:은|는|이|가)\\s`);
});
/** A further selection or call the official says will be made, then the verb of saying. */
const CALL = /(?:(?:한|두|세)\s?(?:팀|곳|개\s?(?:팀|컨소시엄))(?:을|를)\s(?:더|추가로)\s|추가로\s(?:[^\s.]{1,8}\s){0,2}?|다시\s(?:[^\s.]{1,8}\s){0,2}?)(?:뽑겠다|선정하겠다|선발하겠다|채우겠다|모집하겠다)(?:고|며|는)\s|(?:추가|재)\s?공모(?:를|에)\s(?:하겠다|진행하겠다|실시하겠다|열겠다|나서겠다)(?:고|며|는)\s/;
/** A call only weighed, or denied. */
const NOT_CALLED = /검토|않겠|없다|없습니다|아니|부인|일축/;

/** PROMOTES from an official announcing a further selection of the article's one programme. */
export function addCallingOfficials(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], known: KnownName[]): void {
  let programme: string | undefined;
  for (const s of sentences) {
    if (!CALL.test(s.text) || NOT_CALLED.test(s.text)) continue;
    programme ??= soleProgramme(acc) ?? '';
    if (!programme) return;
    const mentions = findMentions(s.text, rules, known);
    const person = mentions.find((m) => m.type === 'Person');
    if (!person || !OPENER.test(s.text.slice(0, person.start)) || !titledSubject(rules).test(s.text.slice(person.end))) continue;
    // (a sentence that names a programme speaks of that one)
    if (mentions.some((m) => m.type === 'Policy')) continue;
    addRelation(acc, { relation: 'PROMOTES', source: person.key, target: programme, properties: {} }, evidenceOf(articleId, s, 'promotes.calling-official', 0.6));
  }
}

/** The one programme the article's participations name. */
function soleProgramme(acc: Acc): string | undefined {
  const programmes = new Set([...acc.relations.values()].filter((r) => r.type === 'PARTICIPATES_IN').map((r) => r.target));
  return programmes.size === 1 ? [...programmes][0] : undefined;
}
