/**
 * A company's Q&A page (a shareholders' meeting's questions and answers on its IR board, a customer briefing) that labels
 * each answer with its speaker and post ("답변(NAME 대표이사) …", "A(NAME 전무, CFO) …") and whose answers speak for
 * the company ("당사는 …", "저희가 …"): each such speaker is an officer of the company the page speaks for.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import { isKoreanName } from './engine/person-names.js';
import type { Mention, RuleSet } from './types.js';
import { AFTER_SELF_NOUN, SELF_NOUN } from './engine/company-words.js';

/** An answer's label: "답변(NAME POST)", "답(NAME, POST)", "A(NAME POST, POST)"; a post may carry its gloss ("최고기술책임자(CTO)"). */
const ANSWER_LABEL = /^(?:답변|답|A)\s?\(([가-힣]{3,4})(?:,\s?|\s)((?:[가-힣A-Za-z]{1,12}(?:\([A-Za-z]{2,5}\))?)(?:,?\s[가-힣A-Za-z]{1,12}(?:\([A-Za-z]{2,5}\))?){0,2})\)\s?[:：]?\s/;
/** A company officer's post: a head, a chief officer, an executive rank. */
const OFFICER_POST = /(?:대표|대표이사|사장|부사장|회장|전무|상무|이사|본부장|실장|연구소장|센터장|책임자|CEO|CTO|CFO|COO|CSO|CPO|CAIO)(?:\([A-Za-z]{2,5}\))?$/;
/** An answer that speaks as the company. */
const AS_COMPANY = new RegExp(String.raw`(?<![가-힣])(?:${SELF_NOUN}|저희)${AFTER_SELF_NOUN}`);

/** WORKS_FOR `self` for each officer whose label opens an answer, where some labelled answer speaks as the company. */
export function addAnswerLabelOfficers(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], self: Mention | undefined): void {
  if (!self || !acc.entities.has(self.key)) return;
  const labelled = sentences.flatMap((s) => {
    const m = s.block === 'body' && s.text.includes('(') ? ANSWER_LABEL.exec(s.text) : null;
    return m && isKoreanName(m[1]!) ? [{ s, m }] : [];
  });
  if (!labelled.some(({ s }) => AS_COMPANY.test(s.text))) return;
  const seen = new Set<string>();
  for (const { s, m } of labelled) {
    const name = m[1]!;
    // (the post a company gives: "전무, CFO" names the office last)
    const post = m[2]!.split(/,\s?/).at(-1)!.trim();
    if (seen.has(name) || !OFFICER_POST.test(post)) continue;
    seen.add(name);
    const at = s.start + m[0].indexOf(name);
    addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.answer-label', 0.7), name, at, at + name.length, self.key, { title: post });
  }
}
