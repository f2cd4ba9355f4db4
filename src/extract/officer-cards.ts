/**
 * A company's own page of its management ("경영진", "임원 소개") prints each officer as a card whose heading is the name
 * and the post ("<h5>NAME <span>대표이사(CEO)</span></h5>"), then a few lines of past posts ("前 X 리더"). Under the
 * officers heading each such card heading, up to the next heading that is no card, is an officer of the company the
 * page speaks for as "당사", the post as the title; the past posts in the lines below give nothing. A board seat held
 * from outside (사외이사, 감사) or an adviser's is no employment.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, addEntity, evidenceOf, type Acc } from './article-acc.js';
import { isKoreanName } from './engine/person-names.js';
import { OFFICERS_HEADING } from './officer-table.js';
import type { Mention, RuleSet } from './types.js';
import { AFTER_SELF_NOUN, SELF_NOUN } from './engine/company-words.js';

/** The page speaks for its company as "당사". */
const OURSELVES = new RegExp(String.raw`(?<![가-힣])(?:${SELF_NOUN})${AFTER_SELF_NOUN}`);
/** A card heading: a name, then a post ending on a post word, an English post in parentheses, a second post after 겸. */
const CARD = /^([가-힣]{3,4}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\s((?:[가-힣A-Za-z&]{1,12}\s){0,2}(?:최고[가-힣]{2,8}책임자|대표이사|대표|부사장|사장|부회장|회장|의장|전무|상무|이사|[가-힣A-Za-z]{1,10}(?:장|리더)|C[A-Z]{1,3}O)(?:\s?\([A-Za-z가-힣 ]{2,20}\))?(?:\s겸\s[가-힣A-Za-z ]{2,16})?)$/;
/** A post held from outside the company: a board seat or an adviser's. */
const NOT_STAFF = /사외이사|감사|고문|자문|비상무/;
/** The most lines a card section may hold. */
const MAX_LINES = 80;

/** Adds WORKS_FOR `self` for each card heading under an officers heading, where the page speaks as "당사". */
export function addOfficerCards(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], self: Mention | undefined): void {
  if (self?.type !== 'Company' || !sentences.some((s) => s.block === 'body' && OURSELVES.test(s.text))) return;
  for (let i = 0; i < sentences.length; i++) {
    if (sentences[i]!.block !== 'heading' || !OFFICERS_HEADING.test(sentences[i]!.text.trim())) continue;
    for (let j = i + 1; j < sentences.length && j <= i + MAX_LINES; j++) {
      const s = sentences[j]!;
      if (s.block !== 'heading') continue;
      const card = CARD.exec(s.text.trim());
      if (!card) break;
      const [name, post] = [card[1]!, card[2]!];
      if (NOT_STAFF.test(post) || (/^[가-힣]/.test(name) && !isKoreanName(name))) continue;
      const at = s.start + s.text.indexOf(name);
      const ev = evidenceOf(articleId, s, 'works-for.officer-card', 0.75);
      if (!acc.entities.has(self.key)) addEntity(acc, self, rules, ev);
      addEmployee(acc, rules, ev, name, at, at + name.length, self.key, { title: post });
    }
  }
}
