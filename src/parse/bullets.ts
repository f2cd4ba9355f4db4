/**
 * List items: the one definition of the marks that open an item ("• ", "▶", "□", "- ", "1) ", "②"),
 * read by the block walker (blocks.ts), the plain-text and printed-page readers (layouts/plain.ts,
 * printed.ts) and the extractor (a sentence that opens on an item mark still opens on what follows).
 */

/** Symbols that open an item, with no space needed after them. */
export const BULLET_MARKS = '·•∙◦▪▫○●◆◇■□▶▷►※☞✓✔❍◎▲ㅇ①-⑳';

/** The mark of an item: a symbol, a dash, star or plus and a space, or a number and "." or ")" and a space. */
export const ITEM_MARK_SOURCE = `(?:[${BULLET_MARKS}]|[-*+]\\s|\\d{1,2}[.)]\\s)`;

/** A line that opens on an item mark (after any indentation). */
export const ITEM_LINE = new RegExp(`^\\s*${ITEM_MARK_SOURCE}`);

/** A sentence's text before its first word that is only an item mark (the space after it optional), maybe and an opening quote. */
export const LEAD_MARK = new RegExp(`^\\s*(?:[${BULLET_MARKS}]|[-*+]|\\d{1,2}[.)])\\s?['"‘“]?$`);

/** The start of a sentence that is a list item ("1) ", "② ", "▲ "). */
export const ITEM_HEAD = new RegExp(`^(?:[${BULLET_MARKS}]|\\d{1,2}[).])\\s?`);
