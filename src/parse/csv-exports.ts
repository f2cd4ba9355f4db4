/**
 * A data file saved as text (a public-data portal's CSV export): a header row of column titles, then one record a line, its
 * cells between commas, a cell that holds a comma quoted ("180,000", "선정 취소(2026-11-03, 사유)"), empty cells empty.
 * csvAsTextTable() writes such a file as a text table — each line its cells between ' | ', lines apart by a blank line — so
 * that its records are read as a text table's rows are; other text comes back unchanged.
 */

/** The fewest columns and records a file must have to be read as a data file. */
const MIN_COLUMNS = 4;
const MIN_RECORDS = 2;

/** A line's cells, quotes honoured ('""' inside a quoted cell is a quote); undefined when a quote is left open. */
export function csvCells(line: string): string[] | undefined {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') quoted = true;
    else if (ch === ',') cells.push(cell.trim()), (cell = '');
    else cell += ch;
  }
  if (quoted) return undefined;
  cells.push(cell.trim());
  return cells;
}

/** A header row: every cell a short title with no digit-only cell, none empty. */
function isHeader(cells: string[]): boolean {
  return cells.every((c) => c !== '' && c.length <= 20 && !/^[\d.,\-]+$/.test(c));
}

/** The lines above a file's header that may be a saved page's title or a caption ("2027년 데이터 바우처 선정 현황"). */
const MAX_LEAD_LINES = 2;

/** "# ====", "# ----": a comment line that only rules the file's header off. */
const COMMENT_RULE = /^#\s*[=\-_*~#]{3,}\s*$/;

/**
 * A data file's commented header ("# 출처: …", "# - KMMLU 열은 정답률(%)"): its comment lines kept as text without
 * their mark (a ruling line dropped), and each section of records under its own header row (a second header for a
 * section of older records) written as a text table. Undefined unless the file holds '#' comments, every other line
 * belongs to a section, and the sections hold MIN_RECORDS records in all.
 */
function commentedCsv(lines: string[]): string | undefined {
  if (!lines.some((l) => l.startsWith('#'))) return undefined;
  const out: string[] = [];
  let width = 0;
  let records = 0;
  for (const line of lines) {
    if (line.startsWith('#')) {
      width = 0;
      if (!COMMENT_RULE.test(line)) out.push(line.replace(/^#+\s?/, ''));
      continue;
    }
    const cells = line.includes('|') ? undefined : csvCells(line);
    if (!cells) return undefined;
    if (width === 0) {
      if (cells.length < MIN_COLUMNS || !isHeader(cells)) return undefined;
      width = cells.length;
    } else if (cells.length !== width) return undefined;
    else records++;
    // (an empty cell written as a dash, so that the cells after it keep their columns)
    out.push(cells.map((c) => c || '-').join(' | '));
  }
  return records >= MIN_RECORDS ? out.join('\n\n') : undefined;
}

/**
 * The text as a text table when it is a CSV file (a header row, then records of as many cells; a title line or two above
 * the header kept as they are; or a file with '#' comment lines, see commentedCsv), else undefined.
 */
export function csvAsTextTable(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim() !== '');
  const commented = commentedCsv(lines.map((l) => l.trim()));
  if (commented !== undefined) return commented;
  for (let h = 0; h <= MAX_LEAD_LINES && h < lines.length; h++) {
    const header = lines.length - h > MIN_RECORDS && !lines[h]!.includes('|') ? csvCells(lines[h]!) : undefined;
    if (!header || header.length < MIN_COLUMNS || !isHeader(header)) continue;
    const rows = lines.slice(h).map((l) => (l.includes('|') ? undefined : csvCells(l)));
    if (rows.some((r) => !r || r.length !== header.length)) continue;
    return [...lines.slice(0, h), ...rows.map((r) => r!.join(' | '))].join('\n\n');
  }
  return undefined;
}
