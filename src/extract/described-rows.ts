/**
 * A table of models with a column of descriptions ("모델 | 공개 | 설명", one block a cell): each description cell is
 * prose with no subject of its own ("Y의 다음 버전. Z 위에 미세조정한 30억 파라미터 모델이며 가중치를 공개") —
 * the row's model is what it describes. The sentences of each such cell are mapped to the row's model, which the
 * sentence loop puts in focus while it reads them (as it does a spec card's lines).
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';
import { normalizeDate } from '../parse/dates.js';

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

/** The release day each row's release column gives its model, where the cell is a full date ("2026.09.15"). */
export function describedRowDates(sentences: Sentence[], mentionsAt: (i: number) => Mention[]): Array<{ model: Mention; releasedOn: string }> {
  const out: Array<{ model: Mention; releasedOn: string }> = [];
  for (const { titles, rows } of readDescribedRows(sentences, mentionsAt)) {
    const released = titles.findIndex((t) => RELEASED_TITLE.test(t));
    for (const r of released > 0 ? rows : []) {
      const cell = r.cells[released]!.length === 1 ? sentences[r.cells[released]![0]!]!.text.trim() : '';
      const iso = FULL_DATE.test(cell) ? normalizeDate(cell) : undefined;
      if (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso)) out.push({ model: r.model, releasedOn: iso });
    }
  }
  return out;
}
