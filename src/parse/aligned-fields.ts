/**
 * A plain-text fact sheet: a run of lines each a short label and its value, the values aligned at one column by runs
 * of spaces ("  조합명          X 투자조합 제3호⏎  결성일          2024.11.20⏎  대표펀드매니저  NAME (X 전무)"), as a
 * report's overview or a fund's summary prints them. Each line is read as one "label: value" line, as a page's
 * two-column table is, so the label stays with its value and the lines are not run together into one sentence.
 */
import { printedWidth } from './printed.js';

/** A label (short words, no digit), two spaces or more, then a value with no run of spaces in it (one value, not a table's row). */
const FIELD_LINE = /^(\s{0,6})([가-힣A-Za-z()·/]{1,12}(?:\s[가-힣A-Za-z()·/]{1,12})?)\s{2,}(\S(?:\S|\s(?=\S))*)\s*$/;
/** The fewest aligned lines that make a sheet. */
const MIN_FIELDS = 3;

/** The label and value of a sheet's line, and the column its value starts at. */
function fieldOf(line: string): { label: string; value: string; at: number; indent: number } | undefined {
  const m = FIELD_LINE.exec(line);
  if (!m) return undefined;
  // (the column as printed: a Hangul syllable is two columns wide)
  return { label: m[2]!, value: m[3]!, at: printedWidth(line.slice(0, line.indexOf(m[3]!, m[1]!.length + m[2]!.length))), indent: m[1]!.length };
}

/**
 * A label, a dotted leader, a value ("한솔메드 7B ........ 65.8점", "- 요약 정확도 ... 4.6 / 5.0"): a printed score box's line, the
 * label of any words (a model's name with its version and size).
 */
const LEADER_LINE = /^(\s{0,12})(\S(?:[^.]|\.(?!\.\.))*?)\s?\.{3,}\s?(\S.*?)\s*$/;
/** The fewest leader lines in a run that make a box. */
const MIN_LEADERS = 2;

/** Runs of leader lines at one indent (see LEADER_LINE), each as its "label: value" line. */
function leaderLines(lines: readonly string[], out: Map<number, string>): void {
  const found = lines.map((l) => (l.includes('...') ? LEADER_LINE.exec(l) : null));
  for (let k = 0; k < lines.length; ) {
    let end = k + 1;
    if (found[k]) while (end < lines.length && found[end] && found[end]![1]!.length === found[k]![1]!.length) end++;
    if (found[k] && end - k >= MIN_LEADERS) for (let j = k; j < end; j++) out.set(j, `${found[j]![2]!.trim()}: ${found[j]![3]!}`);
    k = end;
  }
}

/** The lines of every sheet in the text, each as its "label: value" line (and of every dotted-leader box). */
export function alignedFieldLines(lines: readonly string[]): Map<number, string> {
  const out = new Map<number, string>();
  leaderLines(lines, out);
  // (each line read once: a line is matched against the sheet's first line and written from the same reading)
  const fields = lines.map((l) => fieldOf(l));
  for (let k = 0; k < lines.length; ) {
    const first = fields[k];
    let end = k + 1;
    if (first) while (end < lines.length && fields[end]?.at === first.at && fields[end]?.indent === first.indent) end++;
    if (first && end - k >= MIN_FIELDS) for (let j = k; j < end; j++) if (!out.has(j)) out.set(j, `${fields[j]!.label}: ${fields[j]!.value}`);
    k = end;
  }
  return out;
}
