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

/** The lines of every sheet in the text, each as its "label: value" line. */
export function alignedFieldLines(lines: readonly string[]): Map<number, string> {
  const out = new Map<number, string>();
  // (each line read once: a line is matched against the sheet's first line and written from the same reading)
  const fields = lines.map((l) => fieldOf(l));
  for (let k = 0; k < lines.length; ) {
    const first = fields[k];
    let end = k + 1;
    if (first) while (end < lines.length && fields[end]?.at === first.at && fields[end]?.indent === first.indent) end++;
    if (first && end - k >= MIN_FIELDS) for (let j = k; j < end; j++) out.set(j, `${fields[j]!.label}: ${fields[j]!.value}`);
    k = end;
  }
  return out;
}
