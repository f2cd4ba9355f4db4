/**
 * The byline author of a first-person essay who says where they work ("나는 … X에서 ML 엔지니어로
 * 일한다", "I'm an ML engineer at X"): the author is a person who works for X, unlike a reporter, who only writes about it.
 */
import { addEmployee, addRelation, evidenceOf } from './article-acc.js';
import type { Acc } from './article-acc.js';
import type { Narrator } from './quoted.js';
import type { Sentence } from '../parse/types.js';
import type { RuleSet } from './types.js';

export function addNarratorEmployer(acc: Acc, rules: RuleSet, articleId: string, narrator: Narrator | undefined, author: string | undefined): void {
  // (a Korean name, or a romanised one: "Jiwoo Park")
  if (!narrator || !author || !/^(?:[가-힣]{2,4}|[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2})$/.test(author) || !acc.entities.has(narrator.company.key)) return;
  // (a company's newsroom bylines its pages with its own name: no person)
  if (Object.keys(acc.entities.get(narrator.company.key)!.names).includes(author)) return;
  const ev = evidenceOf(articleId, narrator.sentence, 'works-for.narrator', 0.7);
  addEmployee(acc, rules, ev, author, narrator.sentence.start, narrator.sentence.start, narrator.company.key, narrator.title ? { title: narrator.title } : {});
}

/** "Minjun Seo, our CEO and co-founder": a name, then "our"/"my" and a role, in the post of a writer who says where they work. */
const EN_OUR_ROLE = /(?<![A-Za-z])([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}),\s(?:our|my)\s((?:co-founder|cofounder|founder|CEO|CTO|CFO|COO|chief [a-z]+ officer|head of [a-z]+|(?:[a-z]+\s)?(?:lead|manager|director|engineer|researcher|scientist))(?:\s(?:and|&)\s(?:co-founder|cofounder|founder|CEO|CTO|CFO|COO))?)(?![A-Za-z])/g;

/** "our CEO Minjun Seo": the role before the name. */
const EN_OUR_ROLE_BEFORE = /(?<![A-Za-z])(?:our|my)\s(co-founder|cofounder|founder|CEO|CTO|CFO|COO|chief [a-z]+ officer)\s([A-Z][a-z]+(?:\s[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2})(?![A-Za-z-])/g;

/** The writer's colleagues an English post names with "our" ("NAME, our CEO"): they work for the writer's company. */
export function addNarratorColleagues(acc: Acc, rules: RuleSet, articleId: string, narrator: Narrator | undefined, sentences: Sentence[]): void {
  if (!narrator || !acc.entities.has(narrator.company.key)) return;
  for (const s of sentences) {
    if (s.block !== 'body' || !(s.text.includes(' our ') || s.text.includes(' my '))) continue;
    EN_OUR_ROLE.lastIndex = 0;
    for (let m = EN_OUR_ROLE.exec(s.text); m; m = EN_OUR_ROLE.exec(s.text)) {
      const ev = evidenceOf(articleId, s, 'works-for.en-our-role', 0.7);
      addEmployee(acc, rules, ev, m[1]!, s.start + m.index, s.start + m.index + m[1]!.length, narrator.company.key, { title: m[2]! });
    }
    if (s.text.includes(' partner')) addOurPartners(acc, articleId, narrator, s);
    EN_OUR_ROLE_BEFORE.lastIndex = 0;
    for (let m = EN_OUR_ROLE_BEFORE.exec(s.text); m; m = EN_OUR_ROLE_BEFORE.exec(s.text)) {
      const at = s.start + m.index + m[0].length - m[2]!.length;
      addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.en-our-role', 0.7), m[2]!, at, at + m[2]!.length, narrator.company.key, { title: m[1]! });
    }
  }
}

/** "X, our partner on the legal data": a company the writer's post calls its partner. */
const EN_OUR_PARTNER = /(?<![A-Za-z])([A-Z][A-Za-z0-9]*(?:\s[A-Z][A-Za-z0-9]*){0,3}),\s(?:our|my)\s(?:[a-z-]+\s)?partner(?![A-Za-z])/g;

function addOurPartners(acc: Acc, articleId: string, narrator: Narrator, s: Sentence): void {
  EN_OUR_PARTNER.lastIndex = 0;
  for (let m = EN_OUR_PARTNER.exec(s.text); m; m = EN_OUR_PARTNER.exec(s.text)) {
    const name = m[1]!;
    const partner = [...acc.entities.values()].find((e) => e.type === 'Company' && e.key !== narrator.company.key && (e.names[name] !== undefined || e.aliases.includes(name)));
    if (partner) addRelation(acc, { relation: 'PARTNERS_WITH', source: narrator.company.key, target: partner.key, properties: {} }, evidenceOf(articleId, s, 'partners.en-our-partner', 0.7));
  }
}
