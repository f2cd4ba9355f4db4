/**
 * A career profile page (a job site's or a network's member page): the page is titled by the member's name (perhaps with
 * its Latin spelling, "NAME Jina Seo"), and the headline right under it gives the current post first, then fields and
 * past employers, parted by middle dots ("X사 CTO · 멀티모달 LLM · 前 Y사"). The member works for the company of the
 * headline's first part, with the post after it; a part marked as past ("前 Y", "전 Y", "ex-Y") names no employer.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import { isKoreanName } from './engine/person-names.js';
import type { RuleSet } from './types.js';

/** The page's title: a Hangul name, perhaps with its Latin spelling. */
const NAME_TITLE = /^([가-힣]{3,4})(?:\s[A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+){1,2})?$/;
/** A headline: parts parted by middle dots. */
const PARTS = /\s[·•|]\s/;
/** The post closing the headline's first part. */
const POST = /^(?:C[A-Z]O|대표이사|대표|공동대표|부사장|사장|전무|상무|이사|본부장|센터장|연구소장|소장|실장|팀장|파트장|그룹장|리드|테크\s?리드|(?:수석|책임|선임)?\s?(?:연구원|엔지니어|리서처)|리서치\s?(?:엔지니어|사이언티스트)|머신러닝\s?엔지니어|ML\s?엔지니어|AI\s?엔지니어|PM|PO|매니저|디렉터)(?:\s?\([^()]{1,16}\))?$/;
/** How many lines under the title the headline may stand. */
const REACH = 3;

/** Adds WORKS_FOR for the member of a profile page at the company its headline's first part names. */
export function addProfileHeadline(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[]): void {
  const title = sentences[0];
  const name = title && NAME_TITLE.exec(title.text.trim())?.[1];
  if (!name || !isKoreanName(name)) return;
  for (const s of sentences.slice(1, 1 + REACH)) {
    if (s.text.length > 120 || !PARTS.test(s.text)) continue;
    const first = s.text.split(PARTS)[0]!.trim();
    const company = companyOpening(acc, first);
    if (!company) return;
    const post = first.slice(company.length).trim();
    if (!POST.test(post)) return;
    const at = title!.start + title!.text.indexOf(name);
    addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.profile-headline', 0.7), name, at, at + name.length, company.key, { title: post });
    return;
  }
}

/** The company (known to the article) whose name opens `text`, the longest such name. */
function companyOpening(acc: Acc, text: string): { key: string; length: number } | undefined {
  let best: { key: string; length: number } | undefined;
  for (const e of acc.entities.values()) {
    if (e.type !== 'Company') continue;
    for (const n of Object.keys(e.names)) if (n.length >= 2 && text.startsWith(n) && /^\s/.test(text.slice(n.length)) && (!best || n.length > best.length)) best = { key: e.key, length: n.length };
  }
  return best;
}
