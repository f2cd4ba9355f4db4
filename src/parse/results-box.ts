/**
 * A sidebar's table of results beside a lab's or a company's page ("Selected results", "주요 성능": a header row of
 * benchmarks over one row a model, a score a cell). The page's own prose names the models; the box gives their scores.
 * readResultsBoxes() gives the box's heading and its table as "a | b | c" lines (one a row, the plain-text reader's
 * table form) for the layout to add after the story. A sidebar of anything else (rankings of articles, stock prices
 * under no results heading) is none; so is a box in the footer, or one inside the story already.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { childElements, findElements, insideFooter, insideTag, tableRowsOf, textOfNodes } from './dom.js';
import { normalizeSpace } from './text.js';

/** The heading over a box of results. */
const RESULTS_HEADING = /^(?:(?:Selected|Key|Main|Benchmark|Evaluation|Model)\s)?(?:[Rr]esults|[Bb]enchmarks|[Ss]cores)$|^(?:주요\s?)?(?:성능|결과|평가\s?결과|벤치마크(?:\s?결과)?|성능\s?비교)$/;
/** A cell that holds a score, or a dash for none. */
const SCORE_CELL = /^(?:\d{1,3}(?:\.\d{1,2})?%?|[-—–])$/;
/** A box longer than this is a section of its own. */
const MAX_TABLE = 2000;

/** A cell's text without its footnote marks (superscripts). */
function cellText(cell: Element): string {
  const kept = cell.children.filter((c) => !(c.type === 'tag' && (c as Element).name === 'sup'));
  return normalizeSpace(textOfNodes(kept)).replace(/\|/g, '/');
}

/** The lines of each results table in a sidebar (an <aside>, outside the story `container` or inside it; the reader
 * keeps the signature the page's other box readers share). */
export function readResultsBoxes($: CheerioAPI, _container: readonly AnyNode[]): string[] {
  const out: string[] = [];
  const headings = findElements($.root().toArray(), (e) => /^h[2-5]$/.test(e.name) && RESULTS_HEADING.test(normalizeSpace(textOfNodes([e]))));
  for (const h of headings) {
    if (!insideTag(h, 'aside') || insideFooter(h)) continue;
    const siblings = h.parent?.type === 'tag' ? childElements(h.parent as Element) : [];
    const table = siblings[siblings.indexOf(h) + 1];
    if (!table || table.name !== 'table' || normalizeSpace(textOfNodes([table])).length > MAX_TABLE) continue;
    const rows = tableRowsOf(table).map((tr) => childElements(tr).filter((c) => c.name === 'td' || c.name === 'th').map(cellText));
    const body = rows.slice(1);
    // (a header over at least two columns of scores, and each row a name then scores)
    if (rows.length < 3 || rows[0]!.length < 2 || !body.every((r) => r.length === rows[0]!.length && r.slice(1).every((c) => SCORE_CELL.test(c)))) continue;
    out.push(normalizeSpace(textOfNodes([h])), ...rows.map((r) => r.join(' | ')));
  }
  return out;
}
