/**
 * A fact sheet's labelled list of people ("핵심운용인력: NAME, NAME (수석심사역), NAME (심사역)", "연구진: …"): where the page
 * already ties one of them to a company (an earlier line, "대표펀드매니저: NAME (X 전무)"), the others, listed with a post
 * in brackets and no company of their own, are that company's staff too.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import { isKoreanName } from './engine/person-names.js';
import type { RuleSet } from './types.js';

/** A label, then the list: "핵심운용인력: …". */
const LABELLED = /^\s?[가-힣A-Za-z ]{1,12}\s?[:：]\s?(.+)$/;
/** One item: a name, maybe its post in brackets. */
const ITEM = /^([가-힣]{3,4})(?:\s?\(([가-힣A-Za-z]{1,12})\))?$/;

/** Adds WORKS_FOR for the people a labelled list names with a post, at the one company the list's other people work for. */
export function addListedColleagues(acc: Acc, rules: RuleSet, articleId: string, s: Sentence): void {
  const list = LABELLED.exec(s.text);
  if (!list || !list[1]!.includes(',')) return;
  const items = list[1]!.split(/\s?,\s?/).map((p) => ITEM.exec(p.trim()));
  if (items.length < 2 || items.some((m) => !m || !isKoreanName(m[1]!))) return;
  const persons = [...acc.entities.values()].filter((e) => e.type === 'Person');
  const keyOf = (name: string) => persons.find((e) => name in e.names)?.key;
  const employers = new Set<string>();
  const employed = new Set<string>();
  for (const r of acc.relations.values()) {
    if (r.type !== 'WORKS_FOR') continue;
    employed.add(r.source);
    if (items.some((m) => keyOf(m![1]!) === r.source)) employers.add(r.target);
  }
  if (employers.size !== 1) return;
  const [company] = employers;
  for (const m of items) {
    const key = keyOf(m![1]!);
    if (!m![2] || (key && employed.has(key))) continue;
    // (a post, no company: "심사역", not "X랩")
    if ([...acc.entities.values()].some((e) => e.type === 'Company' && Object.keys(e.names).some((n) => m![2]!.includes(n)))) continue;
    const at = s.start + s.text.indexOf(m![0]);
    addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.listed-colleague', 0.6), m![1]!, at, at + m![1]!.length, company!, { title: m![2]! });
  }
}
