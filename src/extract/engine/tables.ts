/**
 * Score tables. Pages flatten a <table> into one short block per cell ("모델", "KMMLU", "CLIcK",
 * "솔라 프로2", "64.7", "70.1", …) and plain text writes rows as "솔라 프로2 | 64.7 | 70.1". Both
 * become a stream of cells; a header of benchmarks followed by rows of a model and as many
 * numbers gives one SCORED fact per number (and the transposed layout, models as the header).
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { findMentions, type KnownName } from './mentions.js';
import { normalizeName } from '../../graph/index.js';

export interface TableScore {
  model: Mention;
  benchmark: Mention;
  score: number;
  sentence: Sentence;
  /** The row's developer, from a 개발사 column. */
  developer?: Mention;
  /** The row's base model, from a 기반 모델 column that names one. */
  base?: Mention;
  /** A 기반 모델 cell that says the model was built from scratch ("자체", "프롬 스크래치"). */
  fromScratch?: boolean;
  /** A 공개 방식 / 라이선스 cell that says the weights are open ("오픈소스", "Apache 2.0"). */
  openSource?: boolean;
  /** A 파라미터 / params cell's count ("32.8B", "147억"). */
  parameters?: number;
}

/** The model properties a table row states, as [property, value] pairs. */
export function tableProps(t: { fromScratch?: boolean; openSource?: boolean; parameters?: number }): Array<['fromScratch' | 'openSource', true] | ['parameters', number]> {
  const out: Array<['fromScratch' | 'openSource', true] | ['parameters', number]> = [];
  if (t.fromScratch) out.push(['fromScratch', true]);
  if (t.openSource) out.push(['openSource', true]);
  if (t.parameters) out.push(['parameters', t.parameters]);
  return out;
}

interface Cell {
  kind: 'model' | 'bench' | 'company' | 'number' | 'label' | 'other';
  /** The cell's own text (a pipe-separated row has several cells per sentence). */
  text?: string;
  mention?: Mention;
  value?: number;
  sentence: Sentence;
  mentions?: Mention[];
  /** "GPT-5(오픈AI)": the developer a model cell names in parentheses. */
  developer?: Mention;
}

const LABEL = /^(?:모델|모델명|구분|항목|벤치마크|평가|Model|Benchmark|이름|순위)$/i;
const NUMBER = /^(\d{1,3}(?:\.\d{1,4})?)\s?(?:점|%)?$/;
const SHORT = 40;

/** A short note after a row's name: "(원본)", "(기준)", "(base)", "(참고)". */
const ROW_NOTE = /\s?\((?:원본|기준|참고|비교|베이스|기반|base|baseline|original|ref\.?)\)$/i;

function classify(text: string, sentence: Sentence, rules: RuleSet, known: KnownName[]): Cell {
  const t = text.trim().replace(/^['"‘“]|['"’”]$/g, '').replace(ROW_NOTE, '');
  if (!t || t.length > SHORT || /다\.?$/.test(t)) return { kind: 'other', text: t, sentence };
  if (LABEL.test(t)) return { kind: 'label', text: t, sentence };
  const n = NUMBER.exec(t);
  if (n) return { kind: 'number', value: Number(n[1]), sentence };
  const ms = findMentions(t, rules, known);
  const owned = ownedModel(t, ms, rules, known);
  if (owned) return { kind: 'model', mention: owned.model, developer: owned.developer, sentence };
  if (ms.length === 1 && ms[0]!.start === 0 && ms[0]!.end >= t.replace(/\s*\d\)$/, '').length) {
    if (ms[0]!.type === 'Model') return { kind: 'model', mention: ms[0], sentence };
    if (ms[0]!.type === 'Benchmark') return { kind: 'bench', mention: ms[0], sentence };
    if (ms[0]!.type === 'Company') return { kind: 'company', mention: ms[0], sentence };
  }
  return { kind: 'other', text: t, sentence, mentions: ms };
}

/** "모델 (개발사)": a model, then its developer in parentheses. */
const DEVELOPER_NOTE = /^(.+?)\s?\(([^()]{2,20})\)$/;

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

/** Column titles that are no benchmark: the model, its developer, a rank, notes, sizes, averages. */
const MODEL_COLUMN = /^(?:모델|모델명|Model|이름|구분)(?:\s?\((?:개발사|개발\s?기업|회사|기업|제조사|Developer|Company)\))?$/i;
const DEVELOPER_COLUMN = /^(?:개발사|개발사명|개발 ?기업|개발 ?회사|제조사|회사|기업|업체|기관|Developer|Company|Organi[sz]ation)(?:\s?(?:\((?:국가|국적|나라|본사|Country)\)|[·/]\s?(?:국가|국적|나라|Country)))?$/i;
/** "LG AI연구원(한국)", "오픈AI (미국)": a developer cell's country note. */
const COUNTRY_NOTE = /\s?\((?:한국|국내|미국|중국|일본|프랑스|영국|독일|캐나다|대만|이스라엘|싱가포르|인도|UAE|아랍에미리트)\)$/;
/** A base-model column: a named model in it is the row's base; "자체"/"프롬 스크래치" says from scratch; "비공개" says nothing. */
const BASE_COLUMN = /^(?:기반\s?모델|베이스\s?모델|기반|베이스|원본\s?모델|Base(?:\s?model)?)$/i;
const SCRATCH_CELL = /^(?:자체|독자|자체\s?개발|자체\s?학습)?\s?\(?\s?(?:프롬\s?스크래치|from\s?scratch|처음부터)?\s?\)?$/i;
/** How the model is released: an "오픈소스" cell says openSource ("API", "비공개" say nothing). */
/** (a 가중치 column says whether the weights are out: "공개", "공개(Apache 2.0)"; "비공개(API)" says nothing) */
const OPEN_COLUMN = /^(?:공개\s?(?:방식|여부|형태|범위)|배포\s?(?:방식|형태)|라이선스|License|Open(?:\s?source)?|가중치(?:\s?공개(?:\s?여부)?)?|Weights?)$/i;
const OPEN_CELL = /^(?:오픈\s?소스|오픈\s?웨이트|공개\s?\(?(?:오픈소스|가중치)\)?|공개(?:\s?\((?:MIT|Apache[^()]{0,8}|아파치[^()]{0,8}|오픈\s?웨이트)\))?|open[-\s]?(?:source|weights?)|MIT|Apache(?:[-\s]?2\.0)?)$/i;
const OTHER_COLUMN = /^(?:순위|Rank|#|비고|출시\s?방식|용도|분야|Notes?|라이선스|공개일|출시일|평균|종합|총점|Average|Avg|국가|유형)$/i;
/** A parameter-count column, and a count in it ("32.8B", "7.25B", "147억", "147억 개"). */
const PARAMS_COLUMN = /^(?:파라미터(?:\s?수)?|매개변수(?:\s?수)?|크기|규모|모델\s?크기|Size|Params?|Parameters?|#\s?Params)$/i;
const PARAMS_CELL = /^(\d{1,4}(?:\.\d{1,3})?)\s?(B|M|T|억|조)(?:\s?개)?$/i;
const UNIT: Record<string, number> = { b: 1e9, m: 1e6, t: 1e12, 억: 1e8, 조: 1e12 };
/** One score column ("종합 점수"): the benchmark is the one the heading or sentence before the table names. */
const SCORE_COLUMN = /^(?:종합\s?점수|점수|총점|종합|평균\s?점수|스코어|Score|Overall(?:\s?Score)?)$/i;
/** A model-column cell no gazetteer knows: a name with a version, size or hyphen ("단비 9B", "Foo-2"). */
const MODEL_CELL = /^(?=.*(?:\d|-))[가-힣A-Za-z][가-힣A-Za-z0-9.:\-]{0,15}(?:\s[가-힣A-Za-z0-9.\-]{1,10}){0,2}$/;
const COMPANY_CELL = /^[가-힣A-Za-z][가-힣A-Za-z0-9&.\-]{1,15}$/;

type Column = 'model' | 'developer' | 'base' | 'open' | 'params' | 'bench' | 'score' | 'other';

/** What a cell says, as the page writes it. */
function cellText(c: Cell): string {
  return (c.text ?? c.sentence.text).trim();
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

/** A cell the table's column says is a model or a company, though no gazetteer or cue found it. */
function byColumn(c: Cell | undefined, type: 'Model' | 'Company'): Mention | undefined {
  if (!c) return undefined;
  if (c.mention?.type === type) return c.mention;
  let t = cellText(c).replace(/^['"‘“]|['"’”]$/g, '').replace(ROW_NOTE, '');
  if (type === 'Company' && COUNTRY_NOTE.test(t)) {
    t = t.replace(COUNTRY_NOTE, '');
    const named = c.mentions?.find((m) => m.type === 'Company' && m.start === 0 && m.end >= t.length);
    if (named) return named;
  }
  // "누리 9B(가온소프트)": an unknown model with its developer in parentheses (read by `noteDeveloper`)
  if (type === 'Model') t = t.replace(/\s?\([^()]{2,20}\)$/, '');
  if (c.kind !== 'other' || !(type === 'Model' ? MODEL_CELL : COMPANY_CELL).test(t)) return undefined;
  return { type, key: `${type.toLowerCase()}:~${normalizeName(t)}`, surface: t, aliases: [], start: c.sentence.start, end: c.sentence.start, via: 'discovered' };
}

/** A header row of benchmarks among model, developer and other columns ("순위 | 모델 | 개발사 | KMMLU | HAE-RAE"). */
function readHeader(cells: Cell[], i: number, context?: Mention): { columns: Column[]; heads: (Mention | undefined)[]; next: number } | undefined {
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
    if (c.kind === 'label' || c.kind === 'other') {
      const col: Column | undefined = MODEL_COLUMN.test(text) ? 'model' : DEVELOPER_COLUMN.test(text) ? 'developer' : BASE_COLUMN.test(text) ? 'base' : OPEN_COLUMN.test(text) ? 'open' : PARAMS_COLUMN.test(text) ? 'params' : SCORE_COLUMN.test(text) ? 'score' : OTHER_COLUMN.test(text) || c.kind === 'label' ? 'other' : undefined;
      if (!col) break;
      columns.push(col);
      heads.push(undefined);
      continue;
    }
    break;
  }
  // "구분 | 모델 | …": the column titled 모델 is the model column, 구분 a row label
  if (columns.filter((c) => c === 'model').length > 1) columns[columns.indexOf('model')] = 'other';
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
    if (columns.slice(0, at).some((c) => c !== 'other' && c !== 'params')) return undefined;
    columns.splice(at, 0, 'model');
    heads.splice(at, 0, undefined);
  }
  return { columns, heads, next: j };
}

/** "누리 9B(가온소프트)": the developer an unknown model's cell names in parentheses (a company-like word). */
function noteDeveloper(c: Cell): Mention | undefined {
  if (c.kind !== 'other' || c.mention) return undefined;
  const p = DEVELOPER_NOTE.exec(cellText(c));
  if (!p || !COMPANY_CELL.test(p[2]!) || !MODEL_CELL.test(p[1]!)) return undefined;
  const known = c.mentions?.find((m) => m.type === 'Company' && m.surface === p[2]);
  return known ?? byColumn({ kind: 'other', text: p[2]!, sentence: c.sentence }, 'Company');
}

/** Rows under a header of benchmark columns: one SCORED fact per number, the developer from its column. */
function readColumns(cells: Cell[], i: number, context?: Mention): { facts: TableScore[]; next: number } {
  const header = readHeader(cells, i, context);
  const facts: TableScore[] = [];
  if (!header) return { facts, next: i + 1 };
  const { columns, heads } = header;
  const width = columns.length;
  let j = header.next;
  for (;;) {
    const row = cells.slice(j, j + width);
    if (row.length < width) break;
    const model = byColumn(row[columns.indexOf('model')], 'Model');
    if (!model) break;
    const modelCell = row[columns.indexOf('model')]!;
    const developer = columns.includes('developer') ? byColumn(row[columns.indexOf('developer')], 'Company') : (modelCell.developer ?? noteDeveloper(modelCell));
    const baseCell = columns.includes('base') ? row[columns.indexOf('base')] : undefined;
    const base = byColumn(baseCell, 'Model');
    const baseText = baseCell ? cellText(baseCell) : '';
    const fromScratch = !base && baseText !== '' && /[가-힣A-Za-z]/.test(baseText) && SCRATCH_CELL.test(baseText) ? true : undefined;
    const openCell = columns.includes('open') ? row[columns.indexOf('open')] : undefined;
    const openSource = openCell && OPEN_CELL.test(cellText(openCell)) ? true : undefined;
    const count = columns.includes('params') ? PARAMS_CELL.exec(cellText(row[columns.indexOf('params')]!)) : null;
    const parameters = count ? Math.round(Number(count[1]) * UNIT[count[2]!.toLowerCase()]!) : undefined;
    let numbers = 0;
    const sentence = rowSentence(row);
    row.forEach((c, k) => {
      if (columns[k] !== 'bench' || c.kind !== 'number') return;
      numbers++;
      facts.push({ model, benchmark: heads[k]!, score: c.value!, sentence, developer, base: base && base.key !== model.key ? base : undefined, fromScratch, openSource, parameters });
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
