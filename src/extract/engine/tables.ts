/**
 * Score tables. Pages flatten a <table> into one short block per cell ("모델", "KMMLU", "CLIcK",
 * "솔라 프로2", "64.7", "70.1", …) and plain text writes rows as "솔라 프로2 | 64.7 | 70.1". Both
 * become a stream of cells; a header of benchmarks followed by rows of a model and as many
 * numbers gives one SCORED fact per number (and the transposed layout, models as the header).
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { findMentions, type KnownName } from './mentions.js';
import { benchmarkTitle, lineBenchmark } from './table-titles.js';
import { bilingualModel, byColumn, cellText, columnOf, DEVELOPER_NOTE, ROW_NOTE, rowFacts, SCORE_COLUMN, TEAM_COLUMN, TITLE_NOTE, unknownBenchTitle, type Cell, type Column, type TableRow } from './table-columns.js';

export { tableProps, type TableRow } from './table-columns.js';

export interface TableScore extends TableRow {
  benchmark: Mention;
  score: number;
}

const LABEL = /^(?:모델|모델명|구분|항목|벤치마크|평가|Model|Benchmark|이름|순위)$/i;
/** A score cell: "64.7", "64.7점", "64.7%", with a spread ("64.7 ± 0.3", "64.7 (±0.3)") or a footnote mark ("64.7*", "64.7†"). */
const NUMBER = /^(\d{1,3}(?:\.\d{1,4})?)\s?(?:점|%)?(?:\s?(?:±\s?\d{1,3}(?:\.\d{1,4})?|\(±\s?\d{1,3}(?:\.\d{1,4})?\)))?[*†‡]?$/;
/** What a header cell may add after a benchmark's name: its unit or setting in brackets ("KMMLU (%)", "GSM8K (5-shot)", "HRM8K [정확도]"). */
const HEADER_NOTE = /^\s?[([][^()[\]]{1,12}[)\]]$/;
const SHORT = 40;
/** The longest remark cell read for benchmarks and scores. */
const LONG_CELL = 120;
/** What a benchmark's column header may add after the name: the measure and its unit. */
const BENCH_MEASURE_AFTER = /^\s?(?:점수|스코어|score|결과|정확도|정답률|성공률)?\s?(?:\((?:점|%)\))?$/i;


function classify(text: string, sentence: Sentence, rules: RuleSet, known: KnownName[]): Cell {
  const t = text.trim().replace(/^['"‘“]|['"’”]$/g, '').replace(ROW_NOTE, '');
  if (!t || /다\.?$/.test(t)) return { kind: 'other', text: t, sentence };
  // a longer cell is a remark; it may still name benchmarks and their scores (an award's "주요 심사 근거")
  if (t.length > SHORT) return { kind: 'other', text: t, sentence, ...(t.length <= LONG_CELL && /\d\s?(?:점|%)/.test(t) ? { mentions: findMentions(t, rules, known) } : {}) };
  if (LABEL.test(t)) return { kind: 'label', text: t, sentence };
  const n = NUMBER.exec(t);
  if (n) return { kind: 'number', value: Number(n[1]), sentence };
  const ms = findMentions(t, rules, known);
  const owned = ownedModel(t, ms, rules, known);
  if (owned) return { kind: 'model', mention: owned.model, developer: owned.developer, sentence };
  const bilingual = bilingualModel(t, ms);
  if (bilingual) return { kind: 'model', mention: bilingual, sentence };
  if (ms.length === 1 && ms[0]!.type === 'Benchmark' && ms[0]!.start === 0 && HEADER_NOTE.test(t.slice(ms[0]!.end))) return { kind: 'bench', mention: ms[0], sentence };
  // (a footnote mark after the name: "X 4.0 32B3)", "X 4.0 32B[3]")
  if (ms.length === 1 && ms[0]!.start === 0 && ms[0]!.end >= t.replace(/\s*(?:\d\)|\[\d{1,2}\])$/, '').length) {
    if (ms[0]!.type === 'Model') return { kind: 'model', mention: ms[0], sentence };
    if (ms[0]!.type === 'Benchmark') return { kind: 'bench', mention: ms[0], sentence };
    if (ms[0]!.type === 'Company') return { kind: 'company', mention: ms[0], sentence };
  }
  // "K-에이전트아레나 점수", "X 정확도(%)": a header naming a benchmark and the measure its column holds
  if (ms.length === 1 && ms[0]!.start === 0 && ms[0]!.type === 'Benchmark' && BENCH_MEASURE_AFTER.test(t.slice(ms[0]!.end))) return { kind: 'bench', mention: ms[0], sentence };
  return { kind: 'other', text: t, sentence, mentions: ms };
}


/**
 * A cell "GPT-5(오픈AI)": a known model and, in parentheses, a known company; or "한빛-R 8B(한빛랩스)", a
 * discovered model that took the parentheses as its alias, when they hold a company's name.
 */
function ownedModel(t: string, ms: Mention[], rules: RuleSet, known: KnownName[]): { model: Mention; developer: Mention } | undefined {
  const p = ms.length === 1 || ms.length === 2 ? DEVELOPER_NOTE.exec(t) : null;
  if (!p) return undefined;
  if (ms.length === 1) {
    const m = ms[0]!;
    const c = m.type === 'Model' && m.start === 0 && m.end === t.length && m.aliases.includes(p[2]!) ? findMentions(p[2]!, rules, known) : [];
    if (c.length !== 1 || c[0]!.type !== 'Company' || c[0]!.end !== p[2]!.length) return undefined;
    return { model: { ...m, surface: p[1]!, aliases: m.aliases.filter((a) => a !== p[2]) }, developer: c[0]! };
  }
  const [m, c] = ms as [Mention, Mention];
  if (m.type !== 'Model' || m.start !== 0 || m.end < p[1]!.length || c.type !== 'Company' || c.start !== t.length - 1 - p[2]!.length || c.end !== t.length - 1) return undefined;
  return { model: m, developer: c };
}

function cellsOf(sentences: Sentence[], rules: RuleSet, known: KnownName[]): Cell[] {
  const cells: Cell[] = [];
  for (const s of sentences) {
    if (s.text.length > 200) {
      cells.push({ kind: 'other', sentence: s });
      continue;
    }
    const parts = /[|\t]/.test(s.text) ? s.text.split(/\s*[|\t]\s*/).filter((p) => p !== '') : [s.text];
    for (const p of parts) cells.push(classify(p, s, rules, known));
  }
  return cells;
}


/**
 * A table row as one piece of evidence: its cells' texts joined with " | ", from the first cell's
 * start to the last one's end (a fact read from a row quotes the row, not the one cell with the number).
 * Cells that share a sentence (a pipe-separated line) quote it once: their own texts joined when
 * each has one, else the line as it is.
 */
export function rowSentence(cells: readonly { sentence: Sentence; text?: string }[]): Sentence {
  const spans = new Map<string, { sentence: Sentence; texts: (string | undefined)[] }>();
  for (const c of cells) {
    const key = `${c.sentence.start}:${c.sentence.end}`;
    const span = spans.get(key) ?? { sentence: c.sentence, texts: [] };
    span.texts.push(c.text?.trim());
    spans.set(key, span);
  }
  const parts = [...spans.values()];
  const first = parts[0]!.sentence;
  const text = parts
    .map((p) => (p.texts.every((t) => t !== undefined) ? p.texts.join(' | ') : p.sentence.text.trim()))
    .filter((t) => t !== '')
    .join(' | ');
  return { index: first.index, text, start: Math.min(...parts.map((p) => p.sentence.start)), end: Math.max(...parts.map((p) => p.sentence.end)), block: first.block };
}

/** The column titles from cell i on: benchmarks and the columns columnOf knows ("구분 | 모델 | …": the column titled 모델 is the model's). */
function headerColumns(cells: Cell[], i: number): { columns: Column[]; heads: (Mention | undefined)[]; next: number } {
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
    const text = c.text ?? t;
    const titled = benchmarkTitle(c) ?? lineBenchmark(c, heads, cells, j);
    if (titled) {
      columns.push('bench');
      heads.push(titled);
      continue;
    }
    if (c.kind === 'label' || c.kind === 'other') {
      const col = TEAM_COLUMN.test(text) ? 'team' : (columnOf(text, c.kind === 'label') ?? columnOf(text.replace(TITLE_NOTE, ''), c.kind === 'label'));
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

/** A header row of benchmarks among model, developer and other columns ("순위 | 모델 | 개발사 | KMMLU | HAE-RAE"). */
function readHeader(cells: Cell[], i: number, context?: Mention): { columns: Column[]; heads: (Mention | undefined)[]; next: number } | undefined {
  const { columns, heads, next: j } = headerColumns(cells, i);
  // no benchmark columns: one score column takes the benchmark named just before the table
  if (!columns.includes('bench') && context && columns.includes('model') && columns.filter((c) => c === 'score').length === 1) {
    const at = columns.indexOf('score');
    columns[at] = 'bench';
    heads[at] = context;
  }
  for (const [k, c] of columns.entries()) if (c === 'score') columns[k] = 'other';
  if (!columns.includes('bench')) return undefined;
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
    const wider: Column[] = [...columns, ...Array<Column>(e).fill('other')];
    if (!onLine(e + 1) && rowFits(cells, next + e, wider)) return { columns: wider, heads: [...heads, ...Array<undefined>(e).fill(undefined)], next: next + e };
  }
  if (rowFits(cells, next, columns)) return header;
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

/** Rows under a header of benchmark columns: one SCORED fact per number, the developer from its column. */
function readColumns(cells: Cell[], i: number, context?: Mention): { facts: TableScore[]; next: number } {
  const read = readHeader(cells, i, context);
  const header = read && extendHeader(cells, read);
  const facts: TableScore[] = [];
  if (!header) return { facts, next: i + 1 };
  const { columns, heads } = header;
  const width = columns.length;
  let j = header.next;
  for (;;) {
    const row = cells.slice(j, j + width);
    if (row.length < width) break;
    const sentence = rowSentence(row);
    const facts0 = rowFacts(row, columns, sentence);
    if (!facts0) break;
    let numbers = 0;
    row.forEach((c, k) => {
      if (columns[k] !== 'bench' || c.kind !== 'number') return;
      numbers++;
      facts.push({ ...facts0, benchmark: heads[k]!, score: c.value! });
    });
    if (!numbers) break;
    j += width;
  }
  return { facts, next: facts.length ? j : i + 1 };
}

/** Reads a transposed table from position i (models as the header, a benchmark and its numbers per row). */
function readTable(cells: Cell[], i: number): { facts: TableScore[]; next: number } {
  let j = i;
  if (cells[j]?.kind === 'label') j++;
  const heads: Cell[] = [];
  while (cells[j]?.kind === 'model') heads.push(cells[j++]!);
  const facts: TableScore[] = [];
  if (!heads.length) return { facts, next: i + 1 };
  for (;;) {
    if (cells[j]?.kind !== 'bench') break;
    const nums = cells.slice(j + 1, j + 1 + heads.length);
    if (nums.length < heads.length || nums.some((c) => c.kind !== 'number')) break;
    // the model's header cell, the benchmark's cell and the number
    nums.forEach((c, k) => facts.push({ model: heads[k]!.mention!, benchmark: cells[j]!.mention!, score: c.value!, sentence: rowSentence([heads[k]!, cells[j]!, c]) }));
    j += 1 + heads.length;
  }
  return { facts, next: facts.length ? j : i + 1 };
}

/** Columns that say something of a row's model besides a score. */
const FACT_COLUMNS: readonly Column[] = ['developer', 'base', 'open', 'params', 'released', 'evidence'];

/**
 * Tables that compare models without scores ("모델 | 개발사 | 라이선스 | 출발점"): what each row says of its
 * model. The header needs a model column and two of developer, base, licence and size; the rows stop at
 * the first whose model cell names no model or whose developer cell names no company.
 */
export function readRowTables(sentences: Sentence[], rules: RuleSet, known: KnownName[] = []): TableRow[] {
  if (!sentences.some((s) => s.text.length < 200 && s.text.split(/\s*[|\t]\s*/).some((t) => columnOf(t.trim(), false) === 'model'))) return [];
  const cells = cellsOf(sentences, rules, known);
  const out: TableRow[] = [];
  for (let i = 0; i < cells.length; i++) {
    const titles = (c: Cell | undefined) => c !== undefined && (c.kind === 'label' || c.kind === 'other') && columnOf(cellText(c), c.kind === 'label') !== undefined;
    if (!titles(cells[i]) || titles(cells[i - 1])) continue;
    const { columns, next } = headerColumns(cells, i);
    if (columns.includes('bench') || !columns.includes('model') || columns.filter((c) => FACT_COLUMNS.includes(c)).length < 2) continue;
    let j = next;
    for (; j + columns.length <= cells.length; j += columns.length) {
      const row = cells.slice(j, j + columns.length);
      if (row.some((c) => c.kind === 'number' || c.kind === 'bench')) break;
      const facts = rowFacts(row, columns, rowSentence(row));
      if (!facts || (columns.includes('developer') && !facts.developer)) break;
      out.push(facts);
    }
    i = Math.max(i, j - 1);
  }
  return out;
}

/** SCORED facts from tables in the article's sentences (in order). */
/** `known`: names the article's prose discovered ("'K-리즈닝 2'"), so a header cell that repeats one is that benchmark. */
export function readScoreTables(sentences: Sentence[], rules: RuleSet, known: KnownName[] = []): TableScore[] {
  if (!sentences.some((s) => NUMBER.test(s.text.trim()) || /[|\t]\s*\d/.test(s.text))) return [];
  const cells = cellsOf(sentences, rules, known);
  const out: TableScore[] = [];
  for (let i = 0; i < cells.length; ) {
    const k = cells[i]!.kind === 'label' ? cells[i + 1]?.kind : cells[i]!.kind;
    const columned = k === 'model' ? undefined : readColumns(cells, i, contextBenchmark(cells, i, rules));
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

/** The one benchmark named in the last sentences before cell i (a heading "◆ 상위 5위 (X 종합)"), if any. */
function contextBenchmark(cells: Cell[], i: number, rules: RuleSet): Mention | undefined {
  if (!cells[i] || !hasScoreColumn(cells, i)) return undefined;
  for (let j = i - 1, seen = 0; j >= 0 && seen < 3; j--) {
    if (cells[j]!.sentence === cells[j + 1]?.sentence) continue;
    seen++;
    if (cells[j]!.kind === 'bench') return cells[j]!.mention;
    const benches = cells[j]!.kind === 'other' ? benchmarksIn(cells[j]!, rules) : [];
    if (new Set(benches.map((b) => b.key)).size === 1) return benches[0];
  }
  return undefined;
}

/** Only headers that have a score column look back for a benchmark. */
function hasScoreColumn(cells: Cell[], i: number): boolean {
  for (let j = i; j < Math.min(cells.length, i + 8); j++) if (SCORE_COLUMN.test(cellText(cells[j]!))) return true;
  return false;
}

function benchmarksIn(c: Cell, rules: RuleSet): Mention[] {
  return (c.mentions ?? findMentions(c.sentence.text, rules)).filter((m) => m.type === 'Benchmark');
}
