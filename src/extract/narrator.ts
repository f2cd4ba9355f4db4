/**
 * The byline author of a first-person essay who says where they work ("나는 … X에서 ML 엔지니어로
 * 일한다", "I'm an ML engineer at X"): the author is a person who works for X, unlike a reporter, who only writes about it.
 */
import { addEntity, addRelation, evidenceOf } from './article-acc.js';
import type { Acc } from './article-acc.js';
import { discoveredMention } from './engine/discover-common.js';
import type { Narrator } from './quoted.js';
import type { RuleSet } from './types.js';

export function addNarratorEmployer(acc: Acc, rules: RuleSet, articleId: string, narrator: Narrator | undefined, author: string | undefined): void {
  // (a Korean name, or a romanised one: "Jiwoo Park")
  if (!narrator || !author || !/^(?:[가-힣]{2,4}|[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2})$/.test(author) || !acc.entities.has(narrator.company.key)) return;
  const ev = evidenceOf(articleId, narrator.sentence, 'works-for.narrator', 0.7);
  const person = discoveredMention('Person', author, narrator.sentence.start, narrator.sentence.start);
  addEntity(acc, person, rules, ev);
  addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: narrator.company.key, properties: narrator.title ? { title: narrator.title } : {} }, ev);
}
