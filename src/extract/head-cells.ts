/**
 * A table whose company column says each cell also names the company's head in brackets ("업체명 (대표자)", "기업명(대표)",
 * "참여기업 (대표이사)"), as a procurement notice's or a programme's result list prints it: a cell "㈜X (NAME)" — the
 * person heads X, with the post the column title names. Pages flatten such a table one block per cell (a cell holding two
 * companies split at its line break, "㈜X (NAME) - 공동신청") or write a row as "a | b | c"; both are read.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, addEntity, evidenceOf, type Acc } from './article-acc.js';
import { companyIn } from './engine/consortium-companies.js';
import { discoveredMention } from './engine/discover.js';
import { isKoreanName } from './engine/person-names.js';
import type { Mention, RuleSet } from './types.js';

/** The company column's title with the head's post in brackets (group 1: the post). */
const HEAD_TITLE = /^(?:(?:선정|참여|신청|수행|주관|공급|수요|지정)\s?)?(?:업체|기업|회사|법인|사업자)\s?(?:명|이름)?\s?[(（/]\s?(대표자|대표|대표이사|CEO)(?:\s?명)?\s?[)）]?$/i;
/** A cell of that column: the company with its legal form, the head's name in brackets, a short note after a dash. */
const HEAD_CELL = /^(?:㈜|\(주\)|주식회사\s)?\s?([가-힣A-Za-z][가-힣A-Za-z0-9&.]{0,20}(?:\s[가-힣A-Za-z0-9&.]{1,12}){0,2}?)(?:\s?㈜|\s?\(주\)|\s주식회사)?\s?[(（]([가-힣]{2,4})[)）](?:\s?[-–—·]\s?[가-힣\s]{2,12})?$/;
/** How many cells after the title the table may run. */
const MAX_CELLS = 80;
const MAX_CELL = 120;

/** A corporate mark on the cell's company ("㈜X", "X(주)", "주식회사 X"). */
const MARKED = /㈜|\(주\)|주식회사/;

/** The key of the cell's company: one of the article's, else the name read as a company (a marked one as such, the column says it is one). */
function companyOf(acc: Acc, rules: RuleSet, name: string, s: Sentence, marked: boolean, ev: ReturnType<typeof evidenceOf>): string | undefined {
  const known = [...acc.entities.values()].find((e) => e.type === 'Company' && (name in e.names || e.aliases.includes(name)));
  if (known) return known.key;
  const read: Mention | undefined = companyIn(name, s, rules) ?? (marked ? discoveredMention('Company', name, s.start, s.start) : undefined);
  if (read?.type !== 'Company') return undefined;
  addEntity(acc, read, rules, ev);
  return read.key;
}

/** Adds WORKS_FOR for each head a company cell of such a table names, at that company where it is one of the article's. */
export function addHeadCells(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[]): void {
  const cells = sentences.flatMap((s) => (s.text.length <= 300 && s.text.includes('|') ? s.text.split(/\s*\|\s*/).filter((t) => t !== '').map((text) => ({ s, text })) : [{ s, text: s.text }]));
  for (let i = 0; i < cells.length; i++) {
    const title = HEAD_TITLE.exec(cells[i]!.text.trim());
    if (!title) continue;
    const post = title[1] === '대표자' ? '대표' : title[1]!;
    for (let j = i + 1; j < cells.length && j - i <= MAX_CELLS; j++) {
      const { s, text } = cells[j]!;
      if (text.length > MAX_CELL) break;
      const m = HEAD_CELL.exec(text.trim());
      if (!m || !isKoreanName(m[2]!)) continue;
      const ev = evidenceOf(articleId, s, 'works-for.head-cell', 0.75);
      const company = companyOf(acc, rules, m[1]!, s, MARKED.test(text), ev);
      if (!company) continue;
      const at = s.text.indexOf(`${m[2]!})`, Math.max(0, s.text.indexOf(text)));
      const start = s.start + Math.max(0, at);
      addEmployee(acc, rules, ev, m[2]!, start, start + m[2]!.length, company, { title: post });
    }
  }
}
