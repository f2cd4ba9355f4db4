/**
 * A profile card's bio that lists a post held beside the card's own, with a period still open ("남궁도현 교수" / "X대학교
 * Y학과" / "…. ㈜Z 기술자문위원(2024~)."; "W 사외이사(2023.3~현재)"): the card's person holds that post at that company now.
 * A closed period ("(2019~2022)") or a former mark ("前") is a past post and gives nothing.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import { cardName } from './leader-cards.js';
import type { Mention, RuleSet } from './types.js';

/** After the company: a post (a word ending in a post word) and an open period from a year ("(2024~)", "(2023.3~현재)"). */
const OPEN_POST = /^\s([가-힣A-Za-z]{0,10}(?:위원|이사|고문|자문|교수|연구원|연구위원|대표|펠로우?|어드바이저|CTO|CSO|CAIO))\s?\((?:19|20)\d{2}(?:[.\-/]\d{1,2})?\.?\s?[~∼〜]\s?(?:현재)?\)/;
/** Before the company: the sentence's start or a list's comma, maybe the legal-form mark; no former mark. */
const POST_OPENS = /(?:^|[,·.]\s?)(?:㈜|\(주\))?\s?$/;
/** How many lines under a card's name its bio may run. */
const BIO_LINES = 3;

/** WORKS_FOR for each open-period post a card's bio names at a company, the card's name line above it. */
export function addCardSidePosts(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], first: Mention[][]): void {
  for (let i = 0; i < sentences.length; i++) {
    const name = sentences[i]!;
    const person = name.block === 'title' ? undefined : cardName(name.text.trim());
    if (!person) continue;
    for (let j = i + 1; j <= i + BIO_LINES && j < sentences.length; j++) {
      const line = sentences[j]!;
      if (cardName(line.text.trim())) break;
      for (const m of first[j] ?? []) {
        if (m.type !== 'Company' || m.via === 'blocked' || m.via === 'reference' || !acc.entities.has(m.key)) continue;
        const post = OPEN_POST.exec(line.text.slice(m.end));
        if (!post || !POST_OPENS.test(line.text.slice(Math.max(0, m.start - 6), m.start))) continue;
        const at = name.start + name.text.indexOf(person);
        addEmployee(acc, rules, evidenceOf(articleId, line, 'works-for.card-open-post', 0.65), person, at, at + person.length, m.key, { title: post[1]! });
      }
    }
  }
}
