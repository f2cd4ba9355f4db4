/**
 * The cells of score tables: a page's flattened <table> or a text table's "a | b | c" line as a
 * stream of cells, each classified (a benchmark, a model and its developer, a number, a label or
 * other text), and a row quoted as one piece of evidence (see tables.ts, which reads the rows).
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { findMentions, type KnownName } from './mentions.js';
import { perRuleSet } from './compile.js';
import { normalizeName } from '../../graph/index.js';
import { bilingualModel, DEVELOPER_NOTE, type Cell } from './table-columns.js';
import { ROW_NOTE } from './table-notes.js';
import { editionAverageBenchmark } from './table-context.js';

const LABEL = /^(?:모델|모델명|구분|항목|벤치마크|평가|Model|Benchmark|이름|순위)$/i;
/** A score cell: "64.7", "64.7점", "64.7%", with a spread ("64.7 ± 0.3", "64.7 (±0.3)") or a footnote mark ("64.7*", "64.7†"). */
/** (an arena's Elo rating is a whole number of four digits, "1312"; a year, "2025", is none) */
export const NUMBER = /^(\d{1,3}(?:\.\d{1,4})?|(?!19\d\d|20\d\d)[1-9]\d{3})\s?(?:점|%)?(?:\s?(?:±\s?\d{1,3}(?:\.\d{1,4})?|\(±\s?\d{1,3}(?:\.\d{1,4})?\)))?[*†‡]?$/;
/** What a header cell may add after a benchmark's name: its unit or setting in brackets ("KMMLU (%)", "GSM8K (5-shot)", "HRM8K [정확도]"). */
const HEADER_NOTE = /^\s?[([][^()[\]]{1,12}[)\]]$/;
/** "X v2", "X v1.1": the edition after a header's benchmark (the column holds that edition's scores). */
const HEADER_EDITION = /^\s(?:v|ver\.?\s?)\d{1,2}(?:\.\d{1,2})?$/i;
/** A pictograph badge after a cell's text ("X-32B 🆕", "X 🔥"): a mark of the row, no part of the name. */
const BADGE_AFTER = /(?<=\S)\s+(?:\p{Extended_Pictographic}\uFE0F?)+$/u;
const SHORT = 40;
/** A model's size in brackets after its name ("(32B)", "(1.5T)"). */
const SIZE_NOTE = /^\s?\(\d{1,4}(?:\.\d{1,2})?[BMT]\)$/;
/** The longest remark cell read for benchmarks and scores. */
const LONG_CELL = 120;
/** A word that says a model was made from another: a base, distillation, further training, or an arrow to the training. */
const MADE_FROM_WORD = /→|->|기반|베이스|바탕|증류|미세\s?조정|파인\s?튜닝|추가\s?학습|초기화/;
/** What a benchmark's column header may add after the name: the measure and its unit. */
const BENCH_MEASURE_AFTER = /^\s?(?:점수|스코어|score|결과|정확도|정답률|성공률|종합|총점|평균|overall|average|avg)?\s?(?:\((?:점|%)\))?$/i;


/** The names the rule data calls no entity ("API", "MoE", "오픈소스"), normalised. */
const nonEntityNames = perRuleSet((rules: RuleSet) => new Set(rules.entries.filter((e) => e.type === 'None').flatMap((e) => e.names.map(normalizeName))));

/** "GPT-4o (API)", "누리 9B (오픈소스)": a note in parentheses that is a word the rule data calls no entity says how the model is served, it names no developer. */
function withoutGenericNote(t: string, rules: RuleSet): string {
  const p = DEVELOPER_NOTE.exec(t);
  return p && nonEntityNames(rules).has(normalizeName(p[2]!)) ? p[1]! : t;
}

/** "(비교) GPT-4o mini", "[참고] X": a note before a header's model that sets it apart as a reference, no part of its name. */
const LEADING_NOTE = /^[([](?:비교|참고|기준|베이스라인|baseline|ref\.?|reference)[)\]]\s?/i;
/** "X (참고)", "Y (비교)¹", "Z ‡", "W*": the same note after the name, with any superscript or symbol footnote mark after it. */
const TRAILING_NOTE = /(?<=\S)\s?(?:[([](?:비교|참고|기준|베이스라인|baseline|ref\.?|reference)[)\]])?[¹²³⁴⁵⁶⁷⁸⁹⁰†‡§*]*$/i;

/** An experiment tracker's column prefix ("params.base_model", "metrics.kmmlu"): the title is the name after it, its words apart. */
const TRACKER_PREFIX = /^(?:params|metrics|tags|attributes)\.(?=[A-Za-z])/;

export function classify(text: string, sentence: Sentence, rules: RuleSet, known: KnownName[]): Cell {
  const tracked = TRACKER_PREFIX.exec(text.trim());
  if (tracked) return classify(text.trim().slice(tracked[0].length).replace(/_/g, ' '), sentence, rules, known);
  const t = withoutGenericNote(text.trim().replace(LEADING_NOTE, '').replace(TRAILING_NOTE, '').replace(BADGE_AFTER, '').replace(/^['"‘“]|['"’”]$/g, '').replace(ROW_NOTE, ''), rules);
  if (!t || /다\.?$/.test(t)) return { kind: 'other', text: t, sentence };
  // a longer cell is a remark; it may still name benchmarks and their scores (an award's "주요 심사 근거")
  // (or a base cell saying how the row's model was made from the model it opens on: "Y (알리바바) → 한국어 CPT 1T 토큰 + SFT/DPO")
  if (t.length > SHORT) return { kind: 'other', text: t, sentence, ...(t.length <= LONG_CELL && (/\d\s?(?:점|%)/.test(t) || MADE_FROM_WORD.test(t)) ? { mentions: findMentions(t, rules, known) } : {}) };
  if (LABEL.test(t)) return { kind: 'label', text: t, sentence };
  const n = NUMBER.exec(t);
  // (a version-history table's version cell, "3.0", that the page names a model by: see version-columns.ts)
  if (n && !known.some((k) => k.type === 'Model' && k.name === t)) return { kind: 'number', value: Number(n[1]), sentence };
  // ("avg_v2": a board's average over the edition the article names, "X v2", is a column of X v2's scores)
  const edition = editionAverageBenchmark(t, known);
  if (edition) return { kind: 'bench', mention: edition, sentence };
  const ms = findMentions(t, rules, known);
  // ("upstage/X-10.7B-v1.0", "Qwen/Qwen2.5-14B-Instruct": a hub's repository id names the model after its owner's namespace)
  const repo = repositoryModel(t, ms);
  if (repo) return { kind: 'model', mention: repo, sentence };
  const owned = ownedModel(t, ms, rules, known);
  if (owned) return { kind: 'model', mention: owned.model, developer: owned.developer, sentence };
  const bilingual = bilingualModel(t, ms);
  if (bilingual) return { kind: 'model', mention: bilingual, sentence };
  if (ms.length === 1 && ms[0]!.type === 'Benchmark' && ms[0]!.start === 0 && (HEADER_NOTE.test(t.slice(ms[0]!.end)) || HEADER_EDITION.test(t.slice(ms[0]!.end)))) return { kind: 'bench', mention: ms[0], sentence };
  // (a footnote mark after the name: "X 4.0 32B3)", "X 4.0 32B[3]")
  if (ms.length === 1 && ms[0]!.start === 0 && ms[0]!.end >= t.replace(/\s*(?:\d\)|\[\d{1,2}\])$/, '').length) {
    if (ms[0]!.type === 'Model') return { kind: 'model', mention: ms[0], sentence };
    if (ms[0]!.type === 'Benchmark') return { kind: 'bench', mention: ms[0], sentence };
    if (ms[0]!.type === 'Company') return { kind: 'company', mention: ms[0], sentence };
  }
  // "라온 2.0 (32B)": a header's model with its size in brackets below it (the name stays the model's, the size a note)
  if (ms.length === 1 && ms[0]!.start === 0 && ms[0]!.type === 'Model' && SIZE_NOTE.test(t.slice(ms[0]!.end))) return { kind: 'model', mention: ms[0], sentence };
  // "업데이트 전 (X 2.0)", "기존 (Y)": a transposed header's column title with its model in brackets below it
  if (ms.length === 1 && ms[0]!.type === 'Model' && isBracketedModel(t, ms[0]!)) return { kind: 'model', mention: ms[0], sentence };
  // "K-에이전트아레나 점수", "X 정확도(%)": a header naming a benchmark and the measure its column holds
  if (ms.length === 1 && ms[0]!.start === 0 && ms[0]!.type === 'Benchmark' && BENCH_MEASURE_AFTER.test(t.slice(ms[0]!.end))) return { kind: 'bench', mention: ms[0], sentence };
  return { kind: 'other', text: t, sentence, mentions: ms };
}


/** A model hub's repository id: an owner's namespace, a slash, then the model's name ("owner-name/Model-7B"). */
const REPOSITORY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,38}\/(?=[A-Za-z0-9])/;

/** The model a repository-id cell names: its one model mention fills the cell after the namespace. */
function repositoryModel(t: string, ms: Mention[]): Mention | undefined {
  const ns = REPOSITORY_ID.exec(t);
  if (!ns) return undefined;
  const models = ms.filter((m) => m.type === 'Model');
  const m = models[0];
  return models.length === 1 && m!.start === ns[0].length && m!.end === t.length ? m : undefined;
}

/** A column title before a model in brackets: a short word or two, no digits ("업데이트 전", "개선 후", "기존"). */
const COLUMN_WORDS = /^[가-힣A-Za-z]{1,8}(?:\s[가-힣A-Za-z]{1,8})?$/;

/** True when the cell is "TITLE (MODEL)": the one model mention fills the brackets that close the cell. */
function isBracketedModel(t: string, m: Mention): boolean {
  const open = t.lastIndexOf('(');
  if (open < 1 || !t.endsWith(')') || m.start !== open + 1 || m.end !== t.length - 1) return false;
  return COLUMN_WORDS.test(t.slice(0, open).trim());
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

/** What a text-table line may begin with before its first cell: a legend's label ("형식:") or an item number ("01.", "3)", "#4"). */
const LINE_LEAD = /^(?:(?:형식|양식|포맷|서식|범례|Format|Legend)\s?:\s?|(?:\d{1,3}[.)]|#\d{1,3})\s+(?=\S))/i;
/** "[10/02] 회사", "[출시일] 만든 곳": a bracketed stamp before the first cell's text, a cell of its own. */
const LEAD_STAMP = /^\[([^[\]|]{1,12})\]\s?(?=\S)/;

/** The cells of a text-table line: a legend label or item number before the first cell dropped, a bracketed stamp split off. */
/** "(60.8)", "(X 2.5)": a cell wholly in brackets (a previous version's row printed under the new one) reads as what it holds. */
const BRACKETED_CELL = /^\(([^()]{1,40})\)$/;
function lineCells(text: string): string[] {
  // ("\-": a reStructuredText table escapes the dash of an empty cell)
  const parts = text.split(/\s*[|\t]\s*/).filter((p) => p !== '').map((p) => (p === '\\-' ? '-' : p.replace(BRACKETED_CELL, '$1')));
  const first = (parts[0] ?? '').replace(LINE_LEAD, '');
  const stamp = LEAD_STAMP.exec(first);
  return [...(stamp ? [stamp[1]!.trim(), first.slice(stamp[0].length)] : [first]), ...parts.slice(1)];
}

/** How many cells a text-table line holds. */
export function lineCellCount(text: string): number {
  return lineCells(text).length;
}

/**
 * "플래그십. 인스트럭트 겸용": a short cell of two sentences (the splitter cut it after a sentence's stop) is one cell — the
 * next sentence follows in the same block (one space between), the first is short and ends in its stop, and neither is a text-table line.
 */
function joinsCell(prev: Sentence | undefined, s: Sentence): boolean {
  return prev !== undefined && prev.block === s.block && s.start - prev.end <= 1 && prev.text.length <= 20 && /[^\d][.!?]$/.test(prev.text.trim()) && prev.text.length + 1 + s.text.length <= SHORT && !/[|\t]/.test(prev.text + s.text);
}

export function cellsOf(sentences: Sentence[], rules: RuleSet, known: KnownName[]): Cell[] {
  const cells: Cell[] = [];
  let prev: Sentence | undefined;
  for (const s of sentences) {
    const joined = joinsCell(prev, s) && cells.at(-1)?.sentence === prev;
    prev = s;
    if (joined) {
      const first = cells.pop()!.sentence;
      const both: Sentence = { ...first, text: `${first.text.trim()} ${s.text.trim()}`, end: s.end };
      cells.push(classify(both.text, both, rules, known));
      prev = both;
      continue;
    }
    if (s.text.length > 200) {
      cells.push({ kind: 'other', sentence: s });
      continue;
    }
    const parts = /[|\t]/.test(s.text) ? lineCells(s.text) : [s.text];
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
