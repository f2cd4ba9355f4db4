/**
 * Record tables. A data file (a public-data portal's CSV export, read as a text table) gives one record a line under a
 * header of many columns, most of them no model's — a serial number, a project's title, places, amounts, periods — and
 * among them the model a record supplies with its maker, its base, size and licence:
 * "연번 | 사업명 | … | 공급기업 | 공급모델 | 기반모델 | 파라미터 수 | 오픈소스 여부 | … | 비고".
 * Each line whose cell count is the header's is a record; an empty cell says nothing (the cells keep their places).
 * What a record says of its model is read as a comparison table's row is (table-columns.ts rowFacts).
 */
import type { Sentence } from '../../parse/types.js';
import type { RuleSet } from '../types.js';
import type { KnownName } from './mentions.js';
import { columnOf, type Column } from './table-column-titles.js';
import { rowFacts, type Cell } from './table-columns.js';
import { classify } from './table-cells.js';
import type { TableRow } from './table-row.js';

/** The fewest columns a record header has (a comparison table's shorter header is read by tables.ts). */
const MIN_COLUMNS = 6;
/** The model a record supplies ("공급모델", "제공 모델", "공급 솔루션(모델)"), and the company that supplies it ("공급기업", "공급사"). */
const SUPPLIED_MODEL = /^(?:공급|제공)\s?(?:모델|AI\s?모델)(?:명)?$/;
const SUPPLIER = /^(?:공급|제공)\s?(?:기업|업체|사|기관)(?:명)?$/;
/** Columns that say something of the record's model besides its name. */
const FACTS: readonly Column[] = ['developer', 'base', 'open', 'params'];

/** A record line's cells, empty ones kept in their places. */
function recordCells(text: string): string[] {
  return text.split(/\s?\|\s?/).map((c) => c.trim());
}

/** The column each header title names (a title no list knows is 'other'), or undefined for no record header. */
function recordColumns(text: string): Column[] | undefined {
  const titles = recordCells(text);
  if (titles.length < MIN_COLUMNS || titles.some((t) => t === '' || t.length > 20 || /^[\d.,\s-]+$/.test(t))) return undefined;
  const columns = titles.map((t): Column => (SUPPLIED_MODEL.test(t) ? 'model' : SUPPLIER.test(t) ? 'developer' : (columnOf(t, true) ?? 'other')));
  // (one model column: a second title of a model's is a label of the record's)
  if (columns.filter((c) => c === 'model').length !== 1 || columns.filter((c) => FACTS.includes(c)).length < 2) return undefined;
  return columns.map((c, k) => (columns.indexOf(c) !== k && c !== 'other' ? 'other' : c));
}

/** Reads the records of every record table in the article's text-table lines. */
export function readRecordTables(sentences: Sentence[], rules: RuleSet, known: KnownName[] = []): TableRow[] {
  const out: TableRow[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const columns = sentences[i]!.text.includes('|') ? recordColumns(sentences[i]!.text) : undefined;
    if (!columns) continue;
    let j = i + 1;
    for (; j < sentences.length; j++) {
      const s = sentences[j]!;
      const cells = recordCells(s.text);
      if (cells.length !== columns.length) break;
      const row: Cell[] = cells.map((c) => (c === '' ? { kind: 'other', text: '', sentence: s } : classify(c, s, rules, known)));
      const facts = rowFacts(row, columns, s);
      if (facts) out.push(facts);
    }
    i = j - 1;
  }
  return out;
}
