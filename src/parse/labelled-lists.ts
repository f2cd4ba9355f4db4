/**
 * A plain-text item whose label lists one entry a line, each indented to the column the label's value starts at
 * ("- 참석 : A X 대표⏎          B Y 처장⏎          C Z 정책관"): every entry a line of its own, not a wrapped sentence.
 */
import { ITEM_LINE } from './bullets.js';
import { printedWidth } from './printed.js';

/** An item opening on a short label and a colon ("- 참석 : ", " ■ 연락처: "), its value after it. */
const LABELLED_ITEM = /^\s*\S{1,2}\s?[가-힣A-Za-z]{1,8}(?:\s[가-힣A-Za-z]{1,8})?\s?[:：]\s?(?=\S)/;
/** A line ending inside a clause or a bracket: the next line goes on with it ("(경북⏎ 경주시)", "…을⏎ …", "A,⏎ B"). */
const OPEN_END = /(?:[을를의에와과및며고,·(\[]|\([^)]*)$/;

/** True where line `k` is one more entry of a labelled item above it (indented to its value's column, after a closed line; the entries between at that column too). */
export function isLabelledListEntry(lines: readonly string[], k: number): boolean {
  const line = lines[k] ?? '';
  const indent = line.length - line.trimStart().length;
  if (indent <= 2 || k === 0 || OPEN_END.test(lines[k - 1]!.trimEnd())) return false;
  for (let j = k - 1; j >= 0 && j >= k - 30; j--) {
    const above = lines[j]!;
    const m = ITEM_LINE.test(above) ? LABELLED_ITEM.exec(above) : null;
    if (m) return indent === printedWidth(m[0]);
    if (above.trim() === '' || above.length - above.trimStart().length !== indent) return false;
  }
  return false;
}
