/**
 * A company's boilerplate introduces it in one sentence and lists its officers in the next, with no verb: "[회사 소개] X는
 * 2022년 설립된 … 스타트업이다. 대표 NAME, 최고기술책임자(CTO) NAME." — each post before a name, the pairs set apart by
 * commas, the line closed by a full stop. Each named officer works for the company the sentence before opened on as its topic.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import type { RuleSet } from './types.js';

/** "대표 NAME", "대표이사 NAME", "최고기술책임자(CTO) NAME", "CTO NAME", "연구소장 NAME": a company post, then a Hangul name. */
const POST_NAME = /^((?:공동\s?)?대표(?:이사)?|최고[가-힣]{2,8}책임자(?:\s?\(C[A-Z]{1,3}O\))?|C[A-Z]{1,3}O|부사장|사장|회장|전무(?:이사)?|상무(?:이사)?|연구소장|기술고문)\s([가-힣]{2,4})$/;
/** An opening label in brackets ("[회사 소개] ", "【About X】 "). */
const LABEL = /^(?:[[【〔<]\s?[^\]】〕>]{1,12}\s?[\]】〕>]\s?)?/;
/** The most pairs the line may hold. */
const MAX_PAIRS = 6;

/** The company (by key) whose name opens the sentence as its topic, after a label if any ("[회사 소개] X는 …"). */
function topicCompany(acc: Acc, text: string): string | undefined {
  const rest = text.replace(LABEL, '');
  for (const e of acc.entities.values()) {
    if (e.type !== 'Company') continue;
    if (Object.keys(e.names).some((n) => rest.startsWith(n) && /^(?:\s?\([^()]{1,20}\))?(?:은|는)\s/.test(rest.slice(n.length)))) return e.key;
  }
  return undefined;
}

/** Adds WORKS_FOR for each officer of a verbless "POST NAME, POST NAME." line right after a sentence whose topic is a company. */
export function addIntroducedOfficers(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[]): void {
  for (const [i, s] of sentences.entries()) {
    if (i === 0 || s.block !== 'body' || !/\.$/.test(s.text.trim())) continue;
    const parts = s.text.trim().slice(0, -1).split(/,\s/);
    if (parts.length > MAX_PAIRS) continue;
    const pairs = parts.map((p) => POST_NAME.exec(p.trim()));
    if (pairs.some((p) => !p)) continue;
    const before = sentences[i - 1]!;
    const company = before.block === 'body' ? topicCompany(acc, before.text) : undefined;
    if (!company) continue;
    let from = 0;
    for (const p of pairs) {
      const name = p![2]!;
      const at = s.text.indexOf(`${p![1]!} ${name}`, from) + p![1]!.length + 1;
      from = at + name.length;
      addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.introduced-officers', 0.7), name, s.start + at, s.start + at + name.length, company, { title: p![1]! });
    }
  }
}
