/**
 * A spec sheet with the models across its header and one row per property ("항목 | X 3 | Y 2 | Z-M", then "제조사 | A |
 * B | C", "파라미터 | 약 310억 | …", "라이선스 | …", "KMMLU | 67.9 | …"): a maker row naming a company under every
 * header cell makes each header cell a model (known or not), made by the company below it; the size, release and
 * licence rows give its properties and each benchmark row its scores ("-": none). Rows of other words (prices) are
 * passed over; the sheet ends at a row of another width or a long line.
 */
import type { Sentence } from '../../parse/types.js';
import type { RuleSet } from '../types.js';
import type { KnownName } from './mentions.js';
import { cellsOf, rowSentence } from './table-cells.js';
import { columnOf, type Column } from './table-column-titles.js';
import { byColumn, cellText, rowFacts, unknownBenchTitle, type Cell } from './table-columns.js';
import type { TableRow } from './table-row.js';
import { NO_VALUE, type TableScore } from './tables.js';

/** The most models a sheet's header lists, and the most rows read under it. */
const MAX_MODELS = 8;
const MAX_ROWS = 14;
/** The longest a header or row-title cell may be. */
const SHORT = 30;
/** The property rows read into the models' facts. */
const FACT_ROWS: readonly Column[] = ['developer', 'params', 'released', 'open', 'base'];
/** A score cell: "67.9", "67.9점", "49.75". */
const SCORE = /^(\d{1,3}(?:\.\d{1,4})?)\s?(?:점|%)?$/;

/** "약 310억" → "310억"; "총 160억 / 활성 30억" → "160억": the whole count of a size cell, hedges and the active share left out. */
function sizeText(t: string): string {
  return t.replace(/^(?:약|총|전체|최대|about|total)\s?/i, '').split(/\s?[/(]\s?(?:활성|active)/i)[0]!.trim();
}

/** "Apache 2.0 (가중치 공개)": a licence cell with a note on the weights, read by its licence. */
function licenceText(t: string): string {
  return t.replace(/\s?\((?:가중치|웨이트|weights?)\s?(?:공개|open)\)$/i, '');
}

function titleOf(c: Cell): Column | 'bench' | undefined {
  if (c.kind === 'bench') return 'bench';
  const t = cellText(c);
  if (t.length > SHORT) return undefined;
  const col = columnOf(t, c.kind === 'label');
  if (col && FACT_ROWS.includes(col)) return col;
  return unknownBenchTitle(c) ? 'bench' : col;
}

/** The models, facts and scores of each transposed spec sheet among the sentences. */
export function readTransposedSpecs(sentences: Sentence[], rules: RuleSet, known: KnownName[] = []): { rows: TableRow[]; scores: TableScore[] } {
  const rows: TableRow[] = [];
  const scores: TableScore[] = [];
  if (!sentences.some((s) => s.text.length < 20 && columnOf(s.text.trim(), false) === 'developer')) return { rows, scores };
  const cells = cellsOf(sentences, rules, known);
  for (let i = 0; i < cells.length; i++) {
    const corner = cells[i]!;
    if ((corner.kind !== 'label' && corner.kind !== 'other') || cellText(corner).length > 12 || FACT_ROWS.includes(titleOf(corner) as Column)) continue;
    // the header: the cells up to the first row title (the maker row's, which must come first or second)
    const heads: Cell[] = [];
    let j = i + 1;
    for (; cells[j] && heads.length <= MAX_MODELS && titleOf(cells[j]!) !== 'developer' && (cells[j]!.kind === 'model' || cells[j]!.kind === 'other') && cellText(cells[j]!).length <= SHORT; j++) heads.push(cells[j]!);
    const width = heads.length + 1;
    if (heads.length < 2 || heads.length > MAX_MODELS || cells[j] === undefined || titleOf(cells[j]!) !== 'developer') continue;
    // the maker row: a company under every model
    const makers = cells.slice(j + 1, j + width);
    if (makers.length < heads.length || !makers.every((c) => byColumn(c, 'Company') || c.kind === 'company')) continue;
    const columns: Column[] = ['model'];
    const columnCells: Cell[][] = [];
    const benches: Cell[][] = [];
    for (let r = 0; r < MAX_ROWS && j + width <= cells.length; r++, j += width) {
      const row = cells.slice(j, j + width);
      const title = titleOf(row[0]!);
      if (row.some((c) => c.kind === 'model') || cellText(row[0]!).length > SHORT) break;
      if (title === 'bench') {
        if (!row.slice(1).every((c) => c.kind === 'number' || SCORE.test(cellText(c)) || NO_VALUE.test(cellText(c)))) break;
        benches.push(row);
      } else if (title && FACT_ROWS.includes(title) && !columns.includes(title)) {
        columns.push(title);
        columnCells.push(row.slice(1));
      }
    }
    heads.forEach((h, k) => {
      const cellsOfModel = columnCells.map((col, n) => {
        const c = col[k]!;
        const t = columns[n + 1] === 'params' ? sizeText(cellText(c)) : columns[n + 1] === 'open' ? licenceText(cellText(c)) : undefined;
        return t === undefined ? c : { ...c, text: t };
      });
      const facts = rowFacts([h, ...cellsOfModel], columns, rowSentence([h, ...columnCells.map((col) => col[k]!)]));
      if (!facts?.developer) return;
      rows.push(facts);
      for (const b of benches) {
        const c = b[k + 1]!;
        const score = c.kind === 'number' ? c.value : SCORE.test(cellText(c)) ? Number(SCORE.exec(cellText(c))![1]) : undefined;
        const bench = b[0]!.kind === 'bench' ? b[0]!.mention : unknownBenchTitle(b[0]!);
        if (score !== undefined && bench) scores.push({ ...facts, benchmark: bench, score, sentence: rowSentence([h, b[0]!, c]) });
      }
    });
    i = j - 1;
  }
  return { rows, scores };
}
