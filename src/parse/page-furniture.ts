/**
 * Page furniture of a document converted to plain text (a slide deck or a report exported from PDF):
 * the separators a converter writes between pages ("===== [슬라이드 3] =====", "--- Page 3 ---"),
 * footers that repeat on every page with its number ("AISC 2026 | 회사    3 / 13"), and the rules
 * under a text table's header ("------+------+------"). None of these is text of the story.
 */

/** A page or slide separator: a rule, the page's label and number, a rule (each optional part takes its own spaces: no two `\s*` side by side to backtrack between). */
const PAGE_BREAK = /^\s*[-=─━═_*#~]{3,}\s*(?:[[(【<]\s*)?(?:슬라이드|페이지|장|쪽|slide|page|p\.)\s?#?\d{1,3}(?:\s?\/\s?\d{1,3})?\s*(?:(?:페이지|쪽|장)\s*)?(?:[\])】>]\s*)?[-=─━═_*#~]{3,}\s*$/i;
/** "[슬라이드 3]", "<Page 2/10>": a slide or page label in brackets on a line of its own (a deck's text export), a page break too. */
const PAGE_LABEL = /^\s*[[(【<]\s?(?:슬라이드|페이지|slide|page)\s?#?\d{1,3}(?:\s?\/\s?\d{1,3})?\s?[\])】>]\s*$/i;
/**
 * A rule line, or a table's header rule drawn with column joints: "-----", "=====", "----+-----+--", "|---|:--:|".
 * No `\s*` before the lookahead: the lookahead would rescan the line from every place a run of spaces could end
 * (quadratic: 47,601 leading spaces took 2 s).
 */
const RULE_LINE = /^(?=.*[-=_─━═]{3,})[-=_─━═+|:\s]+$/;
/** A footer (or header) line ending in a page number of a total ("TEXT   3 / 13", "TEXT - 3 -", "TEXT p. 3"). */
const NUMBERED_LINE = /^\s*(\S.{1,80}?)\s+(?:\d{1,3}\s?\/\s?\d{1,3}|-\s?\d{1,3}\s?-|p\.\s?\d{1,3})\s*$/i;
/** A line starting with the number: "3 / 13   TEXT". */
const NUMBER_FIRST = /^\s*(?:\d{1,3}\s?\/\s?\d{1,3}|-\s?\d{1,3}\s?-)\s+(\S.{1,80}?)\s*$/;
/** How often a numbered line must recur to be a page's footer. */
const MIN_PAGES = 3;

/** True for a converter's page or slide separator ("===== [슬라이드 3] ====="). */
export function isPageBreak(line: string): boolean {
  return PAGE_BREAK.test(line) || PAGE_LABEL.test(line);
}

/** True for a rule line, also one with column joints under a text table's header ("----+----"). */
export function isRuleLine(line: string): boolean {
  return RULE_LINE.test(line);
}

/** The indices of lines that are a page's footer: the same text with the page's number, on three pages or more. */
export function numberedFooterLines(lines: string[]): Set<number> {
  const byText = new Map<string, { at: number[]; numbers: Set<string> }>();
  lines.forEach((line, k) => {
    const m = NUMBERED_LINE.exec(line) ?? NUMBER_FIRST.exec(line);
    if (!m) return;
    const key = m[1]!.replace(/\s+/g, ' ');
    const seen = byText.get(key) ?? { at: [], numbers: new Set<string>() };
    seen.at.push(k);
    seen.numbers.add(line.replace(m[1]!, '').replace(/\s+/g, ''));
    byText.set(key, seen);
  });
  const out = new Set<number>();
  // the page's number changes from page to page: a line repeated with the same number is no footer
  for (const { at, numbers } of byText.values()) if (numbers.size >= MIN_PAGES) for (const k of at) out.add(k);
  return out;
}
