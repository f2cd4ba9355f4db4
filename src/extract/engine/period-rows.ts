/**
 * A results table by period, as a project report or a progress page keeps one: a header whose last columns are years, project
 * years or rounds ("구분 | 항목 | 1차년도(2025) | 2차년도(2026.11 기준)", "모델 | 벤치마크 | 2024 | 2025"), then rows that name a
 * model and a benchmark and give a value under each period ("모델 | X-14B | Y-Bench | 64.0 | 68.4"). The row's score is its
 * latest one, the last period's value ("-" where a period has none: the one before it).
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { findMentions, type KnownName } from './mentions.js';
import type { TableScore } from './tables.js';

/** A period's column title: a year, a project year, a round, a half or a quarter, maybe with a note in parentheses. */
const PERIOD_TITLE = /^(?:\d{4}\s?년?|\d{1,2}\s?차\s?년도|\d{1,2}\s?차년|\d{1,2}\s?(?:차|회차|라운드)|\d{4}\s?[HQ][1-4]|[1-4]\s?분기|(?:상|하)반기|Year\s?\d{1,2}|Round\s?\d{1,2})(?:\s?\([^()]{1,24}\))?$/i;
/** A value under a period: a score, or a dash for none. */
const VALUE_CELL = /^(?:(\d{1,3}(?:\.\d{1,3})?)\s?(?:%|점)?|[-–—]|N\/A)$/;

/** The cells of a pipe-parted line. */
function cellsOf(s: Sentence): string[] {
  return s.text.split('|').map((c) => c.trim());
}

/** The one entity of a type a cell names whole. */
function wholeCell(text: string, type: 'Model' | 'Benchmark', rules: RuleSet, known: KnownName[]): Mention | undefined {
  const ms = findMentions(text, rules, known).filter((m) => m.via !== 'blocked');
  return ms.length === 1 && ms[0]!.type === type && ms[0]!.start === 0 && ms[0]!.end >= text.length - 1 ? ms[0] : undefined;
}

/** How many periods a header line ends with (two at least), or 0. */
function periodColumns(cells: string[]): number {
  let n = 0;
  while (n < cells.length && PERIOD_TITLE.test(cells[cells.length - 1 - n]!)) n++;
  return n >= 2 && n < cells.length ? n : 0;
}

/** SCORED facts from tables by period: each row's model, benchmark and latest value. */
export function readPeriodRows(sentences: Sentence[], rules: RuleSet, known: KnownName[] = []): TableScore[] {
  const out: TableScore[] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (!sentences[i]!.text.includes('|')) continue;
    const periods = periodColumns(cellsOf(sentences[i]!));
    if (!periods) continue;
    let j = i + 1;
    for (; j < sentences.length && sentences[j]!.text.includes('|'); j++) {
      const cells = cellsOf(sentences[j]!);
      const values = cells.slice(-periods).map((c) => VALUE_CELL.exec(c));
      if (cells.length <= periods || values.some((v) => !v)) break;
      const named = cells.slice(0, -periods);
      const models = named.map((c) => wholeCell(c, 'Model', rules, known)).filter((m): m is Mention => m !== undefined);
      const benches = named.map((c) => wholeCell(c, 'Benchmark', rules, known)).filter((m): m is Mention => m !== undefined);
      const latest = values.filter((v) => v![1] !== undefined).at(-1);
      if (models.length === 1 && benches.length === 1 && latest) out.push({ model: models[0]!, benchmark: benches[0]!, score: Number(latest[1]), sentence: sentences[j]! });
    }
    i = j - 1;
  }
  return out;
}
