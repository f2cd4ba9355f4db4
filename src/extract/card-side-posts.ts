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

/** After the company a card's first line opens on with "현재": the post held there, then 으로/로 ("현재 X 연구위원으로 …을 맡고 있으며"). */
const NOW_POST = /^\s([가-힣A-Za-z]{0,12}(?:위원|연구원|연구위원|리드|팀장|실장|본부장|센터장|이사|대표|엔지니어|매니저|C[A-Z]{1,3}O))(?:으로|로)\s/;

/**
 * A speaker card headed by the person ("NAME 추론팀 리드 (11월 합류 예정)") whose first line says where the person is now
 * ("현재 X 연구위원으로 … 담당하고 있으며, …"): the person holds that post at that company (the card's own post may be
 * one still to come).
 */
export function addCardCurrentPosts(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], first: Mention[][]): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const head = sentences[i]!, line = sentences[i + 1]!;
    if (head.block !== 'heading' || line.block !== 'body' || !line.text.startsWith('현재 ')) continue;
    const person = (first[i] ?? [])[0];
    const company = (first[i + 1] ?? []).find((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference');
    if (person?.type !== 'Person' || person.start !== 0 || !company || company.start !== 3 || !acc.entities.has(company.key)) continue;
    const post = NOW_POST.exec(line.text.slice(company.end));
    if (!post) continue;
    addEmployee(acc, rules, evidenceOf(articleId, line, 'works-for.card-current-post', 0.65), person.surface, head.start, head.start + person.end, company.key, { title: post[1]! });
  }
}
