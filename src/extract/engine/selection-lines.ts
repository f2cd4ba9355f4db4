/**
 * Selection lines. A programme's results list each selected pair or team on a line of its own, its cells parted by
 * slashes or bars under a line that names the columns: "◆ X 사업 주요 선정 과제 (수요기업 / 공급기업 / 과제)", then
 * "A / B / 작물 생육 예측", "C / D / 문서 인식". Every company a row gives in a company column (수요기업, 공급기업,
 * 참여기업, …) is selected for the programme; the other columns (the task, the region) are no company's.
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { NOTE_COLUMN, saysNoPart } from './consortium-cells.js';
import { companyIn } from './consortium-table.js';
import { findMentions, type KnownName } from './mentions.js';

/** A column of selected companies: the buyer's and the supplier's of a voucher, a team's members, its lead. */
const COMPANY_COLUMN = /^(?:수요|공급|도입|제공|참여|선정|주관|협력|수행)\s?(?:기업|기관|업체|사|처)(?:명)?$/;
/** Between cells: a slash or a bar with space around it ("A / B", "A | B"). */
const CELL_BREAK = /\s[/|]\s/;
/** The column names, the header's last parenthesised part ("… 선정 과제 (수요기업 / 공급기업 / 과제)") or the whole line. */
const HEADER_PART = /\(([^()]{5,80})\)\s*$/;
const MAX_LINE = 160;

export interface SelectionLine {
  /** The programme the header names, if it names one. */
  programme?: Mention;
  companies: Mention[];
  sentence: Sentence;
}

/** The header's column names, or undefined for a line that names no company column. */
function columnsOf(text: string): string[] | undefined {
  const part = HEADER_PART.exec(text)?.[1] ?? text;
  const columns = part.split(CELL_BREAK).map((c) => c.trim());
  return columns.length >= 2 && columns.some((c) => COMPANY_COLUMN.test(c)) ? columns : undefined;
}

/** The companies of every selection line under a header naming company columns. */
export function readSelectionLines(sentences: Sentence[], rules: RuleSet, known: KnownName[] = []): SelectionLine[] {
  const out: SelectionLine[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const header = sentences[i]!;
    const columns = header.text.length <= MAX_LINE && CELL_BREAK.test(header.text) ? columnsOf(header.text) : undefined;
    // (a header names columns, no company: "주관기관 | A | A(변경 없음)" is a row of a table whose rows are labelled, not a header)
    if (!columns || columns.some((c) => !COMPANY_COLUMN.test(c) && findMentions(c, rules, known).some((m) => m.type === 'Company' && m.via !== 'blocked'))) continue;
    const policies = findMentions(header.text, rules, known).filter((m) => m.type === 'Policy');
    const programme = policies.length === 1 ? policies[0] : undefined;
    let j = i + 1;
    for (; j < sentences.length; j++) {
      const s = sentences[j]!;
      const cells = s.text.length <= MAX_LINE ? s.text.split(CELL_BREAK).map((c) => c.trim()) : [];
      if (cells.length !== columns.length) break;
      // (a row whose status says its company withdrew after selection, "선정 후 포기", took no part)
      if (columns.some((c, k) => NOTE_COLUMN.test(c) && saysNoPart(cells[k]!))) continue;
      const companies = columns.flatMap((c, k) => (COMPANY_COLUMN.test(c) ? [companyIn(cells[k]!, s, rules)] : [])).filter((m): m is Mention => m !== undefined);
      if (companies.length) out.push({ ...(programme ? { programme } : {}), companies, sentence: s });
    }
    i = j - 1;
  }
  return out;
}
