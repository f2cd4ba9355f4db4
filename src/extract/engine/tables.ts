/**
 * Score tables. Pages flatten a <table> into one short block per cell ("모델", "KMMLU", "CLIcK",
 * "솔라 프로2", "64.7", "70.1", …) and plain text writes rows as "솔라 프로2 | 64.7 | 70.1". Both
 * become a stream of cells; a header of benchmarks followed by rows of a model and as many
 * numbers gives one SCORED fact per number (and the transposed layout, models as the header).
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import type { KnownName } from './mentions.js';
import { AVERAGE_COLUMN, contextBenchmark } from './table-context.js';
import { benchmarkTitle, lineBenchmark } from './table-titles.js';
import { cellsOf, NUMBER, rowSentence } from './table-cells.js';
import { columnOf, TEAM_COLUMN, TITLE_NOTE, type Column } from './table-column-titles.js';
import { cellText, rowFacts, unknownBenchTitle, type Cell } from './table-columns.js';
import type { TableRow } from './table-row.js';
import { blankLast, isSectionRow } from './table-row-shapes.js';
import { runLegend, RUN_COLUMN, withRunModels } from './run-legend.js';

export { tableProps, type TableRow } from './table-row.js';
export { rowSentence } from './table-cells.js';

export interface TableScore extends TableRow {
  benchmark: Mention;
  score: number;
}

/** The column titles from cell i on: benchmarks and the columns columnOf knows ("구분 | 모델 | …": the column titled 모델 is the model's). */
export function headerColumns(cells: Cell[], i: number): { columns: Column[]; heads: (Mention | undefined)[]; next: number } {
  const columns: Column[] = [];
  const heads: (Mention | undefined)[] = [];
  let j = i;
  for (;; j++) {
    const c = cells[j];
    if (!c) break;
    if (c.kind === 'bench') {
      columns.push('bench');
      heads.push(c.mention);
      continue;
    }
    const t = c.sentence.text.trim();
    // (a data file's snake-case title, "base_model", "release_date": its words apart)
    const text = (c.text ?? t).replace(/(?<=[A-Za-z])_(?=[A-Za-z])/g, ' ');
    const titled = benchmarkTitle(c) ?? lineBenchmark(c, heads, cells, j);
    if (titled) {
      columns.push('bench');
      heads.push(titled);
      continue;
    }
    if (c.kind === 'label' || c.kind === 'other') {
      const col = TEAM_COLUMN.test(text) ? 'team' : (columnOf(text, c.kind === 'label') ?? columnOf(text.replace(TITLE_NOTE, ''), c.kind === 'label'));
      // (an in-house test's title between known ones, "KMMLU | X-Reason (내부) | State": a benchmark column too)
      const between = !col && columns.includes('bench') ? titleBetweenTitles(cells, j) : undefined;
      if (between) {
        columns.push('bench');
        heads.push(between);
        continue;
      }
      if (!col) break;
      columns.push(col);
      heads.push(undefined);
      continue;
    }
    break;
  }
  // "구분 | 모델 | …": the column titled 모델 is the model column, 구분 a row label
  if (columns.filter((c) => c === 'model').length > 1) columns[columns.indexOf('model')] = 'other';
  return { columns, heads, next: j };
}

/** A title no rule knows that names a test, where the title after it is a benchmark's or a known column's (no model's). */
function titleBetweenTitles(cells: Cell[], j: number): Mention | undefined {
  const next = cells[j + 1];
  if (!next || next.sentence === cells[j]!.sentence) return undefined;
  const col = next.kind === 'bench' ? 'bench' : next.kind === 'other' || next.kind === 'label' ? columnOf(cellText(next), false) : undefined;
  return col && col !== 'model' ? unknownBenchTitle(cells[j]!) : undefined;
}

/** A header row of benchmarks among model, developer and other columns ("순위 | 모델 | 개발사 | KMMLU | HAE-RAE"). */
function readHeader(cells: Cell[], i: number, context?: Mention, runs = false): { columns: Column[]; heads: (Mention | undefined)[]; next: number } | undefined {
  const { columns, heads, next: j } = headerColumns(cells, i);
  // ("Rank | Model | Developer | Average": with no benchmark or score column, a board's one average column is its score)
  const averages = columns.flatMap((c, k) => (c === 'other' && AVERAGE_COLUMN.test(cellText(cells[i + k]!)) ? [k] : []));
  if (!columns.includes('bench') && !columns.includes('score') && averages.length === 1) columns[averages[0]!] = 'score';
  // no benchmark columns: one score column takes the benchmark named just before the table
  if (!columns.includes('bench') && context && columns.includes('model') && columns.filter((c) => c === 'score').length === 1) {
    const at = columns.indexOf('score');
    columns[at] = 'bench';
    heads[at] = context;
  }
  for (const [k, c] of columns.entries()) if (c === 'score') columns[k] = 'other';
  if (!columns.includes('bench')) return undefined;
  // ("Run Name | … | metrics.x": an experiment tracker's run column names each row's model, where a legend glosses the runs)
  const run = columns.findIndex((c, k) => c === 'other' && RUN_COLUMN.test(cellText(cells[i + k]!)));
  if (!columns.includes('model') && run >= 0 && runs) columns[run] = 'model';
  // "KMMLU | CLIcK" with rows "model | n | n": the model column has no title
  if (!columns.includes('model')) {
    const at = columns.findIndex((c) => c === 'bench');
    if (columns.slice(0, at).some((c) => c !== 'other' && c !== 'params' && c !== 'released')) return undefined;
    columns.splice(at, 0, 'model');
    heads.splice(at, 0, undefined);
  }
  return { columns, heads, next: j };
}

/** True when the cells from j on are a row under these columns: a model in its column, a number in a benchmark's. */
function rowFits(cells: Cell[], j: number, columns: Column[]): boolean {
  const row = cells.slice(j, j + columns.length);
  if (row.length < columns.length || !rowFacts(row, columns, rowSentence(row))) return false;
  return columns.some((c, k) => c === 'bench' && row[k]!.kind === 'number');
}

/** The most titles no rule knows that a header may end with ("호야셋(100문항)", "생성 속도(tok/s)"). */
const MAX_UNKNOWN_TITLES = 3;

/**
 * A header whose last titles are no benchmark or column anyone knows (an in-house test set, a speed):
 * they are other columns when the first row lines up with them and not without them.
 */
function extendHeader(cells: Cell[], header: { columns: Column[]; heads: (Mention | undefined)[]; next: number }): typeof header {
  const { columns, heads, next } = header;
  // titles on the header's own text line are titles, not the first row's cells
  const onLine = (e: number) => cells[next + e - 1]?.sentence === cells[next - 1]?.sentence && cells[next - 1]!.sentence.text.includes('|');
  if (onLine(1)) {
    let e = 1;
    while (e < MAX_UNKNOWN_TITLES && onLine(e + 1)) e++;
    // (an acronym among benchmark titles, "KRA", is one more benchmark: an arena's)
    const acronyms = cells.slice(next, next + e).map((c) => (columns.includes('bench') ? unknownBenchTitle(c, true) : undefined));
    const wider: Column[] = [...columns, ...acronyms.map((b): Column => (b ? 'bench' : 'other'))];
    if (!onLine(e + 1) && rowFits(cells, next + e, wider)) return { columns: wider, heads: [...heads, ...acronyms], next: next + e };
  }
  if (rowFits(cells, next, columns)) return header;
  // (a section row under the header, "X랩 · Y 라인", is no title: the rows start after it, the second one too — where a title
  // no rule knows ends the header, the second row would not line up without it)
  if (isSectionRow(cells, next, columns) && rowFits(cells, next + 1 + columns.length, columns)) return header;
  const named: (Mention | undefined)[] = [];
  for (let e = 1; e <= MAX_UNKNOWN_TITLES; e++) {
    const title = cells[next + e - 1];
    // (a title that names something no list knows, "코알라-인스트럭트", is one more benchmark: read below)
    const bench = title && columns.includes('bench') ? unknownBenchTitle(title) : undefined;
    if (!title || (!bench && title.kind !== 'other') || (!bench && (title.text === undefined || title.text.length > 20 || /^[\d.\s-]*$/.test(title.text)))) return header;
    named.push(bench);
    const wider: Column[] = [...columns, ...named.map((b): Column => (b ? 'bench' : 'other'))];
    if (rowFits(cells, next + e, wider)) return { columns: wider, heads: [...heads, ...named], next: next + e };
  }
  return header;
}

/**
 * Rows under a header of benchmark columns: one SCORED fact per number, the developer from its column. A row whose
 * every score cell gives no value ("-", "미공개") still says what its other columns say: it goes to `unscored`.
 */
function readColumns(cells: Cell[], i: number, context?: Mention, unscored: TableRow[] = [], runs = false): { facts: TableScore[]; next: number } {
  const read = readHeader(cells, i, context, runs);
  const header = read && extendHeader(cells, read);
  const facts: TableScore[] = [];
  if (!header) return { facts, next: i + 1 };
  const { columns, heads } = header;
  const width = columns.length;
  let j = header.next;
  for (;;) {
    if (cells.length - j < width - 1) break;
    // (a blank last cell, an empty 비고, leaves no cell: the next row's model stands where it would be)
    const row = cells.slice(j, j + width - (blankLast(cells, j, columns) ? 1 : 0));
    if (row.length < width - 1 || (row.length < width && !blankLast(cells, j, columns))) break;
    const sentence = rowSentence(row);
    const facts0 = rowFacts(row, columns, sentence);
    if (!facts0) {
      // a section row between the rows ("X랩스 · Y 패밀리", "대기업": one cell across the table) groups them; the table goes on under it
      if (isSectionRow(cells, j, columns)) {
        j++;
        continue;
      }
      // a row whose model cell names none ("- | Qwen3-8B | 0.5061": an entrant that registered no model's name) gives nothing; the rows go on
      const m = columns.indexOf('model');
      // (or a run the legend glosses as no model: an ablation's, a sweep's)
      // (or a quantisation level alone, "Q8_0 | 71.2": a copy of the page's model the row names no model of)
      if (m >= 0 && row.length === width && (NO_VALUE.test(cellText(row[m]!)) || QUANT_LEVEL.test(cellText(row[m]!)) || (runs && row[m]!.kind !== 'model')) && row.some((c, k) => columns[k] === 'bench' && c.kind === 'number')) {
        j += row.length;
        continue;
      }
      break;
    }
    let numbers = 0;
    row.forEach((c, k) => {
      if (columns[k] !== 'bench' || c.kind !== 'number') return;
      numbers++;
      facts.push({ ...facts0, benchmark: heads[k]!, score: c.value! });
    });
    if (!numbers && !columns.every((c, k) => c !== 'bench' || NO_VALUE.test(cellText(row[k]!)))) break;
    if (!numbers) unscored.push(facts0);
    j += row.length;
  }
  return { facts, next: facts.length ? j : i + 1 };
}

/** Reads a transposed table from position i (models as the header, a benchmark and its numbers per row). */
function readTable(cells: Cell[], i: number): { facts: TableScore[]; next: number } {
  let j = i;
  if (cells[j]?.kind === 'label') j++;
  const heads: Cell[] = [];
  // (a row of bases under the header, "기반 모델 | Z1 | Z2", names no scorer: the models the scores are the header's)
  const baseRow = j > 0 && BASE_ROW_TITLE.test(cellText(cells[j - 1]!));
  while (cells[j]?.kind === 'model') heads.push(cells[j++]!);
  const facts: TableScore[] = [];
  if (!heads.length || baseRow) return { facts, next: i + 1 };
  // ("증감", "차이": columns after the models' that give a change, no model's score)
  let changes = 0;
  while (cells[j] && CHANGE_TITLE.test(cellText(cells[j]!))) (j++, changes++);
  for (;;) {
    // (a spec row among the score rows, "파라미터 | 14B | 7B", "출시일 | …": passed over)
    const spec = specRowEnd(cells, j, heads.length);
    if (spec) {
      j = spec;
      continue;
    }
    // (a row's title no list knows, "X-세이프티(자체 평가)", is a benchmark here: the header names the models)
    const bench = cells[j]?.kind === 'bench' ? cells[j]!.mention : cells[j] ? glossedBenchTitle(cells[j]!) : undefined;
    if (!bench) break;
    const nums = cells.slice(j + 1, j + 1 + heads.length);
    // ("-": a score the table does not give)
    if (nums.length < heads.length || nums.some((c) => c.kind !== 'number' && !NO_VALUE.test(cellText(c))) || !nums.some((c) => c.kind === 'number')) break;
    // (a row with more numbers than the header has models: the header was read from the middle of the real one)
    const after = cells.slice(j + 1 + heads.length, j + 1 + heads.length + changes);
    if (after.length < changes || after.some((c) => !CHANGE_CELL.test(cellText(c)) && !NO_VALUE.test(cellText(c)))) break;
    if (cells[j + 1 + heads.length + changes]?.kind === 'number') break;
    // the model's header cell, the benchmark's cell and the number
    nums.forEach((c, k) => {
      if (c.kind === 'number') facts.push({ model: heads[k]!.mention!, benchmark: bench, score: c.value!, sentence: rowSentence([heads[k]!, cells[j]!, c]) });
    });
    j += 1 + heads.length + changes;
  }
  return { facts, next: facts.length ? j : i + 1 };
}

/** The columns a transposed table's spec rows are titled by (a size, a release date, a licence, a maker, a note). */
const SPEC_ROWS = new Set<Column | undefined>(['params', 'released', 'open', 'developer', 'note']);

/** Where a spec row that starts at cell j ends ("파라미터 | 14B | 7B": its title and one value per model, none a name), else undefined. */
function specRowEnd(cells: Cell[], j: number, width: number): number | undefined {
  const title = cells[j];
  if (!title || (title.kind !== 'label' && title.kind !== 'other') || !SPEC_ROWS.has(columnOf(cellText(title), title.kind === 'label'))) return undefined;
  const values = cells.slice(j + 1, j + 1 + width);
  if (values.length < width || values.some((c) => c.kind === 'model' || c.kind === 'bench' || cellText(c).length > 30)) return undefined;
  return j + 1 + width;
}

/** A row title of the models a table's models are built on ("기반 모델", "베이스", "Base model"). */
const BASE_ROW_TITLE = /^(?:기반|베이스|바탕|백본|원본|교사)\s?(?:모델)?$|^(?:base|backbone|teacher)(?:\s?model)?$/i;
/** A column title that says the column gives a change between the models' columns ("증감", "차이", "Δ"). */
const CHANGE_TITLE = /^(?:증감(?:\s?폭)?|차이|변화(?:\s?폭)?|상승\s?폭|향상\s?폭|개선\s?폭|Δ|diff|change|delta)$/i;
/** A change cell: a signed number with its unit ("+6.5%p", "-1.2점", "+0.8"). */
const CHANGE_CELL = /^[+\-−–▲▼]\s?\d{1,3}(?:\.\d{1,4})?\s?(?:%p|%포인트|포인트|점|%|p)?$/;

/** A quantisation level named alone ("Q4_K_M", "Q8_0", "INT4", "BF16", "AWQ"). */
const QUANT_LEVEL = /^(?:I?Q\d(?:_[A-Z0-9]{1,3}){0,3}|INT\d{1,2}|W\dA\d{1,2}|FP\d{1,2}|BF16|F16|F32|AWQ|GPTQ|NF4)$/i;

/** A cell that gives no value: "-", "–", "N/A", "미측정", "미공개", a measurement still under way ("재측정 중", "평가 중", "TBD"). */
export const NO_VALUE = /^(?:[-–—]|N\/?A|미측정|미공개|비공개|(?:재\s?)?(?:측정|평가|집계|검증)\s?(?:중|예정)|TBD|TBA)$/i;

/** An unknown benchmark's title with its gloss in parentheses ("X-세이프티(자체 안전성 평가)"). */
function glossedBenchTitle(c: Cell): Mention | undefined {
  if (c.kind !== 'other') return undefined;
  const t = cellText(c).replace(/\s?\([^()]{1,16}\)$/, '');
  return unknownBenchTitle({ kind: 'other', text: t, sentence: c.sentence });
}

/**
 * SCORED facts from tables in the article's sentences (in order).
 * `known`: names the article's prose discovered ("'K-리즈닝 2'"), so a header cell that repeats one is that benchmark.
 * `unscored`: receives the rows of those tables that give no score, only their other columns' facts.
 */
export function readScoreTables(sentences: Sentence[], rules: RuleSet, known: KnownName[] = [], unscored: TableRow[] = []): TableScore[] {
  if (!sentences.some((s) => NUMBER.test(s.text.trim()) || /[|\t]\s*\d/.test(s.text))) return [];
  const legend = runLegend(sentences, rules, known);
  const cells = withRunModels(cellsOf(sentences, rules, known), legend);
  const out: TableScore[] = [];
  for (let i = 0; i < cells.length; ) {
    const k = cells[i]!.kind === 'label' ? cells[i + 1]?.kind : cells[i]!.kind;
    const columned = k === 'model' ? undefined : readColumns(cells, i, contextBenchmark(cells, i, rules, known), unscored, legend.size > 0);
    if (columned?.facts.length) {
      for (const f of columned.facts) out.push(f);
      i = columned.next;
    } else if (k === 'model') {
      const r = readTable(cells, i);
      for (const f of r.facts) out.push(f);
      i = r.next;
    } else i++;
  }
  return out;
}
