/**
 * "EXAONE 행은 … 옮겨 적은 것", "Qwen 열을 빼고": a bare family name (no version, no size) before the word for a table's row or
 * column names that row or column of the table, no model.
 */
import type { Mention } from './types.js';

/** " 행은", " 열을", " 행 재측정": a table's row or column word right after the name, alone or before a particle. */
const ROW_WORD_AFTER = /^\s(?:행|열)(?:은|는|이|가|을|를|의|도|에|과|와)?(?=\s|$|[,.])/;

/** Drops the bare model names a row or column word follows (edits `ms` in place). */
export function dropRowNames(text: string, ms: Mention[]): void {
  if (!/\s[행열]/.test(text)) return;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type === 'Model' && !/\d/.test(m.surface) && ROW_WORD_AFTER.test(text.slice(m.end, m.end + 5))) ms.splice(i, 1);
  }
}
