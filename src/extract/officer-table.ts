/**
 * A filing's or a company page's table of its own officers under a heading that says so ("4. 주요 경영진", "임원 현황"):
 * "성명 | 직위 | 주요 경력" and a row per officer, no column of the company — the company is the one the page speaks for
 * as "당사"; or of the staff it grants stock options to ("주식매수선택권 부여"). Each row's person works for it, with the row's post as the title. The page lays the table out as text-table
 * lines or one block per cell; both are read.
 */
import type { Sentence } from '../parse/types.js';
import { addEmployee, evidenceOf, type Acc } from './article-acc.js';
import type { Mention, RuleSet } from './types.js';
import { AFTER_SELF_NOUN, SELF_NOUN } from './engine/company-words.js';

/** The heading over the table: the company's management or officers ("주요 경영진", "임원 현황", "등기임원 현황"), or a privacy policy's officers ("제11조 (개인정보 보호책임자)"). */
export const OFFICERS_HEADING = /^(?:\d{1,2}\.\s?|[가-하]\.\s?)?(?:주요\s?)?(?:경영진|(?:등기\s?|미등기\s?)?임원)(?:\s?(?:현황|소개|구성))?(?:\s?[(（](?:참고|요약|참고\s?사항|[^()（）]{0,12}기준)[)）])?$|^(?:제\s?\d{1,2}\s?조\s?|\d{1,2}\.\s?)?[(（]?개인정보\s?보호\s?책임자(?:\s?및\s?(?:보호\s?)?담당(?:자|부서))?[)）]?$/;
/** The page speaks for its company as "당사", or as the "회사" it defines itself as ("주식회사 X(이하 '회사')는"). */
const OURSELVES = new RegExp(String.raw`(?<![가-힣])(?:${SELF_NOUN})${AFTER_SELF_NOUN}|\(이하\s?['"‘“]?(?:회사|당사)['"’”]?(?:라\s?한다)?\)`);
/** The table's columns: the person's name, the post, and notes on each (career, duties, …). */
const NAME_COLUMN = /^(?:성명|이름)$/;
const POST_COLUMN = /^(?:직위|직책|직함)$/;
const OTHER_COLUMN = /^(?:주요\s?)?(?:경력|약력|담당\s?업무|담당|학력)$|^(?:등기|상근)\s?여부$|^(?:생년월일|출생년월|재직\s?기간|임기|비고|구분|연락처|이메일|전화(?:번호)?|부서|소속\s?부서)$|^(?:부여\s?)?(?:주식\s?수|주식의\s?수|수량)(?:\s?\(주\))?$|^행사\s?가격$/;
/** A filing's heading over its grant of stock options ("제3호 의안 : 주식매수선택권 부여 승인의 건", "스톡옵션 부여 대상자"): the grantees are its staff, each with a post. */
const GRANT_HEADING = /(?:주식매수선택권|스톡옵션)\s?(?:부여|부여\s?대상자|부여\s?내역)(?![가-힣])/;
const PERSON = /^[가-힣]{2,4}$/;
const POST = /^[가-힣A-Za-z()·\s]{2,24}$/;

/** A table laid out one field a row ("성명 | NAME", "직책 | POST"), printed as labelled lines ("성명: NAME"). */
const NAME_FIELD = /^(?:성명|이름)\s?[:：]\s?([가-힣]{2,4})$/;
const POST_FIELD = /^(?:직위|직책|직함)\s?[:：]\s?([가-힣A-Za-z()·\s]{2,30})$/;

/** The officer a field-per-row table right under the heading at `i` names: its name line, then its post line within two. */
function fieldOfficer(cells: Sentence[], i: number): { person: Sentence; name: string; title: string } | undefined {
  const name = NAME_FIELD.exec(cells[i]?.text.trim() ?? '');
  if (!name) return undefined;
  for (let j = i + 1; j <= i + 2 && j < cells.length; j++) {
    const post = POST_FIELD.exec(cells[j]!.text.trim());
    if (post) return { person: cells[i]!, name: name[1]!, title: post[1]!.trim() };
  }
  return undefined;
}

/** Whether the row starting at cell j has a person's name in its name column and a post in its post column. */
function isOfficerRow(cells: { text: string }[], j: number, name: number, post: number): boolean {
  const [person, title] = [cells[j + name]?.text.trim() ?? '', cells[j + post]?.text.trim() ?? ''];
  return PERSON.test(person) && POST.test(title) && !POST_COLUMN.test(title);
}

/** Adds WORKS_FOR `self` for each officer row of a table under an officers heading, where the page speaks as "당사". */
export function addOfficerTable(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], self: Mention | undefined): void {
  if (self?.type !== 'Company' || !sentences.some((s) => s.block === 'body' && OURSELVES.test(s.text))) return;
  const cells = sentences.flatMap((s) => (s.text.includes('|') ? s.text.split(/\s*\|\s*/).filter((t) => t !== '').map((text) => ({ ...s, text })) : [s]));
  for (let i = 1; i < cells.length; i++) {
    if (!OFFICERS_HEADING.test(cells[i - 1]!.text.trim()) && !GRANT_HEADING.test(cells[i - 1]!.text)) continue;
    // ("성명: NAME" / "직책: POST": the table's one officer, a field a row)
    const field = fieldOfficer(cells, i);
    if (field) {
      const at = field.person.start + field.person.text.indexOf(field.name);
      addEmployee(acc, rules, evidenceOf(articleId, field.person, 'works-for.officer-table', 0.75), field.name, at, at + field.name.length, self.key, { title: field.title });
      continue;
    }
    const titles: string[] = [];
    for (let j = i; j < cells.length && titles.length < 6; j++) {
      const t = cells[j]!.text.trim();
      if (!NAME_COLUMN.test(t) && !POST_COLUMN.test(t) && !OTHER_COLUMN.test(t)) break;
      titles.push(t);
    }
    const name = titles.findIndex((t) => NAME_COLUMN.test(t));
    const post = titles.findIndex((t) => POST_COLUMN.test(t));
    if (name < 0 || post < 0) continue;
    for (let j = i + titles.length; j + Math.max(name, post) < cells.length; j += titles.length) {
      // (a cell the page dropped, an e-mail address in a contact column, shifts the rows after it by one)
      if (!isOfficerRow(cells, j, name, post) && j - 1 + name > i + titles.length && isOfficerRow(cells, j - 1, name, post)) j -= 1;
      if (!isOfficerRow(cells, j, name, post)) break;
      const [person, title] = [cells[j + name]!, cells[j + post]!];
      const at = person.start + Math.max(0, person.text.indexOf(person.text.trim()));
      addEmployee(acc, rules, evidenceOf(articleId, person, 'works-for.officer-table', 0.75), person.text.trim(), at, at + person.text.trim().length, self.key, { title: title.text.trim() });
    }
  }
}

/**
 * "상호 (주)X · 대표 NAME", "상호명: X | 대표자: NAME": a business line (a store listing's or a company page's contact box)
 * naming a company of the article and its head. The head works for it as 대표. A line whose company has no fact of the
 * article's besides, or the publisher's own (a news site's imprint), gives nothing.
 */
const BUSINESS_LINE = /(?:^|\s)(?:상호|상호명|회사명|법인명)\s?[:：]?\s?(?:\(주\)|㈜|주식회사\s)?([가-힣A-Za-z][가-힣A-Za-z0-9&.]{1,19}?)(?:\s?\(주\)|\s?㈜|\s주식회사)?\s?[·|,/]\s?(대표이사|대표자|대표|CEO)\s?[:：]?\s?([가-힣]{2,4})(?=$|\s|[·|,/])/;

/** Adds WORKS_FOR for the head a business line names, at the company it names where that company is one of the article's. */
export function addBusinessLineHead(acc: Acc, rules: RuleSet, articleId: string, sentences: Sentence[], publisher: string | undefined): void {
  for (const s of sentences) {
    const line = BUSINESS_LINE.exec(s.text);
    if (!line || line[1] === publisher) continue;
    const company = [...acc.entities.values()].find((e) => e.type === 'Company' && (line[1]! in e.names || e.aliases.includes(line[1]!)));
    // (a company of the article's facts: a news site's imprint names its own publisher, no company of the story)
    if (!company || ![...acc.relations.values()].some((r) => r.type !== 'WORKS_FOR' && (r.source === company.key || r.target === company.key))) continue;
    const at = s.start + line.index + line[0].length - line[3]!.length;
    addEmployee(acc, rules, evidenceOf(articleId, s, 'works-for.business-line', 0.7), line[3]!, at, at + line[3]!.length, company.key, { title: line[2] === '대표자' ? '대표' : line[2]! });
  }
}
