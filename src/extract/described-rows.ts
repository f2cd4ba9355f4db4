/**
 * A table of models with a column of descriptions ("모델 | 공개 | 설명", one block a cell): each description cell is
 * prose with no subject of its own ("Y의 다음 버전. Z 위에 미세조정한 30억 파라미터 모델이며 가중치를 공개") —
 * the row's model is what it describes. The sentences of each such cell are mapped to the row's model, which the
 * sentence loop puts in focus while it reads them (as it does a spec card's lines).
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';
import { normalizeDate } from '../parse/dates.js';
import { parameterCount } from './engine/cell-words.js';

/** A full date alone in a cell: "2026.09.15", "2026-09-15", "2026. 9. 15.". */
const FULL_DATE = /^\d{4}\s?[.\-/]\s?\d{1,2}\s?[.\-/]\s?\d{1,2}\.?$/;

/** The model column's title, opening the header. */
const MODEL_TITLE = /^(?:모델|모델명|Model|Model name)$/i;
/** A description column's title. */
const DESCRIPTION_TITLE = /^(?:설명|소개|개요|주요\s?(?:특징|내용)|내용|Description|About)$/i;
/** Another column's title: a short label, no sentence, no number. */
const TITLE = /^[가-힣A-Za-z][가-힣A-Za-z()·/\s]{0,11}$/;
const MAX_COLUMNS = 6;

/** The model a row's model cell names, the cell's whole text. */
function cellModel(s: Sentence, ms: Mention[]): Mention | undefined {
  const t = s.text.trim();
  const at = s.text.indexOf(t);
  return ms.find((m) => m.type === 'Model' && m.start === at && m.end === at + t.length);
}

/** Two sentences of one block: the splitter cut a cell's text after a sentence's stop. */
function sameBlock(a: Sentence, b: Sentence): boolean {
  return a.block === b.block && b.start - a.end <= 1;
}

/** One row of such a table: its model and, per column, the indices of the sentences of its cell. */
interface DescribedRow {
  model: Mention;
  cells: number[][];
}

/** The rows of every models table with a description column, with the titles of its columns. */
function readDescribedRows(sentences: Sentence[], mentionsAt: (i: number) => Mention[]): Array<{ titles: string[]; described: number; rows: DescribedRow[] }> {
  const tables: Array<{ titles: string[]; described: number; rows: DescribedRow[] }> = [];
  for (let i = 0; i < sentences.length; i++) {
    if (!MODEL_TITLE.test(sentences[i]!.text.trim())) continue;
    let width = 1;
    while (i + width < sentences.length && width < MAX_COLUMNS && TITLE.test(sentences[i + width]!.text.trim()) && !mentionsAt(i + width).length) width++;
    const titles = sentences.slice(i, i + width).map((c) => c.text.trim());
    const described = titles.findIndex((t, k) => k > 0 && DESCRIPTION_TITLE.test(t));
    if (described < 1) continue;
    const rows: DescribedRow[] = [];
    let j = i + width;
    for (let model = j < sentences.length ? cellModel(sentences[j]!, mentionsAt(j)) : undefined; model && j + width <= sentences.length; model = j < sentences.length ? cellModel(sentences[j]!, mentionsAt(j)) : undefined) {
      const cells: number[][] = [];
      for (let c = 0; c < width && j < sentences.length; c++, j++) {
        const cell = [j];
        // (the description cell: its sentences up to the next block, the next row's cell)
        while (c === described && j + 1 < sentences.length && sameBlock(sentences[j]!, sentences[j + 1]!)) cell.push(++j);
        cells.push(cell);
      }
      if (cells.length === width) rows.push({ model, cells });
    }
    if (rows.length) tables.push({ titles, described, rows });
    i = Math.max(i, j - 1);
  }
  return tables;
}

/** Sentence index → the model of the row whose description cell the sentence is part of. */
export function describedRowModels(sentences: Sentence[], mentionsAt: (i: number) => Mention[]): Map<number, Mention> {
  const out = new Map<number, Mention>();
  for (const { described, rows } of readDescribedRows(sentences, mentionsAt)) for (const r of rows) for (const k of r.cells[described]!) out.set(k, r.model);
  return out;
}

/** A release-date column ("공개", "출시일", "Release date"). */
const RELEASED_TITLE = /^(?:공개|출시|공개일|출시일|공개\s?일자|출시\s?일자|Release(?:d|\s?date)?)$/i;
/** A size column ("규모", "크기", "파라미터", "매개변수 수", "Size", "Params"). */
const SIZE_TITLE = /^(?:규모|크기|모델\s?크기|파라미터(?:\s?수)?|매개변수(?:\s?수)?|Size|Params|Parameters)$/i;
/** A description's part that says the model is released open: ", 오픈 웨이트(Apache 2.0)", "오픈소스로 공개". */
const OPEN_PART = /(?:^|[,.]\s|\s·\s)(?:오픈\s?소스|오픈\s?웨이트|open[-\s]?(?:source|weights?))(?:\s?\((?:MIT|Apache[^()]{0,8}|아파치[^()]{0,8})\))?(?:(?:로|으로)?\s?(?:공개|배포))?(?=\s?[,.]|$)/i;

/** What each row's own columns give its model: the day its release column gives (a full date), the count its size column gives, and a description that says it is released open. */
export function describedRowProps(sentences: Sentence[], mentionsAt: (i: number) => Mention[]): Array<{ model: Mention; releasedOn?: string; parameters?: number; openSource?: true }> {
  const out: Array<{ model: Mention; releasedOn?: string; parameters?: number; openSource?: true }> = [];
  for (const { titles, described, rows } of readDescribedRows(sentences, mentionsAt)) {
    const released = titles.findIndex((t) => RELEASED_TITLE.test(t));
    const sized = titles.findIndex((t) => SIZE_TITLE.test(t));
    for (const r of rows) {
      const cellOf = (c: number): string => (c > 0 && r.cells[c]!.length === 1 ? sentences[r.cells[c]![0]!]!.text.trim() : '');
      const iso = FULL_DATE.test(cellOf(released)) ? normalizeDate(cellOf(released)) : undefined;
      const parameters = parameterCount(cellOf(sized));
      const open = r.cells[described]!.some((k) => OPEN_PART.test(sentences[k]!.text.trim()));
      out.push({ model: r.model, ...(iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { releasedOn: iso } : {}), ...(parameters ? { parameters } : {}), ...(open ? { openSource: true as const } : {}) });
    }
  }
  return out;
}
