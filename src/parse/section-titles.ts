/**
 * A release's boilerplate heading on a line of its own over the paragraph it titles, with no blank line between
 * ("About Hanbit AI" / "회사 소개"): the heading stays apart, or it runs into the paragraph's first name.
 */
const BOILERPLATE_HEADING = /^\s*(?:(?:About|ABOUT)\s(?:[A-Z0-9][A-Za-z0-9&.,'’-]*\s?){1,5}|(?:회사|기업)\s?소개)\s*$/;
/**
 * A story's section title under a diamond on a line of its own over the paragraph it titles ("◇ 흩어진 팀원들", or a quote), with no
 * blank line between: short, no sentence's end, it stays a heading, or it runs into the paragraph's first words.
 */
const SECTION_TITLE = /^\s*[◇◆]\s?(?:["“][^"“”]{1,30}["”]|[^\s.?!"'”’][^.?!]{0,26}[^\s.?!"'”’다)])\s*$/;
/**
 * A report's numbered section title on a line of its own over the paragraph it titles, with no blank line between
 * ("16. 정부보조금" / "회사는 …", "3. Risk factors" / "The company …"): an audit report's or a filing's notes, a report's
 * chapters. Short, a noun phrase (its last word no particle or verb ending), it stays a heading, or it runs into the
 * paragraph's first words. A numbered list item wrapped across lines is longer or ends on a particle or a verb.
 */
const NUMBERED_TITLE = /^\s*(?:\d{1,2}|[IVX]{1,4})\.\s(?:[가-힣]{1,12}\s){0,3}[가-힣]{1,11}[^은는이가을를에의와과로고며서도면게지해한된할인던었았였다요\s](?:\s\(생략\))?\s*$/;
const LATIN_TITLE = /^\s*(?:\d{1,2}|[IVX]{1,4})\.\s[A-Z][a-z]{1,15}(?:\s[a-z]{1,15}){0,3}\s*$/;

/** Whether line k is a numbered section title standing after a blank line (or the text's start). */
export function isNumberedSectionTitle(lines: string[], k: number): boolean {
  const line = lines[k] ?? '';
  if (line.length > 30 || !(NUMBERED_TITLE.test(line) || LATIN_TITLE.test(line))) return false;
  return k === 0 || (lines[k - 1] ?? '').trim() === '';
}

/** Whether line k is a heading over the paragraph below it with no blank line between: boilerplate, a ◇ section title, a numbered title. */
export function isTitleOverParagraph(lines: string[], k: number): boolean {
  const line = lines[k] ?? '';
  return BOILERPLATE_HEADING.test(line) || SECTION_TITLE.test(line) || isNumberedSectionTitle(lines, k);
}
