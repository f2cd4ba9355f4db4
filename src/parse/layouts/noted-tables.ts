/**
 * An old table-layout board page (an association's event calendar, a notice of schedules) sets its story in one layout
 * cell: a lead line in a <font>, then a table whose rows carry their facts in note-style prose cells ("X가 공개한 Y의
 * 구조를 소개. 발표 : NAME COMPANY TITLE"), then notes broken by <br>s. The notes win the densest-block count (the only
 * text broken by <br>s), yet the table is the article too: the layout cell around them all is the story.
 */
import type { Element } from 'domhandler';
import { childElements, findElements, tableRowsOf } from '../dom.js';

/** The elements of old layouts whose own <br>-broken text may be the story. */
const TEXT_HOLDERS: ReadonlySet<string> = new Set(['font', 'span']);
/** The least rows (heading row aside) a table of note cells needs. */
const MIN_ROWS = 3;
/** A note cell: prose of 40 characters or more with a sentence or a note ending in it ("…를 소개.", "…발표할 예정."). */
const NOTE_CELL = /[가-힣][.。]\s|[가-힣][.。]?$/;

/** True for a table (no table inside it) where most rows hold a cell of prose notes. */
function isNotedTable(table: Element, text: (e: Element) => string): boolean {
  if (findElements([table], (e) => e.name === 'table' && e !== table, 1).length > 0) return false;
  const rows = tableRowsOf(table);
  if (rows.length < MIN_ROWS + 1) return false;
  const noted = rows.filter((r) => childElements(r).some((c) => (c.name === 'td' || c.name === 'th') && text(c).length >= 40 && NOTE_CELL.test(text(c))));
  return noted.length >= MIN_ROWS && noted.length * 2 >= rows.length;
}

/** The layout cell around a <br>-broken text holder when that cell also holds a table of note cells, else undefined. */
export function notedTableCell(el: Element, text: (e: Element) => string): Element | undefined {
  if (!TEXT_HOLDERS.has(el.name)) return undefined;
  const cell = el.parent;
  if (cell?.type !== 'tag' || (cell as Element).name !== 'td') return undefined;
  const td = cell as Element;
  return childElements(td).some((c) => c.name === 'table' && isNotedTable(c, text)) ? td : undefined;
}

/** A section heading of an old layout, in bold: "■ 기업개요", "◆ 주요 경영진", "▶ 공모 정보". */
const SECTION_MARK = /^[■□◆◇▶▷●○]\s?\S/;
/** The least section headings a layout cell needs to be read whole. */
const MIN_SECTIONS = 3;

/**
 * The layout cell around a <br>-broken text holder when that cell sets its page in sections: three or more bold '■'
 * headings in <font>s or <span>s, and a table among them (an old IPO or company-profile page: a label table, an overview,
 * a shareholder table, an executives line). The overview wins the densest-block count; the sections beside it are the
 * article too.
 */
export function sectionedTableCell(el: Element, text: (e: Element) => string): Element | undefined {
  if (!TEXT_HOLDERS.has(el.name)) return undefined;
  const cell = el.parent;
  if (cell?.type !== 'tag' || (cell as Element).name !== 'td') return undefined;
  const td = cell as Element;
  const children = childElements(td);
  const headings = children.filter((c) => {
    if (!TEXT_HOLDERS.has(c.name)) return false;
    const t = text(c);
    return t.length <= 40 && SECTION_MARK.test(t.trim());
  });
  return headings.length >= MIN_SECTIONS && children.some((c) => c.name === 'table') ? td : undefined;
}
