/**
 * A sentence that points at a numbered table's rows by their numbers ("연번 1, 2번 제품은 「P」 대상으로 선정되어", "순번 3번
 * 과제는 「P」 수행기관으로 지정"): the companies named in those rows (a table read one cell a line under its "연번" header)
 * take part in the programme the sentence selects them for.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { Mention } from './types.js';

/** The rows referred to: "연번 1, 2번 제품은 ", "순번 3번 과제는 ", "연번 1·2 업체는 ". */
const ROW_REFERENCE = /(?:연번|순번|번호)\s?(\d{1,2}(?:\s?번)?(?:\s?[,·]\s?\d{1,2}(?:\s?번)?){0,5}(?:\s?(?:및|과|와)\s?\d{1,2}(?:\s?번)?)?)\s?(?:제품|과제|업체|기업|기관|컨소시엄)(?:은|는|이|가|도)\s/;
/** After the programme: the rows selected or designated for it ("」 대상으로 선정되어", "」 수행기관으로 지정"). */
const SELECTED_FOR = /^['"」』’”]?\s?(?:(?:시범구매\s?|지원\s?|사업\s?)?대상|수행\s?기관|참여\s?기관|수혜\s?기업)?(?:으로|로)\s(?:최종\s)?(?:선정|지정|확정)/;
const NEGATED = /않|못|제외|탈락|보류|취소/;
/** A table's row-number column heading on its own line. */
const NUMBER_HEADER = /^(?:연번|순번|번호|No\.?)$/;
/** A section's heading after the table ("2. 지정 제품 주요 내용", "가. 개요", "■ 향후 계획"). */
const SECTION_HEADING = /^(?:\d{1,2}\.|[가-하]\.|[IVX]{1,4}\.|[■□◆▶●○])\s|^.{31,}$/;
/** The end of the table's rows: a note, or a line of prose. */
const ROWS_END = /^(?:※|\*|주\)|비고\s?:)/;

/** The companies of each numbered row of the tables the article reads one cell a line. */
function numberedRows(sentences: readonly Sentence[], first: readonly Mention[][]): Map<number, Mention[]> {
  const rows = new Map<number, Mention[]>();
  for (let i = 0; i < sentences.length; i++) {
    if (!NUMBER_HEADER.test(sentences[i]!.text.trim())) continue;
    let row: Mention[] | undefined;
    let expected = 1;
    for (let j = i + 1; j < sentences.length; j++) {
      const s = sentences[j]!;
      const text = s.text.trim();
      // (a plain text's short cells read as headings; a numbered section heading ends the table)
      if ((s.block === 'heading' && SECTION_HEADING.test(text)) || ROWS_END.test(text) || text.length > 80) break;
      if (text === String(expected)) {
        rows.set(expected, (row = []));
        expected++;
        continue;
      }
      if (row) row.push(...first[j]!.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference'));
    }
  }
  return rows;
}

/** PARTICIPATES_IN facts for the companies of the rows a sentence selects for a programme by their numbers. */
export function addRowReferenceFacts(acc: Acc, articleId: string, sentences: readonly Sentence[], first: readonly Mention[][]): void {
  let rows: Map<number, Mention[]> | undefined;
  for (const [i, s] of sentences.entries()) {
    if (s.block !== 'body' || (!s.text.includes('연번') && !s.text.includes('순번') && !s.text.includes('번호'))) continue;
    const r = ROW_REFERENCE.exec(s.text);
    if (!r || NEGATED.test(s.text)) continue;
    const programme = first[i]!.find((m) => m.type === 'Policy' && m.start > r.index && SELECTED_FOR.test(s.text.slice(m.end, m.end + 24)));
    if (!programme) continue;
    rows ??= numberedRows(sentences, first);
    for (const n of r[1]!.match(/\d{1,2}/g) ?? [])
      for (const c of rows.get(Number(n)) ?? []) addRelation(acc, { relation: 'PARTICIPATES_IN', source: c.key, target: programme.key, properties: {} }, evidenceOf(articleId, s, 'participates.row-reference', 0.65));
  }
}
