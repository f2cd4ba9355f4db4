/**
 * A paper's author block as text taken from a PDF (an abstract book, a proceedings page): the authors on one line, each
 * name with its affiliations' numbers printed as superscripts ("김하람¹*, 이도윤¹, 표은결²"), then the affiliations on the
 * next line, each opening on its superscript ("¹X AI연구팀, ²Y대학교 전산학과 (*교신저자)"). Each line is a block of its own
 * (the paragraph's hard wrap would run the title, the authors and their places into one sentence), its superscripts
 * printed as the plain digits the author readers know ("김하람1*, 이도윤1, 표은결2").
 */

const SUPERSCRIPTS = '¹²³⁴⁵⁶⁷⁸⁹';
const MARK = `[${SUPERSCRIPTS}](?:,?[${SUPERSCRIPTS}])*[*∗†‡]?`;
/** One author with its superscript marks: a Korean name, or a Latin one ("Jane Park²"). */
const AUTHOR = `(?:[가-힣]{2,4}|[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2})${MARK}`;
/** A line of marked authors and nothing else. */
const AUTHOR_LINE = new RegExp(`^${AUTHOR}(?:,\\s?${AUTHOR})*$`);
/** A line of affiliations: it opens on the first one's superscript, glued to its text or a space before it. */
const AFFILIATION_LINE = /^¹\s?[^\s\d,.%]/;

/** The line as its block's text, its superscript marks as digits, where it is a marked author line or an affiliation line; else undefined. */
export function readMarkedAuthorLine(line: string): string | undefined {
  const t = line.trim();
  if (!AUTHOR_LINE.test(t) && !AFFILIATION_LINE.test(t)) return undefined;
  return t.replace(/[¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String(SUPERSCRIPTS.indexOf(c) + 1));
}
