/**
 * The benchmark a table of one score column reads: the one named in the last sentences before it ("◆ 상위 5위 (X 종합)"),
 * or, for a board's table of averages, the one leaderboard the article named before it ("… the fourth season of the X
 * Leaderboard …" and, paragraphs later, "Rank | Model | Developer | Average").
 */
import type { Mention, RuleSet } from '../types.js';
import { findMentions, type KnownName } from './mentions.js';
import { SCORE_COLUMN } from './table-column-titles.js';
import { cellText, type Cell } from './table-columns.js';
import { sourceLineOf } from './table-titles.js';

/** A board's average as a table's one score column: "평균", "Average", "Avg". */
export const AVERAGE_COLUMN = /^(?:평균|Average|Avg\.?)$/i;

/** "avg_v2", "평균 v1": a board's average over one edition of it, a column of that edition's scores. */
const EDITION_AVERAGE = /^(?:avg|average|평균)[\s_]?v(\d{1,2})$/i;

/**
 * The benchmark an edition's average column scores: the one the article names with that edition ("X v2" for "avg_v2"); for the
 * first, the name the article gives a later edition of without one ("X" beside "X v2": its first edition).
 */
export function editionAverageBenchmark(title: string, known: KnownName[]): Mention | undefined {
  const n = EDITION_AVERAGE.exec(title)?.[1];
  if (!n) return undefined;
  const benches = known.filter((k) => k.type === 'Benchmark' && !k.reference);
  const named = benches.filter((k) => k.name.endsWith(` v${n}`));
  const stems = n === '1' && !named.length ? benches.filter((k) => !/\sv\d{1,2}$/.test(k.name) && benches.some((l) => /^\sv\d{1,2}$/.test(l.name.slice(k.name.length)) && l.name.startsWith(k.name))) : named;
  const keys = new Set(stems.map((k) => k.key));
  return keys.size === 1 ? { type: 'Benchmark', key: stems[0]!.key, surface: stems[0]!.name, aliases: [], start: 0, end: 0, via: 'discovered' } : undefined;
}

/** A board's word at the end of a benchmark's name: a leaderboard or an arena ranks models by one score. */
const BOARD_NAME = /(?:리더보드|아레나|Leaderboard|Arena)(?:\s?\d{1,2})?$/i;

/** How far back a table looks for the board the article named (sentences). */
const MAX_BOARD_LOOKBACK = 80;

/**
 * The one benchmark named in the last sentences before cell i; else, for a table with a source line under its rows, the one
 * benchmark that line names ("자료: X 리더보드 시즌2", none for "자료: 각 사 발표"); else the one board the article named before.
 */
export function contextBenchmark(cells: Cell[], i: number, rules: RuleSet, known: KnownName[]): Mention | undefined {
  if (!cells[i] || !hasScoreColumn(cells, i)) return undefined;
  for (let j = i - 1, seen = 0; j >= 0 && seen < 3; j--) {
    if (cells[j]!.sentence === cells[j + 1]?.sentence) continue;
    seen++;
    if (cells[j]!.kind === 'bench') return cells[j]!.mention;
    const benches = cells[j]!.kind === 'other' ? benchmarksIn(cells[j]!, rules) : [];
    const one = onlyBenchmark(benches);
    if (one) return one;
  }
  const source = sourceLineOf(cells, i);
  if (!source) return boardBefore(cells, i, rules);
  return onlyBenchmark(findMentions(source.sentence.text, rules, known).filter((m) => m.type === 'Benchmark'));
}

/** The only benchmark the sentences before cell i name, when it is a board or the page's title names it (a table of averages or of one score column is its standings). */
function boardBefore(cells: Cell[], i: number, rules: RuleSet): Mention | undefined {
  const seen = new Map<string, Mention>();
  let titled = false;
  for (let j = i - 1, n = 0; j >= 0 && n < MAX_BOARD_LOOKBACK; j--) {
    if (cells[j]!.sentence === cells[j + 1]?.sentence) continue;
    n++;
    const c = cells[j]!;
    const benches = c.kind === 'bench' && c.mention ? [c.mention] : c.kind === 'other' ? benchmarksIn(c, rules) : [];
    for (const b of benches) if (!seen.has(b.key)) seen.set(b.key, b);
    if (seen.size > 1) return undefined;
    if (c.sentence.block === 'title' && benches.length) titled = true;
  }
  const [only] = [...seen.values()];
  // (a leaderboard site's task page, "수학 추론 on X", "X Leaderboard": the page's title names the one benchmark its table ranks)
  return only && (BOARD_NAME.test(only.surface.trim()) || titled) ? only : undefined;
}

/** Only headers that have a score column look back for a benchmark. */
function hasScoreColumn(cells: Cell[], i: number): boolean {
  for (let j = i; j < Math.min(cells.length, i + 8); j++) {
    const t = cellText(cells[j]!);
    if (SCORE_COLUMN.test(t) || AVERAGE_COLUMN.test(t)) return true;
  }
  return false;
}

/** The benchmark these mentions all name, where they name exactly one. */
function onlyBenchmark(benches: Mention[]): Mention | undefined {
  return new Set(benches.map((b) => b.key)).size === 1 ? benches[0] : undefined;
}

function benchmarksIn(c: Cell, rules: RuleSet): Mention[] {
  return (c.mentions ?? findMentions(c.sentence.text, rules)).filter((m) => m.type === 'Benchmark');
}
