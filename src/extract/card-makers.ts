/**
 * A people list's card: a heading "01. NAME · COMPANY TITLE" (a number, the name, a middle dot, bar or dash, the company
 * and post), then a paragraph whose sentences leave the person out ("… 모델 'Y'를 만든 주역이다", "Y 개발을 이끌었다").
 * The model such a subject-less sentence says the person built is the heading company's, as long as the sentence names
 * no company of its own (a former employer's model is told with that employer: "X에서 Y 개발을 맡았던").
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { findMentions, type KnownName } from './engine/mentions.js';
import { entrySentences, ITEM_NUMBER } from './profile-officials.js';
import type { RuleSet } from './types.js';

/** After the name on the heading: the separator before the company. */
const SEPARATOR = /^\s(?:[·|—–-])\s/;
/** Before the model: nothing, or a description ending on a model noun ("단백질 서열을 읽는 모델 "), maybe a quote. */
const OPENS_BEFORE = /^(?:[^.,"“”]{0,40}?(?:모델|LLM|언어모델|sLM)\s)?['"‘“「『]?$/;
/** After the model: the person as its maker ("를 만든 주역이다", "를 개발한 장본인이다") or its development led ("개발을 이끌었다"). */
const MADE_AFTER = /^['"’”」』]?(?:(?:을|를)\s(?:직접\s|처음\s)?(?:만든|개발한|설계한|이끈|탄생시킨)\s(?:주역|주인공|장본인|책임자|사람|인물)(?:이다|이며|이고|으로|로|입니다)|\s?(?:개발|학습|설계)(?:을|를)\s(?:직접\s)?(?:이끌었|이끈다|이끌고\s있|주도했|주도한다|총괄했|총괄한다|맡았|맡고\s있))/;

/** DEVELOPED from a card heading's company to the model a subject-less sentence of its paragraph says the person built. */
export function addCardMakers(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], known: KnownName[], blockEnds: (s: Sentence) => number): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    const lead = s.text.length - s.text.replace(ITEM_NUMBER, '').length;
    if (lead === 0 || !/[·|—–]/.test(s.text)) continue;
    const ms = findMentions(s.text, rules, known);
    const person = ms[0];
    if (person?.type !== 'Person' || person.start !== lead || !SEPARATOR.test(s.text.slice(person.end))) continue;
    const employer = heldAt(acc, person.key, s);
    if (!employer) continue;
    for (const next of entrySentences(sentences, i, blockEnds)) {
      const found = findMentions(next.text, rules, known);
      if (found.some((m) => m.type === 'Company' || m.type === 'Person')) continue;
      const model = found.find((m) => m.type === 'Model' && OPENS_BEFORE.test(next.text.slice(0, m.start)) && MADE_AFTER.test(next.text.slice(m.end, m.end + 30)));
      if (!model) continue;
      addRelation(acc, { relation: 'DEVELOPED', source: employer, target: model.key, properties: {} }, evidenceOf(articleId, next, 'developed.card-person-made', 0.65));
    }
  }
}

/** The company the heading line itself gives the person a post at (a WORKS_FOR read from that line). */
function heldAt(acc: Acc, person: string, line: Sentence): string | undefined {
  for (const r of acc.relations.values()) if (r.type === 'WORKS_FOR' && r.source === person && r.evidence.some((e) => e.start === line.start)) return r.target;
  return undefined;
}
