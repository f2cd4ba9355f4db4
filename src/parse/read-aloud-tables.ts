/**
 * A table written out for a screen reader, as a page's accessible text mode (or its copy) gives it: an opening marker
 * ("[표 시작] 표 1. 제목. 5개 열, 6개 행."), the column titles on a labelled line ("열 제목: 순위 / 모델 / 점수"), each row
 * on a numbered line ("1행: 1 / A / 71.2"), and a closing marker ("[표 끝] 출처: …"). The plain-text reader would join
 * those lines into one paragraph; unfoldReadAloudTables() writes each titles line and row line the way it takes a text
 * table, one "a | b | c" line with a blank line around it, and leaves the markers' other words (caption, source) as
 * lines of their own. Text without such a table comes back unchanged.
 */

/** The labelled line of column titles: "열 제목:", "열 이름:", "머리글 행:", "제목 행:". */
const TITLES_LINE = /^\s*(?:열\s?(?:제목|이름|머리글)|머리글\s?행|제목\s?행)\s?[:：]\s?(.+)$/;
/** A numbered row line: "1행:", "행 2:", "3번째 행:". */
const ROW_LINE = /^\s*(?:\d{1,3}\s?(?:번째\s)?행|행\s?\d{1,3})\s?[:：]\s?(.+)$/;
/** The markers around the table ("[표 시작]", "[표 끝]", "<표 시작>", "[표 종료]"), dropped, their line's other words kept. */
const TABLE_MARK = /[[<]\s?표\s?(?:시작|끝|종료)\s?[\]>]\s?/g;
/** The cell separator a reader speaks between cells: a slash or a bar with spaces around it. */
const CELL_GAP = /\s[/|]\s/;

/** The cells of a titles or row line's list ("A / B / C"), trimmed. */
function readCells(list: string): string[] {
  return list.split(CELL_GAP).map((c) => c.trim());
}

/** Rewrites read-aloud tables as one "a | b | c" line per titles line and row; other text is kept as it is. */
export function unfoldReadAloudTables(text: string): string {
  if (!text.includes('행') || !/[[<]\s?표\s?시작/.test(text)) return text;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let width = 0;
  let inTable = false;
  for (const line of lines) {
    if (/[[<]\s?표\s?시작/.test(line)) {
      inTable = true;
      width = 0;
    }
    const titles = inTable ? TITLES_LINE.exec(line) : null;
    const row = inTable && !titles ? ROW_LINE.exec(line) : null;
    const cells = readCells((titles ?? row)?.[1] ?? '');
    // (a row with another count of cells than the titles is no row of this table: its line stays as written)
    if (titles && cells.length >= 2) {
      width = cells.length;
      out.push('', cells.join(' | '), '');
    } else if (row && cells.length >= 2 && (width === 0 || cells.length === width) && cells.every((c) => c !== '')) {
      out.push('', cells.join(' | '), '');
    } else if (inTable || TABLE_MARK.test(line)) {
      TABLE_MARK.lastIndex = 0;
      const ends = /[[<]\s?표\s?(?:끝|종료)/.test(line);
      const rest = line.replace(TABLE_MARK, '').trim();
      out.push('', ...(rest ? [rest, ''] : []));
      if (ends) inTable = false;
    } else out.push(line);
    TABLE_MARK.lastIndex = 0;
  }
  return out.join('\n');
}
