/**
 * A members page or a people list: an item headed by a person's name — a card's heading "NAME (Latin Name)", a list
 * item "NAME (2021~) — …" — whose sentences leave the person out as their subject: "2024년부터 X(Latin)의
 * 최고과학책임자(CSO)를 겸직하고 있으며", "스타트업 X의 CTO를 맡고 있다". The post held now at X is the heading person's.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import { isKoreanName } from './engine/person-names.js';
import type { Mention, RuleSet } from './types.js';

/** A heading that is a person's name alone, maybe with its Latin spelling in brackets. */
const NAME_HEADING = /^([가-힣]{2,4})(?:\s?\([A-Z][A-Za-z.\-]{0,20}(?:\s[A-Z][A-Za-z.\-]{0,20}){1,2}\))?$/;
/** A list item opened by a person's name, a note in brackets (years, a status), then a dash. */
const NAME_ITEM = /^([가-힣]{2,4})(?:\s?\([^()]{1,30}\))?\s[—–-]\s/;
/** What follows the company: its gloss, 의, a post held (its gloss), and a verb of holding it now. */
const POST_HELD = /^(?:\s?\([^()]{1,30}\))?의\s((?:[가-힣A-Za-z]{1,8}\s)?[가-힣A-Za-z]{0,10}?(?:책임자|대표|대표이사|C[A-Z]{1,2}O|리드|팀장|본부장|실장|연구소장|센터장|랩장|이사|부사장|사장|수석연구원|연구원|엔지니어))(?:\s?\([A-Za-z]{2,6}\))?(?:을|를)\s(?:맡고\s있|겸직하고\s있|겸하고\s있|겸임하고\s있)/;
/** A subject before the company in the same sentence (a topic or subject particle ending a word): the clause is not the item person's. */
const OWN_SUBJECT = /[가-힣A-Za-z0-9)](?:은|는|이|가)\s/;

/** The person each sentence's item is headed by (a name heading's scope runs to the next heading; a list item's to its block's end). */
function itemPeople(sentences: Sentence[], text: string): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  let card: string | undefined;
  let item: string | undefined;
  for (const [k, s] of sentences.entries()) {
    const newBlock = k === 0 || text.slice(sentences[k - 1]!.end, s.start).includes('\n');
    if (s.block === 'heading' || s.block === 'title') {
      const h = NAME_HEADING.exec(s.text.trim());
      card = h && isKoreanName(h[1]!) ? h[1] : undefined;
      item = undefined;
      out.push(undefined);
      continue;
    }
    if (newBlock) {
      const i = NAME_ITEM.exec(s.text);
      item = i && isKoreanName(i[1]!) ? i[1] : undefined;
    }
    out.push(item ?? card);
  }
  return out;
}

/** WORKS_FOR the item's person at each company whose post a subjectless sentence of the item says the person holds. */
export function addPersonItemPosts(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], first: Mention[][], text: string): void {
  if (!sentences.some((s) => s.text.includes('맡고') || s.text.includes('겸'))) return;
  const people = itemPeople(sentences, text);
  for (const [k, s] of sentences.entries()) {
    const person = people[k];
    if (!person) continue;
    for (const m of first[k] ?? []) {
      if (m.type !== 'Company' || m.via === 'blocked' || m.via === 'reference' || !acc.entities.has(m.key)) continue;
      const held = POST_HELD.exec(s.text.slice(m.end));
      if (!held) continue;
      // (the item's own head is no subject: "NAME (2021~) — 코드 생성. …")
      const before = s.text.slice(0, m.start).replace(NAME_ITEM, '');
      if (OWN_SUBJECT.test(before) || (first[k] ?? []).some((p) => p.type === 'Person' && p.start < m.start && p.surface !== person)) continue;
      addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.person-item-post', 0.65), person, s.start, s.start, m.key, { title: held[1]! });
    }
  }
}
