/**
 * Score tables. Pages flatten a <table> into one short block per cell ("모델", "KMMLU", "CLIcK",
 * "솔라 프로2", "64.7", "70.1", …) and plain text writes rows as "솔라 프로2 | 64.7 | 70.1". Both
 * become a stream of cells; a header of benchmarks followed by rows of a model and as many
 * numbers gives one SCORED fact per number (and the transposed layout, models as the header).
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { findMentions } from './mentions.js';

export interface TableScore {
  model: Mention;
  benchmark: Mention;
  score: number;
  sentence: Sentence;
}

interface Cell {
  kind: 'model' | 'bench' | 'number' | 'label' | 'other';
  mention?: Mention;
  value?: number;
  sentence: Sentence;
}

const LABEL = /^(?:모델|모델명|구분|항목|벤치마크|평가|Model|Benchmark|이름|순위)$/i;
const NUMBER = /^(\d{1,3}(?:\.\d{1,4})?)\s?(?:점|%)?$/;
const SHORT = 40;

function classify(text: string, sentence: Sentence, rules: RuleSet): Cell {
  const t = text.trim().replace(/^['"‘“]|['"’”]$/g, '');
  if (!t || t.length > SHORT || /다\.?$/.test(t)) return { kind: 'other', sentence };
  if (LABEL.test(t)) return { kind: 'label', sentence };
  const n = NUMBER.exec(t);
  if (n) return { kind: 'number', value: Number(n[1]), sentence };
  const ms = findMentions(t, rules);
  if (ms.length === 1 && ms[0]!.start === 0 && ms[0]!.end >= t.replace(/\s*\d\)$/, '').length) {
    if (ms[0]!.type === 'Model') return { kind: 'model', mention: ms[0], sentence };
    if (ms[0]!.type === 'Benchmark') return { kind: 'bench', mention: ms[0], sentence };
  }
  return { kind: 'other', sentence };
}

function cellsOf(sentences: Sentence[], rules: RuleSet): Cell[] {
  const cells: Cell[] = [];
  for (const s of sentences) {
    if (s.text.length > 200) {
      cells.push({ kind: 'other', sentence: s });
      continue;
    }
    const parts = /[|\t]/.test(s.text) ? s.text.split(/\s*[|\t]\s*/).filter((p) => p !== '') : [s.text];
    for (const p of parts) cells.push(classify(p, s, rules));
  }
  return cells;
}

/** Reads header + rows from position i; returns the facts and the position after the table. */
function readTable(cells: Cell[], i: number, header: 'bench' | 'model'): { facts: TableScore[]; next: number } {
  const row = header === 'bench' ? 'model' : 'bench';
  let j = i;
  if (cells[j]?.kind === 'label') j++;
  const heads: Cell[] = [];
  while (cells[j]?.kind === header) heads.push(cells[j++]!);
  const facts: TableScore[] = [];
  if (!heads.length) return { facts, next: i + 1 };
  for (;;) {
    if (cells[j]?.kind !== row) break;
    const nums = cells.slice(j + 1, j + 1 + heads.length);
    if (nums.length < heads.length || nums.some((c) => c.kind !== 'number')) break;
    nums.forEach((c, k) => {
      const [model, benchmark] = header === 'bench' ? [cells[j]!.mention!, heads[k]!.mention!] : [heads[k]!.mention!, cells[j]!.mention!];
      facts.push({ model, benchmark, score: c.value!, sentence: c.sentence });
    });
    j += 1 + heads.length;
  }
  return { facts, next: facts.length ? j : i + 1 };
}

/** SCORED facts from tables in the article's sentences (in order). */
export function readScoreTables(sentences: Sentence[], rules: RuleSet): TableScore[] {
  if (!sentences.some((s) => NUMBER.test(s.text.trim()) || /[|\t]\s*\d/.test(s.text))) return [];
  const cells = cellsOf(sentences, rules);
  const out: TableScore[] = [];
  for (let i = 0; i < cells.length; ) {
    const k = cells[i]!.kind === 'label' ? cells[i + 1]?.kind : cells[i]!.kind;
    if (k === 'bench' || k === 'model') {
      const r = readTable(cells, i, k);
      for (const f of r.facts) out.push(f);
      i = r.next;
    } else i++;
  }
  return out;
}
