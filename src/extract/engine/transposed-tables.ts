/**
 * A spec table with the models across its header ("구분 | X 1.0 | X 1.5", then "파라미터 | 14B | 32B", "AIME 2025 |
 * 61.9 | 78.3"): a row titled by a size word gives each header model the count in its column. Score rows are the
 * score tables' (tables.ts); rows of other words are passed over.
 */
import type { Sentence } from '../../parse/types.js';
import type { RuleSet } from '../types.js';
import type { KnownName } from './mentions.js';
import { cellsOf, rowSentence } from './table-cells.js';
import { columnOf } from './table-column-titles.js';
import { cellText, parameterCount, type Cell } from './table-columns.js';
import type { TableRow } from './table-row.js';

/** How many rows past the header a size row may stand (benchmarks, licences and the like before it). */
const MAX_ROWS = 12;

/** The size rows of each transposed spec table: one TableRow with `parameters` per header model. */
export function readTransposedSizes(sentences: Sentence[], rules: RuleSet, known: KnownName[] = []): TableRow[] {
  if (!sentences.some((s) => s.text.length < 40 && columnOf(s.text.trim(), false) === 'params')) return [];
  const cells = cellsOf(sentences, rules, known);
  const out: TableRow[] = [];
  for (let i = 0; i < cells.length; i++) {
    // (a corner cell, "구분", then two models or more: the header)
    if (cells[i]!.kind !== 'label' && cells[i]!.kind !== 'other') continue;
    const heads: Cell[] = [];
    for (let j = i + 1; cells[j]?.kind === 'model' && heads.length < 8; j++) heads.push(cells[j]!);
    if (heads.length < 2 || cells[i - 1]?.kind === 'model') continue;
    const width = heads.length + 1;
    for (let r = 0, j = i + width; r < MAX_ROWS && j + width <= cells.length; r++, j += width) {
      const row = cells.slice(j, j + width);
      // (the table ends where a row's title is a model or a long sentence)
      if (row.some((c) => c.kind === 'model') || cellText(row[0]!).length > 30) break;
      if (columnOf(cellText(row[0]!), row[0]!.kind === 'label') !== 'params') continue;
      const counts = row.slice(1).map((c) => parameterCount(cellText(c).trim()));
      if (counts.some((n) => n === undefined)) break;
      heads.forEach((h, k) => out.push({ model: h.mention!, sentence: rowSentence([h, row[0]!, row[k + 1]!]), parameters: counts[k] }));
      break;
    }
  }
  return out;
}
