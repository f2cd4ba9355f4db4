/**
 * A national R&D project's report and its table of participating organisations, one cell a line: "구분 | 기관명 | 역할 |
 * 참여기간" then rows such as "주관연구기관 | ㈜X | … ", "공동연구기관 | ㈜Y | …", "위탁연구기관 | ㈜Z | …". Each company in a
 * lead, joint or contracted row takes part in the programme the report's "사업명:" line names; a joint research
 * organisation researches jointly with the lead (a partnership); a row that says the organisation left is left out.
 * The report then calls the lead by its role alone ("주관기관의 자체 모델", "주관기관은 … 공개할 예정"): that word is the
 * company of the lead row.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { referenceTo } from './references.js';
import type { Mention } from './types.js';

/** A role cell of the table: the lead, a joint, a contracted or a participating organisation (or company). */
const ROLE_CELL = /^(주관|공동|위탁|참여)\s?(?:연구)?\s?(?:기관|기업)$/;
/** The report's programme line. */
const PROGRAMME_LINE = /^(?:[-•·○□]\s?)?사업명\s?[:：]\s?$/;
/** A row that says its organisation left or never joined. */
const LEFT_ROW = /참여\s?종료|중도\s?(?:탈퇴|포기|하차)|협약\s?(?:해지|해약)|참여하지\s?않|참여\s?철회/;
/** The lead called by its role in the report's prose ("주관기관의", "주관연구기관은"). */
const LEAD_WORD = /(?<![가-힣])주관\s?(?:연구)?\s?기관(?=의\s|은\s|는\s|이\s|가\s|과\s|와\s|도\s|에서\s)/;

interface RoleRow {
  role: string;
  company: Mention;
  at: number;
}

/** The company cell right after a role cell: the line is that company's name alone (with its legal-form mark). */
function rowCompany(s: Sentence, ms: readonly Mention[]): Mention | undefined {
  const c = ms.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference');
  if (!c) return undefined;
  const rest = (s.text.slice(0, c.start) + s.text.slice(c.end)).replace(/\(주\)|㈜|주식회사/g, '').trim();
  return rest === '' ? c : undefined;
}

/** The rows of a role table: each role cell with the company cell after it, unless the row's cells say it left. */
function readRoleRows(sentences: readonly Sentence[], first: readonly Mention[][]): RoleRow[] {
  const rows: RoleRow[] = [];
  for (const [i, s] of sentences.entries()) {
    const role = ROLE_CELL.exec(s.text.trim());
    const next = sentences[i + 1];
    if (!role || !next) continue;
    const company = rowCompany(next, first[i + 1]!);
    if (!company) continue;
    // (the row's further cells, up to the next role cell)
    let left = false;
    for (let j = i + 2; j < Math.min(sentences.length, i + 6) && !ROLE_CELL.test(sentences[j]!.text.trim()); j++) if (LEFT_ROW.test(sentences[j]!.text)) left = true;
    if (!left) rows.push({ role: role[1]!, company, at: i + 1 });
  }
  return rows;
}

/** The company a report's table names as its lead organisation, if one row does. */
export function reportLeadOf(sentences: readonly Sentence[], first: readonly Mention[][]): Mention | undefined {
  if (!sentences.some((s) => s.text.startsWith('주관'))) return undefined;
  return readRoleRows(sentences, first).find((r) => r.role === '주관')?.company;
}

/** Adds the lead row's company where the sentence calls the lead by its role ("주관기관은"), dropping the role word taken for a name. */
export function addRoleLeadReference(text: string, ms: Mention[], lead: Mention | undefined): void {
  if (!lead || !text.includes('주관')) return;
  const r = LEAD_WORD.exec(text);
  if (!r) return;
  const end = r.index + r[0].length;
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.start < end && r.index < ms[i]!.end) {
    if (ms[i]!.type !== 'Company' || ms[i]!.via !== 'discovered') return;
    ms.splice(i, 1);
  }
  ms.push(referenceTo(lead, r.index, end));
  ms.sort((a, b) => a.start - b.start);
}

/** PARTICIPATES_IN for each company of a report's role table, PARTNERS_WITH between the lead and each joint research organisation. */
export function addReportRoleRows(acc: Acc, articleId: string, sentences: readonly Sentence[], first: readonly Mention[][]): void {
  if (!sentences.some((s) => s.text.startsWith('주관'))) return;
  const rows = readRoleRows(sentences, first);
  if (!rows.length) return;
  let programme: Mention | undefined;
  for (const [i, s] of sentences.entries())
    programme ??= s.text.startsWith('사업명') || s.text.length < 80 ? first[i]!.find((m) => m.type === 'Policy' && m.via !== 'blocked' && PROGRAMME_LINE.test(s.text.slice(0, m.start))) : undefined;
  const lead = rows.find((r) => r.role === '주관');
  for (const r of rows) {
    const s = sentences[r.at]!;
    if (programme) addRelation(acc, { relation: 'PARTICIPATES_IN', source: r.company.key, target: programme.key, properties: {} }, evidenceOf(articleId, s, 'participates.report-role-row', 0.7));
    if (lead && r.role === '공동' && r.company.key !== lead.company.key)
      addRelation(acc, { relation: 'PARTNERS_WITH', source: lead.company.key, target: r.company.key, properties: {} }, evidenceOf(articleId, s, 'partners.report-joint-row', 0.65));
  }
}
