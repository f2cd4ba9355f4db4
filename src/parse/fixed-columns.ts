/**
 * Text hard-wrapped at a fixed count of characters (a wire-service feed, a terminal capture): every wrapped line is
 * exactly N characters long, and the wrap falls wherever the count runs out — inside a word or a name
 * ("…컨⏎소시엄", "GPT-4.⏎1", "HyperCLOVA X ⏎THINK"), with the space, when it falls at the wrap, kept at the end of
 * the line or the start of the next. unwrapFixedColumns() joins each such line to the next as it is (no space added,
 * none lost); other text comes back unchanged.
 *
 * @example
 *   unwrapFixedColumns(feed) // '… 이끄는 컨\n소시엄 세 곳이 …' → '… 이끄는 컨소시엄 세 곳이 …'
 */

/** The fewest lines of the one width that make a fixed-count wrap. */
const MIN_FULL_LINES = 10;
/** A line of prose: words with single spaces between them (no aligned columns, no table or box rules). (A run of spaces is tried from its first space only: a 200k-space line stays linear.) */
const NOT_PROSE = /(?<!\s)\s{2,}\S|[|│┃┆╎\t]/;
/** A Korean sentence's end: a line that ends here was ended by its writer, even at full width. */
const SENTENCE_END = /[가-힣][.!?]['"’”)]?$/;
/** A line of words (not a rule of '=' or '-'). */
const WORDS = /[\p{L}\p{N}]/u;

/** The width most prose lines (with a space in them) have, and how many have it. */
function commonWidth(lines: string[]): { width: number; count: number } {
  const count = new Map<number, number>();
  for (const l of lines) if (l.length >= 20 && l.includes(' ') && !NOT_PROSE.test(l)) count.set(l.length, (count.get(l.length) ?? 0) + 1);
  let best = { width: 0, count: 0 };
  for (const [width, n] of count) if (n > best.count) best = { width, count: n };
  return best;
}

/** True when the text is wrapped at a fixed count: many lines exactly that wide, few wider, and spaces kept at wraps. */
function isFixedCountWrap(lines: string[], width: number, count: number): boolean {
  const filled = lines.filter((l) => l.trim() !== '');
  if (count < MIN_FULL_LINES || count * 5 < filled.length * 2) return false;
  if (filled.filter((l) => l.length > width).length * 10 > filled.length) return false;
  // the space at a wrap stays: a full line ending in one, or the next line starting with one
  let kept = 0;
  for (let k = 0; k + 1 < lines.length; k++) if (lines[k]!.length === width && (lines[k]!.endsWith(' ') || lines[k + 1]!.startsWith(' '))) kept++;
  return kept >= 2;
}

/** Joins the lines of a text wrapped at a fixed character count; other text comes back unchanged. */
export function unwrapFixedColumns(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const { width, count } = commonWidth(lines);
  if (!isFixedCountWrap(lines, width, count)) return text;
  const out: string[] = [];
  let para = '';
  let open = false;
  for (const [k, l] of lines.entries()) {
    para = open ? para + l : l;
    const next = lines[k + 1] ?? '';
    open = l.length === width && WORDS.test(l) && WORDS.test(next) && !NOT_PROSE.test(l) && !(SENTENCE_END.test(l) && !next.startsWith(' '));
    if (!open) out.push(para);
  }
  if (open) out.push(para);
  return out.join('\n');
}
