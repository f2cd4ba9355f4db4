/**
 * A release printed in two languages side by side: a table whose rows pair a paragraph in one
 * language with its translation ("<td lang="en">…</td><td lang="ko">…</td>"). Its cells are the
 * story's paragraphs, not data, so the Korean column is put in the table's place as paragraphs (the
 * English one is the same story again) and the layouts read it as any article body.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { escapeText, findElements } from './dom.js';
import { normalizeSpace } from './text.js';

const HANGUL = /[가-힣]/g;
const LATIN = /[A-Za-z]/g;

/** The share of Hangul and of Latin letters among a text's letters. */
function scripts(text: string): { hangul: number; latin: number } {
  const h = text.match(HANGUL)?.length ?? 0;
  const l = text.match(LATIN)?.length ?? 0;
  const all = h + l || 1;
  return { hangul: h / all, latin: l / all };
}

/** A cell that is a paragraph of prose: long enough, ending as a sentence ends. */
function isProse(text: string): boolean {
  return text.length >= 15 && /[.!?다。]['"”’)]?$/.test(text);
}

/** More tables than this on a page: none is looked into. */
const MAX_TABLES = 20;

/** Replaces each two-column bilingual prose table by its Korean cells as paragraphs; returns how many. */
export function unfoldBilingualTables($: CheerioAPI): number {
  let unfolded = 0;
  // (a release has a table or two; a page of hundreds, nested, is data or junk: looking into each would cost
  // the square of the page. The tables are found by one walk of the tree: a selector query took seconds on
  // a pathological page)
  const tables = findElements([$.root()[0] as AnyNode], (el) => el.name === 'table', MAX_TABLES + 1);
  if (tables.length > MAX_TABLES) return 0;
  for (const table of tables) {
    const rows = $(table).children('thead, tbody, tfoot').children('tr').add($(table).children('tr')).toArray();
    const korean: string[] = [];
    let paired = 0;
    for (const tr of rows) {
      const cells = $(tr).children('td').toArray() as Element[];
      if (cells.length === 0) continue;
      // (a row of one or three cells: no side-by-side release)
      if (cells.length !== 2) {
        paired = -1;
        break;
      }
      const texts = cells.map((c) => normalizeSpace($(c).text()));
      const [a, b] = texts.map(scripts) as [ReturnType<typeof scripts>, ReturnType<typeof scripts>];
      const ko = a.hangul >= 0.6 && b.latin >= 0.8 ? 0 : b.hangul >= 0.6 && a.latin >= 0.8 ? 1 : -1;
      if (ko === -1 || !isProse(texts[ko]!)) continue;
      paired++;
      korean.push(texts[ko]!);
    }
    // most rows pair a paragraph with its translation (a notes row or a contact row may not)
    if (paired < 3 || paired * 3 < rows.length * 2) continue;
    $(table).replaceWith(korean.map((t) => `<p>${escapeText(t)}</p>`).join(''));
    unfolded++;
  }
  return unfolded;
}

