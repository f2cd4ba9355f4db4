/** A word processor's table cell whose lines are paragraphs of their own: one cell all the same. */
import type { AnyNode, Element } from 'domhandler';
import { normalizeSpace } from './text.js';
import { textOfNodes } from './dom.js';

/** The longest cell whose paragraphs are read as one cell's wrapped lines. */
const WRAPPED_CELL_CHARS = 60;

/**
 * "<td><p>하이퍼클로바X 씽크</p><p>(HyperCLOVA X THINK)</p></td>": a word processor's table (an HWP or Word
 * document saved as HTML) writes each line of a cell as a paragraph of its own. A short cell of two or more
 * paragraphs and no table inside is one cell: its lines are joined, so the row keeps one block per cell.
 */
export function isWrappedCell(el: Element): boolean {
  let blocks = 0;
  for (const c of el.children) {
    if (c.type !== 'tag') continue;
    const n = (c as Element).name.toLowerCase();
    if (n === 'table' || n === 'img') return false;
    if (n === 'p' || n === 'div') blocks++;
  }
  // (or one paragraph broken by a <br> before a size, "<p><b>라온 2.0<br>(32B)</b></p>", or before a bracketed
  // note, "<b>개선 전<br>(라온 1.0)</b>": a column title too wide for its column)
  if (blocks < 2 && !el.children.some((c) => c.type === 'tag')) return false;
  const text = normalizeSpace(textOfNodes([el]));
  if (blocks < 2 && (text.length > WRAPPED_CELL_CHARS || !breaksBeforeNote(el))) return false;
  // (lines a roster table was rewritten into, "NAME | Org | post" each, stay lines: see roster-tables.ts)
  return text.length <= WRAPPED_CELL_CHARS && !text.includes(' | ');
}

/** A model's size on a cell's last line, maybe in brackets ("(32B)", "32B", "(1.5T)"). */
const SIZE_LINE = /^\(?\d+(?:\.\d+)?[BMKT]\)?$/;
/** A short note in brackets on a cell's last line ("(라온 1.0)", "(기존)"): the title's gloss, not a line of its own. */
const BRACKET_LINE = /^\([^()]{1,24}\)$/;

/** True when a <br> inside `el` is followed only by a size or a bracketed note up to the cell's end. */
function breaksBeforeNote(el: Element): boolean {
  let after: string | undefined;
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') {
      if (after !== undefined) after += (n as unknown as { data: string }).data;
    } else if (n.type === 'tag') {
      if ((n as Element).name === 'br') after = '';
      for (const c of (n as Element).children) walk(c);
    }
  };
  for (const c of el.children) walk(c);
  if (after === undefined) return false;
  const last = normalizeSpace(after);
  return SIZE_LINE.test(last) || BRACKET_LINE.test(last);
}
