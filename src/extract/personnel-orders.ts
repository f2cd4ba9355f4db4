/**
 * A company's personnel order ("인사발령") as a table laid out one block per cell: column titles "구분 | 성명 | 현 소속/직위 |
 * 발령 소속/직위 | 비고", then a row per person. The post the order gives (the 발령 column, not the current one) is where
 * the person works from now: at a company the cell names first ("X 추천팀장": a transfer to X), else at the company the
 * page speaks for; a second post joined by 겸 is held too ("대표이사 겸 X 이사회 의장"). A retirement, an outside adviser's
 * commission, or a cell left empty ("-") gives nothing; nor does the current post (a former employer "(전) X 연구원").
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, namesOf, type Acc } from './article-acc.js';
import type { Mention, RuleSet } from './types.js';

const NAME_COLUMN = /^(?:성명|이름)$/;
/** The column of the post the order gives. */
const ORDER_COLUMN = /^(?:발령|신규?|변경|이동|새)\s?(?:소속|부서|직위|직책|직급|보직)(?:\s?[/·]\s?(?:소속|부서|직위|직책|직급|보직))?$/;
const KIND_COLUMN = /^(?:구분|발령\s?구분|유형)$/;
const OTHER_COLUMN = /^(?:(?:현|전|기존)\s?(?:소속|부서|직위|직책|직급|보직)(?:\s?[/·]\s?(?:소속|부서|직위|직책|직급|보직))?|비고|발령\s?일(?:자)?|사번|순번|번호)$/;
/** An order that ends or gives no employment: a retirement, an outside adviser's commission. */
const NOT_EMPLOYED = /퇴직|퇴임|퇴사|해임|면직|사임|위촉|자문|대기/;
const PERSON = /^[가-힣]{2,4}$/;
/** A post: Hangul, Latin, digits, a rank in parentheses. */
const POST = /^[가-힣A-Za-z0-9&()·\s]{2,40}$/;

/** The article's companies by each name and alias, longest first. */
function companyNames(acc: Acc): [string, string][] {
  const out: [string, string][] = [];
  for (const e of acc.entities.values()) if (e.type === 'Company') for (const n of namesOf(e)) out.push([n, e.key]);
  return out.sort((a, b) => b[0].length - a[0].length);
}

/** Adds WORKS_FOR for each person a personnel-order table posts, at the company the post names or the page's own. */
export function addPersonnelOrders(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], self: Mention | undefined): void {
  if (!sentences.some((s) => ORDER_COLUMN.test(s.text.trim()))) return;
  for (let i = 0; i < sentences.length; i++) {
    const titles: string[] = [];
    for (let j = i; j < sentences.length && titles.length < 7; j++) {
      const t = sentences[j]!.text.trim();
      if (!NAME_COLUMN.test(t) && !ORDER_COLUMN.test(t) && !KIND_COLUMN.test(t) && !OTHER_COLUMN.test(t)) break;
      titles.push(t);
    }
    const [name, order, kind] = [titles.findIndex((t) => NAME_COLUMN.test(t)), titles.findIndex((t) => ORDER_COLUMN.test(t)), titles.findIndex((t) => KIND_COLUMN.test(t))];
    if (name < 0 || order < 0) continue;
    const companies = companyNames(acc);
    let j = i + titles.length;
    for (; j + titles.length <= sentences.length; j += titles.length) {
      const [person, post] = [sentences[j + name]!, sentences[j + order]!];
      const [who, to] = [person.text.trim(), post.text.trim()];
      if (!PERSON.test(who)) break;
      if ((kind >= 0 && NOT_EMPLOYED.test(sentences[j + kind]!.text)) || !POST.test(to)) continue;
      const at = person.start + person.text.indexOf(who);
      for (const part of to.split(/\s겸\s/)) {
        const named = companies.find(([n]) => part.startsWith(`${n} `));
        const company = named?.[1] ?? (self?.type === 'Company' ? self.key : undefined);
        const title = named ? part.slice(named[0].length + 1).trim() : part;
        if (!company || NOT_EMPLOYED.test(title) || title === '') continue;
        addEmployee(acc, rules, evidenceOf(articleId, post, 'works-for.personnel-order', 0.75), who, at, at + who.length, company, { title });
      }
    }
    i = j - 1;
  }
}
