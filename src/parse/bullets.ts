/**
 * List items: the one definition of the marks that open an item ("• ", "▶", "□", "- ", "1) ", "②"),
 * read by the block walker (blocks.ts), the plain-text and printed-page readers (layouts/plain.ts,
 * printed.ts) and the extractor (a sentence that opens on an item mark still opens on what follows).
 */

/** Symbols that open an item, with no space needed after them. */
export const BULLET_MARKS = '·•∙◦▪▫○●◆◇■□▶▷►※☞✓✔❍◎▲ㅇ①-⑳';

/** The mark of an item: a symbol, a dash, star or plus and a space, or a number and "." or ")" (or in parentheses, "(2) ") and a space. */
export const ITEM_MARK_SOURCE = `(?:[${BULLET_MARKS}]|[-*+]\\s|\\(?\\d{1,2}[.)]\\s)`;

/** A line that opens on an item mark (after any indentation). */
export const ITEM_LINE = new RegExp(`^\\s*${ITEM_MARK_SOURCE}`);

/** A sentence's text before its first word that is only an item mark (the space after it optional), maybe and an opening quote. */
export const LEAD_MARK = new RegExp(`^\\s*(?:[${BULLET_MARKS}]|[-*+]|\\d{1,2}[.)])\\s?['"‘“]?$`);

/** The start of a sentence that is a list item ("1) ", "(2) ", "② ", "▲ "). */
export const ITEM_HEAD = new RegExp(`^(?:[${BULLET_MARKS}]|\\d{1,2}[).]|\\(\\d{1,2}\\))\\s?`);

/** "1/10 ", "(3/7) ": a post's place in a numbered thread, opening the sentence. */
const THREAD_COUNTER = /^\(?(\d{1,2})\s?\/\s?(\d{1,2})\)?\s/;

/**
 * "2026.03.12 ", "2025. 7. 3. ", "2026.12(예정) ", "2024년 8월 7일 · ": a timeline entry's date stamp, opening the sentence;
 * without its year (a timeline under year headings: "8월 24일 – ", "5월 — ") only with the separator after it.
 */
const DATE_STAMP = /^(?:(?:\d{4}\.\s?\d{1,2}(?:\.\s?\d{1,2})?\.?|\d{4}-\d{2}(?:-\d{2})?|\d{4}년\s?\d{1,2}월(?:\s?\d{1,2}일)?)(?:\s?\((?:예정|잠정|추정|전망)\))?(?:\s[·|–—-])?|\d{1,2}월(?:\s?\d{1,2}일)?(?:\s?\((?:예정|잠정|추정|전망)\))?\s[·|–—-])\s/;

/** A list item's symbol or dash opening a line before a date stamp ("- ", "• "). */
const STAMP_MARK = new RegExp(`^(?:[${BULLET_MARKS}]|[-*+])\\s?(?=\\d)`);

/**
 * The length of what opens the text before its first mention and is no part of the sentence the rules
 * read, else 0: a thread counter (the numerator no larger than the count) or a timeline entry's date stamp.
 */
export function leadStampLength(text: string, firstMention: number): number {
  const c = THREAD_COUNTER.exec(text);
  if (c && c[0].length <= firstMention && Number(c[1]) >= 1 && Number(c[1]) <= Number(c[2])) return c[0].length;
  // ("- 8월 24일 – X, …": a list item's mark before the date stamp goes with it)
  const mark = STAMP_MARK.exec(text)?.[0].length ?? 0;
  const d = DATE_STAMP.exec(mark ? text.slice(mark) : text);
  return d && mark + d[0].length <= firstMention ? mark + d[0].length : 0;
}
