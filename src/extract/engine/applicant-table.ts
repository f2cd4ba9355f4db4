/**
 * Applicant tables. A public call's results list what each applicant entered, one row per entry, whatever else the
 * columns say ("연번 | 신청기관 | 모델명 | 검증 벤치마크 | 검증값 | 판정", "순위 | 업체명 | 제안 모델 | …"): the company in the
 * applicant column of each row took part in the programme the page is about (resolved by the caller). Pages flatten the
 * table one block per cell; plain text writes a row as "1 | A(주) | …".
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { companyIn } from './consortium-companies.js';
import { APPLICANT_COLUMN } from './table-column-titles.js';
import { HEAD_COLUMN } from './selection-table.js';

interface TextCell {
  text: string;
  sentence: Sentence;
}

/** A column title: short, no digit (a row's serial or score has one), no sentence end. */
const TITLE = /^[^\d.|]{1,16}$/;
const MAX_CELL = 80;
/** A column numbering or ranking the rows. */
const SERIAL_TITLE = /^(?:연번|순번|번호|순위|No\.?|#)$/i;
/** Between the bidder and the partners of a joint bid in one cell: "A(주) 외 1 (공동수급: B(주))", "A·B". */
const JOINT = /\s?외\s?\d{1,2}(?:개\s?사)?\s?\((?:공동\s?수급(?:체)?|컨소시엄|공동)\s?[:：]\s?([^()]{2,40}?(?:\([^()]{1,4}\))?[^()]{0,10})\)$/;
const JOIN = /\s*[,，·、/]\s*/;

function cellsIn(sentences: Sentence[]): TextCell[] {
  return sentences.flatMap((s) => (s.text.length <= 300 && s.text.includes('|') ? s.text.split(/\s*\|\s*/).filter((t) => t !== '').map((text) => ({ text: text.trim(), sentence: s })) : [{ text: s.text.trim(), sentence: s }]));
}

/** The companies of one applicant cell: the bidder and the partners of its joint bid. */
function applicantsOf(c: TextCell, rules: RuleSet): Mention[] | undefined {
  const joint = JOINT.exec(c.text);
  const names = joint ? [c.text.slice(0, joint.index), ...joint[1]!.split(JOIN)] : c.text.split(JOIN);
  const out = names.map((n) => companyIn(n, c.sentence, rules));
  return out.length && out.every((m) => m) ? (out as Mention[]) : undefined;
}

/** One row of an applicant table: its companies, and the person a representative's column ("대표자명") names with that column's title. */
export interface ApplicantRow {
  companies: Mention[];
  head?: { cell: string; post: string };
  sentence: Sentence;
}

/** The companies each applicant table's rows name, with the row's sentence (and a bid result's representative of each bidder). */
export function readApplicantTables(sentences: Sentence[], rules: RuleSet): ApplicantRow[] {
  if (!sentences.some((s) => /신청|응모|업체|지원/.test(s.text))) return [];
  const cells = cellsIn(sentences);
  const out: ApplicantRow[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (!APPLICANT_COLUMN.test(cells[i]!.text)) continue;
    // the header: the run of titles around the applicant's
    let start = i;
    // (a serial or rank column opens the header: the table's caption above it is no title)
    while (start > 0 && i - start < 3 && !SERIAL_TITLE.test(cells[start]!.text) && TITLE.test(cells[start - 1]!.text) && cells[start - 1]!.sentence.block === cells[i]!.sentence.block) start--;
    // (under a serial or rank column the first row opens on "1": titles may hold digits, "KLQ-2027", "점수(20점 만점)")
    const serial = SERIAL_TITLE.test(cells[start]!.text) ? cells.slice(i + 1, i + 12).findIndex((c) => c.text === '1') : -1;
    let end = i + 1;
    if (serial >= 0) end = i + 1 + serial;
    else while (end < cells.length && end - start < 10 && TITLE.test(cells[end]!.text)) end++;
    const width = end - start;
    if (width < 3) continue;
    const at = i - start;
    const head = cells.slice(start, end).findIndex((c) => HEAD_COLUMN.test(c.text));
    let r = end;
    for (; r + width <= cells.length; r += width) {
      const row = cells.slice(r, r + width);
      // (a heading ends the table: the next table's title and header are no row)
      if (row.some((c) => c.text.length > MAX_CELL || c.sentence.block === 'heading')) break;
      const companies = applicantsOf(row[at]!, rules);
      if (!companies) break;
      const person = head >= 0 && companies.length === 1 ? { head: { cell: row[head]!.text, post: cells[start + head]!.text } } : {};
      out.push({ companies, ...person, sentence: row[at]!.sentence });
    }
    i = Math.max(i, r - 1);
  }
  return out;
}
