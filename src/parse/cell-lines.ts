/**
 * A table flattened one cell per line, as text copied out of a PDF or a word processor gives it: a
 * header of short column titles opening on a serial column ("연번", "순번", "No."), one title a line,
 * then each row as its serial number on a line of its own followed by its cells, one a line — and a
 * cell too wide for its column wrapped onto further lines, often mid-word ("네이버클라우" / "드",
 * "바른말에이" / "아이,"). foldCellLines() writes each such table the way the plain-text reader takes
 * a text table: one "a | b | c" line per row with a blank line around it. A row with more lines than
 * cells has its lines joined where a wrap is likeliest: after a list's comma or conjunction, before a
 * lone syllable or a size ("7B"), where the document writes the two halves together elsewhere, then
 * after the widest lines. Text without such a table comes back unchanged.
 */
import { joint, printedWidth } from './printed.js';

/** The title of a serial column, which opens the header. */
const SERIAL_TITLE = /^(?:연번|순번|번호|No\.?|NO\.?)$/;
/** A column title: short, no sentence or number. */
const COLUMN_TITLE = /^(?:[가-힣A-Za-z][가-힣A-Za-z()·/ ]{0,11}|\([가-힣A-Za-z][가-힣A-Za-z·/ ]{0,9}\))$/;
/** A list or a conjunction left open at a line's end: the cell goes on. */
const OPEN_END = /(?:[,·/&]|\s및|\s또는)$/;
/** A model's size or a lone syllable: the rest of the cell above. */
const FRAGMENT = /^(?:[가-힣]|\d+(?:\.\d+)?[BMKT])$/;
const HANGUL = /[가-힣]/;
/** A company's legal-form marker opening a line: the name of a new organisation, so a new cell. */
const CORPORATE_OPENING = /^(?:\(주\)|㈜|\(유\)|주식회사\s)/;

/** How likely the break between two lines is a wrap inside one cell (higher: more likely). */
function wrapScore(above: string, below: string, inline: string): number {
  const tail = above.split(/\s/).pop() ?? '';
  const head = (below.split(/\s/)[0] ?? '').replace(/[,·.]+$/, '');
  const written = inline.includes(tail + head) || inline.includes(`${tail} ${head}`);
  let score = printedWidth(above) / 10;
  if (OPEN_END.test(above)) score += 4;
  if (written) score += 4;
  if (FRAGMENT.test(below)) score += 3;
  if (!OPEN_END.test(above) && CORPORATE_OPENING.test(below)) score -= 8;
  // a change of script between the lines ("KT" / "바른말에이", "2.5" / "지자체") is a new cell unless the document writes them
  // together; a list's comma left open is punctuation, not the script of the word before it
  const last = above.replace(/[,·/&]$/, '').slice(-1);
  if (!written && HANGUL.test(last) !== HANGUL.test(below[0] ?? '')) score -= 2;
  return score;
}

/** The cells of one row's lines: the likeliest wraps joined until there are as many lines as columns. */
function foldRow(lines: string[], columns: number, inline: string): string[] {
  const joints = lines
    .slice(1)
    .map((line, k) => ({ k, score: wrapScore(lines[k] ?? '', line, inline) }))
    .sort((a, b) => b.score - a.score || a.k - b.k)
    .slice(0, lines.length - columns);
  const wraps = new Set(joints.map((j) => j.k));
  const cells: string[] = [];
  lines.forEach((line, k) => {
    if (k > 0 && wraps.has(k - 1)) {
      const above = cells.pop() ?? '';
      cells.push(above + joint(above.split(/\s/).pop() ?? '', line.split(/\s/)[0] ?? '', inline) + line);
    } else cells.push(line);
  });
  return cells;
}

/** The table opening at line `at` (its serial column's title), as rows of cells and the line after it; undefined if it is none. */
function readTable(lines: string[], at: number, inline: string): { rows: string[][]; end: number } | undefined {
  let k = at + 1;
  while (k < lines.length && COLUMN_TITLE.test(lines[k] ?? '') && lines[k] !== '1') k++;
  const header = lines.slice(at, k);
  const columns = header.length - 1;
  if (columns < 2 || lines[k] !== '1') return undefined;
  const rows: string[][] = [header];
  let serial = 1;
  while (lines[k] === String(serial)) {
    let next = k + 1;
    // the row's lines: up to the next serial number (after a cell for each column at least) or a blank line
    while (next < lines.length && lines[next] !== '' && !(lines[next] === String(serial + 1) && next - k > columns)) next++;
    const cells = lines.slice(k + 1, next);
    if (cells.length < columns) return undefined;
    rows.push([String(serial), ...foldRow(cells, columns, inline)]);
    serial++;
    k = next;
  }
  return rows.length >= 3 ? { rows, end: k } : undefined;
}

/** Rewrites tables flattened one cell per line as one "a | b | c" line per row; other text is kept as it is. */
export function foldCellLines(text: string): string {
  if (!/^[^\S\r\n]*(?:연번|순번|번호|No\.?|NO\.?)[^\S\r\n]*$/m.test(text)) return text;
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const lines = raw.map((l) => l.trim());
  const inline = lines.join('\n');
  const out: string[] = [];
  let k = 0;
  while (k < lines.length) {
    const table = SERIAL_TITLE.test(lines[k] ?? '') ? readTable(lines, k, inline) : undefined;
    if (!table) {
      out.push(raw[k] ?? '');
      k++;
      continue;
    }
    for (const row of table.rows) out.push('', row.join(' | '), '');
    k = table.end;
  }
  return out.join('\n');
}
