/** A paper's numbered affiliations: each author marked with a company's number works there (the block is read in engine/discover-marked-authors.ts). */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { readMarkedAuthors } from './engine/discover-marked-authors.js';
import type { Mention } from './types.js';

export function addMarkedAffiliations(acc: Acc, articleId: string, s: Sentence, mentions: Mention[]): void {
  const block = /^[가-힣]{2,4}[1-9]/.test(s.text) ? readMarkedAuthors(s.text) : undefined;
  if (!block) return;
  for (const a of block.authors) {
    const person = mentions.find((m) => m.type === 'Person' && m.start === a.start);
    if (!person) continue;
    for (const n of a.marks) {
      const aff = block.affiliations[n - 1];
      // the company the affiliation names first ("(주)가온랩스, 서울"; not a department of a university)
      const company = aff && mentions.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.start >= aff.start && m.end <= aff.end);
      if (company) addRelation(acc, { relation: 'WORKS_FOR', source: person.key, target: company.key, properties: {} }, evidenceOf(articleId, s, 'works-for.numbered-affiliation', 0.75));
    }
  }
}
