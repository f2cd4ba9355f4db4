/**
 * Roster tables. A conference timetable, a speaker list or a paper's author table gives each person
 * in a row with the affiliation and the post in cells of their own ("발표자 | 소속 | 직함"), and one
 * cell may hold several people, a line (<br>, <p>) each, matched line by line with the lines of the
 * affiliation and post cells. Read cell by cell, the names, companies and posts come apart ("윤태성",
 * "X협의회", "회장" as three blocks among the times and talk titles). Each row's people are rewritten
 * as text-table lines of their own ("윤태성 | X협의회 | 회장") under a header line of the same columns,
 * which the extractor reads as a roster (extract/roster-rows.ts); the row's other cells (times, talk
 * titles, abstracts) stay as they are.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { escapeText, findElements, tableRowsOf } from './dom.js';
import { normalizeSpace } from './text.js';
import { cellsOf, spanOf } from './row-spans.js';

/** A column of people: speakers, presenters, authors, names. */
export const PERSON_COLUMN = /^(?:발표자|연사|강연자|발제자|토론자|패널|좌장|(?:후보자\s?)?성명|이름|저자|저자명|참석자|Speakers?|Presenters?|Names?|Authors?)$/i;
/** A column of their affiliations. */
export const AFFILIATION_COLUMN = /^(?:소속|소속\s?(?:기관|기업|회사)|회사|회사명|기관|기관명|기업|기업명|Affiliation|Company|Organi[sz]ation)$/i;
/** A column of affiliations with the post after each ("소속 및 직위": "X AI연구소 선임연구원"; "현재 소속 / 직위" in an alumni table). */
export const AFFILIATION_POST_COLUMN = /^(?:현재\s)?소속\s?(?:및|과|[·/,&])\s?(?:직위|직함|직책)$|^(?:주된\s?직업|현\s?직업|현\s?직장|현직)$|^(?:Current\s)?Affiliation\s?(?:and|&|\/)\s?(?:Title|Position)$/i;
/** A column of posts. */
export const POST_COLUMN = /^(?:직함|직위|직책|직급|Title|Position)$/i;
/** Elements that start a line of their own inside a cell. */
const LINE_TAGS = new Set(['p', 'div', 'li']);
/** More tables than this on one page: no article's tables, left as they are. */
const MAX_TABLES = 100;

/** The lines of a cell: its text split at <br> and at paragraphs inside it. */
function cellLines(cell: Element): string[] {
  const lines: string[] = [''];
  const stack: Array<AnyNode | 'line'> = [...cell.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === 'line') lines.push('');
    else if (n.type === 'text') lines[lines.length - 1] += (n as unknown as { data: string }).data;
    else if (n.type === 'tag') {
      const el = n as Element;
      if (el.name === 'br') {
        lines.push('');
        continue;
      }
      const own = LINE_TAGS.has(el.name);
      if (own) stack.push('line');
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
      if (own) stack.push('line');
    }
  }
  const out: string[] = [];
  for (const l of lines.map((t) => normalizeSpace(t).replace(/\|/g, '/')).filter((t) => t !== '')) {
    // ("클레르 뒤부아<br>(Claire Dubois)": a gloss in brackets on a line of its own belongs to the line above)
    if (out.length > 0 && /^[(（]/.test(l)) out[out.length - 1] += ` ${l}`;
    else out.push(l);
  }
  return out;
}


/** A row's cells by the column each starts at (a cell spanning columns takes its first), and the row's width. */
function cellsByColumn(row: Element): { cells: Map<number, Element>; width: number } {
  const cells = new Map<number, Element>();
  let col = 0;
  for (const cell of cellsOf(row)) {
    cells.set(col, cell);
    col += spanOf(cell, 'colspan');
  }
  return { cells, width: col };
}

/** "카카오 임원 인사", "X 신임 임원 명단": a personnel table's caption naming the one company all its people belong to. */
const PERSONNEL_CAPTION = /^(\S.{0,30}?)\s(?:(?:정기|신임|승진)\s)?(?:임원\s?)?(?:인사|임원|승진자|선임자)(?:\s?(?:명단|내역|현황))?$/;
/** The affiliation column of a table whose caption names the company (no column of its own). */
const CAPTION_COLUMN = -2;

interface RosterColumns {
  person: number;
  /** The affiliation column, or CAPTION_COLUMN when the caption names the one company. */
  affiliation: number;
  /** The post column, if any (-1 when the affiliation cell holds the post too, or there is none). */
  post: number;
}

/** The person, affiliation and post columns a header row names (undefined unless it names people and their affiliations). */
function rosterColumns(header: Map<number, Element>, captionCompany: string | undefined): RosterColumns | undefined {
  const titles = [...header].map(([col, cell]) => [col, normalizeSpace(cellLines(cell).join(' '))] as const);
  const find = (re: RegExp): number => titles.find(([, t]) => re.test(t))?.[0] ?? -1;
  const person = find(PERSON_COLUMN);
  const affiliation = find(AFFILIATION_COLUMN);
  const combined = find(AFFILIATION_POST_COLUMN);
  // ("카카오 임원 인사" over "직책 | 성명": the caption's company is every row's, when the rows give posts)
  if (person >= 0 && affiliation < 0 && combined < 0 && captionCompany && find(POST_COLUMN) >= 0) return { person, affiliation: CAPTION_COLUMN, post: find(POST_COLUMN) };
  if (person < 0 || (affiliation < 0 && combined < 0)) return undefined;
  return { person, affiliation: affiliation >= 0 ? affiliation : combined, post: affiliation >= 0 ? find(POST_COLUMN) : -1 };
}

/** "A", "B" and "C" lines of a row's person, affiliation and post cells, aligned: one line each, or one affiliation or post for all. */
function alignedLines(people: string[], affiliations: string[], posts: string[] | undefined): string[][] | undefined {
  // (one person's affiliation broken over lines, "(주)X<br>AI사업부문장(상무)": one affiliation)
  if (people.length === 1 && affiliations.length > 1 && affiliations.length <= 3) affiliations = [affiliations.join(' ')];
  const fits = (lines: string[]) => lines.length === people.length || lines.length === 1;
  if (people.length === 0 || affiliations.length === 0 || !fits(affiliations) || (posts && posts.length > 0 && !fits(posts))) return undefined;
  return people.map((p, k) => [p, affiliations[affiliations.length === 1 ? 0 : k]!, ...(posts ? [posts.length === 0 ? '' : posts[posts.length === 1 ? 0 : k]!] : [])]);
}

/** Puts text-table lines into a cell in place of its content, and empties the cells they were read from. */
function rewrite($: CheerioAPI, into: Element, lines: string[][], emptied: Element[]): void {
  for (const cell of emptied) $(cell).empty();
  $(into).empty().append(lines.map((l) => `<p>${escapeText(l.join(' | '))}</p>`).join(''));
}

/**
 * Rewrites the people of every roster table under `root` as text-table lines under a header line; returns how many
 * tables. (After row spans are expanded: a cell spanning down is then in each row it covers.)
 */
export function markRosterTables($: CheerioAPI, root: Cheerio<AnyNode>): number {
  const tables = findElements(root.toArray(), (e) => e.name === 'table', MAX_TABLES + 1);
  if (tables.length > MAX_TABLES) return 0;
  let marked = 0;
  for (const table of tables) {
    const rows = tableRowsOf(table);
    const head = rows[0] ? cellsByColumn(rows[0]) : undefined;
    const header = head?.cells;
    const captionCompany = PERSONNEL_CAPTION.exec(normalizeSpace($(table).children('caption').first().text()))?.[1];
    const columns = header && rosterColumns(header, captionCompany);
    if (!columns || rows.length < 2) continue;
    const of = (cells: Map<number, Element>, col: number) => (col >= 0 ? cells.get(col) : undefined);
    const byCaption = columns.affiliation === CAPTION_COLUMN;
    const headerCells = [columns.person, columns.affiliation, columns.post].map((c) => of(header, c));
    const rewrites: Array<() => void> = [];
    for (const row of rows.slice(1)) {
      // (a row narrower than the header has a cell spanning down from above it: its columns cannot be told)
      const { cells, width } = cellsByColumn(row);
      if (width !== head!.width) continue;
      const [person, affiliation, post] = [columns.person, columns.affiliation, columns.post].map((c) => of(cells, c));
      // (a second header row, "기간 | 내용" under a title spanning two columns, with the titles spanning down beside it: no person's row)
      if (!person || person.name === 'th' || !(affiliation || byCaption) || (columns.post >= 0 && !post)) continue;
      const lines = alignedLines(cellLines(person), affiliation ? cellLines(affiliation) : [captionCompany!], post ? cellLines(post) : undefined);
      if (lines) rewrites.push(() => rewrite($, person, lines, [...(affiliation ? [affiliation] : []), ...(post ? [post] : [])]));
    }
    if (rewrites.length === 0) continue;
    const titles = headerCells.map((c) => (c ? normalizeSpace(cellLines(c).join(' ')) : '소속')).filter((_, k) => headerCells[k] !== undefined || (k === 1 && byCaption));
    rewrite($, headerCells[0]!, [titles], headerCells.slice(1).filter((c): c is Element => c !== undefined));
    for (const r of rewrites) r();
    marked++;
  }
  return marked;
}
