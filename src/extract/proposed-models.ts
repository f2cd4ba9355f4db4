/**
 * An abstract that proposes its model ("… 언어모델 Y(Gloss)를 제안한다", "본 연구에서는 Y를 제안하였다"): the model is the
 * entry's own, built by the company its authors' marked affiliations name, where they name one company (a university
 * is none). The author line must be just above the abstract (an entry of a book of abstracts, a paper's first page).
 */
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';

/** After the model: its gloss maybe, the object particle, then the verb of proposing. */
const PROPOSED_AFTER = /^['"’”]?(?:\s?\([^()]{1,40}\))?(?:을|를)\s(?:새로\s|새롭게\s)?제안(?:한다|하였다|했다|합니다|하였습니다|했습니다|하고|하며)/;
/** The rules that read authors' affiliations (see affiliations.ts). */
const AUTHOR_RULES = new Set(['works-for.numbered-affiliation', 'works-for.author-cell', 'works-for.author-tail']);
/** How many sentences the abstract may be below its author line. */
const REACH = 6;

/** Adds DEVELOPED for a model an abstract proposes, by the one company its authors work for. */
export function addProposedModels(acc: Acc, articleId: string, body: readonly ParagraphSentence[]): void {
  const authored = new Map<number, Set<string>>(); // author line's start → the companies its authors work at
  for (const r of acc.relations.values()) {
    if (r.type !== 'WORKS_FOR') continue;
    for (const ev of r.evidence) if (AUTHOR_RULES.has(ev.rule)) authored.set(ev.start, (authored.get(ev.start) ?? new Set()).add(r.target));
  }
  if (!authored.size) return;
  for (const [i, s] of body.entries()) {
    if (!s.text.includes('제안')) continue;
    const proposed = s.mentions.filter((m) => m.type === 'Model' && m.via !== 'blocked' && m.via !== 'reference' && PROPOSED_AFTER.test(s.text.slice(m.end, m.end + 60)));
    if (!proposed.length) continue;
    // (the nearest author line above, within reach)
    const line = body.slice(Math.max(0, i - REACH), i).findLast((b) => authored.has(b.start));
    const companies = line ? authored.get(line.start)! : undefined;
    if (!companies || companies.size !== 1) continue;
    const [company] = companies;
    for (const m of proposed) addRelation(acc, { relation: 'DEVELOPED', source: company!, target: m.key, properties: {} }, evidenceOf(articleId, s, 'developed.proposed-in-abstract', 0.65));
  }
}
