/**
 * Score-table column titles that name a benchmark beside a measure or on a header line: "KMMLU 점수",
 * "모델 | KMMLU | HRM8K | KoArgue-Hard" (a test set no rule knows, in a benchmark name's shape).
 */
import type { Mention } from '../types.js';
import { discoveredMention } from './discover-common.js';
import { cellText, type Cell } from './table-columns.js';

/** What follows a benchmark's name in a column title: "RegBench 점수", "KMMLU 정답률(%)", "X 결과", the metric "X Pass@1", "X Accuracy". */
const SCORE_WORD_AFTER = /^\s?(?:점수|정답률|정확도|결과|성적|스코어|score|pass@\d{1,3}|acc(?:uracy)?)(?:\s?\([^()]{1,8}\))?$/i;

/** "KMMLU 점수": a column title that is one benchmark's name and a score word. */
export function benchmarkTitle(c: Cell): Mention | undefined {
  const ms = c.kind === 'other' ? (c.mentions ?? []) : [];
  const b = ms.length === 1 && ms[0]!.type === 'Benchmark' && ms[0]!.start === 0 ? ms[0] : undefined;
  return b && SCORE_WORD_AFTER.test(cellText(c).slice(b.end)) ? b : undefined;
}

/** A test set's own name as a column title: a capitalised Latin word with lower-case letters and a second capital ("KoArgue-Hard", "MedQAEval"). */
const BENCH_TITLE_SHAPE = /^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){0,2}$/;

/**
 * "모델 | KMMLU | HRM8K | KoArgue-Hard": a title no rule knows on the same header line as a known
 * benchmark, in a benchmark's name shape, titles a benchmark's column too (an in-house or new test set).
 */
export function lineBenchmark(c: Cell, heads: (Mention | undefined)[], cells: Cell[], j: number): Mention | undefined {
  const t = c.kind === 'other' ? (c.text ?? '') : '';
  if (!BENCH_TITLE_SHAPE.test(t) || (t.match(/[A-Z]/g)?.length ?? 0) < 2 || (c.mentions ?? []).length) return undefined;
  const onLine = heads.some((h, k) => h && cells[j - heads.length + k]?.sentence === c.sentence);
  return onLine && c.sentence.text.includes('|') ? discoveredMention('Benchmark', t, 0, t.length) : undefined;
}

/** A table's source line under its rows: "자료: X 리더보드 시즌3 (…기준)", "출처: …", "Source: …". */
const SOURCE_LINE = /^\s?[(<[]?(?:자료|출처|Source)\s?[:：]/i;
/** How many cells on a table may run before its source line (rows of a long table, one cell a line). */
const MAX_TABLE_CELLS = 160;

/**
 * A table's source line under its rows ("자료: X 리더보드 (11월 기준)"), from cell i on: only table cells (short lines,
 * text-table rows) may stand between; running text ends the table without one.
 */
export function sourceLineOf(cells: Cell[], i: number): Cell | undefined {
  for (let j = i; j < Math.min(cells.length, i + MAX_TABLE_CELLS); j++) {
    const text = cells[j]!.sentence.text;
    if (SOURCE_LINE.test(text)) return cells[j];
    if (text.length > 40 && !/[|\t]/.test(text)) return undefined;
  }
  return undefined;
}
