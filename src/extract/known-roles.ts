/**
 * People the persons gazetteer places at a company by their role ("업스테이지 대표"): where the article names that
 * company and calls the person by the role's title ("NAME 대표님이 늘 하시던 말이 …"), the person works for it, though
 * the sentence names no company (an interview's context would otherwise give the speaker's own: see dropGuessedEmployers).
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { entryKey } from './rules.js';
import type { RuleSet } from './types.js';

/** A role of a company's head: the company's name, then the title. */
const COMPANY_ROLE = /^(.+?)\s(대표|대표이사|회장|사장|CEO)$/;

/** What follows the title: an honorific, a particle, or no more Hangul. */
const TITLE_END = /^(?:님)?(?:은|는|이|가|의|도|께서)?(?![가-힣])/;

export function addKnownRoleEmployers(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[]): void {
  for (const e of acc.entities.values()) {
    if (e.type !== 'Person') continue;
    const entry = rules.byKey.get(e.key);
    const role = entry?.role ? COMPANY_ROLE.exec(entry.role) : null;
    if (!role) continue;
    const company = rules.entries.find((c) => c.type === 'Company' && c.names.includes(role[1]!));
    const companyKey = company ? entryKey(company) : undefined;
    if (!companyKey || !acc.entities.has(companyKey)) continue;
    const title = role[2]!;
    // ("NAME 대표", "NAME 대표님이": the title, maybe honorific, then a particle or a break)
    const called = entry!.names.map((n) => `${n} ${title}`);
    const s = sentences.find((x) => called.some((c) => x.text.includes(c) && TITLE_END.test(x.text.slice(x.text.indexOf(c) + c.length, x.text.indexOf(c) + c.length + 3))));
    if (!s) continue;
    addRelation(acc, { relation: 'WORKS_FOR', source: e.key, target: companyKey, properties: { title } }, evidenceOf(articleId, s, 'works-for.known-role', 0.6));
  }
}
