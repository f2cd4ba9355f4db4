/**
 * A wiki's page comparing two revisions of an article (MediaWiki's "차이", a wiki engine's "r41 → r42 비교"): a table whose
 * rows are context lines, lines the newer revision removed ('-') and lines it added ('+'), marked by the rows' or cells'
 * classes ("ctx"/"del"/"add", "diff-context"/"diff-deletedline"/"diff-addedline"). What the article now says is the
 * context and the added lines; a removed line is text the editors took back, and states nothing.
 * rewriteRevisionDiff() replaces each such table with the current revision's lines as paragraphs (the '+' mark and the
 * wiki markup of bold text taken off, a "== 역사 ==" line made a heading, a Markdown table's lines rows of cells), which the layouts then
 * read as the story. A code review's diff of one file that only adds lines (GitHub's "blob-num" gutter, "addition" rows) is read so too.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { childElements, escapeText, findElements, tableRowsOf, textOfNodes } from './dom.js';
import { normalizeSpace } from './text.js';

type Side = 'removed' | 'added' | 'context';

const REMOVED = /^(?:del|deleted|delete|removed|remove|minus|diff-deletedline|diff-removed|old-line)$/i;
const ADDED = /^(?:add|added|addition|ins|inserted|insert|plus|diff-addedline|diff-added|new-line|blob-code-addition)$/i;
const CONTEXT = /^(?:ctx|context|diff-context|unchanged|equal|same)$/i;
/** A cell holding only a line number or a diff mark ("6", "+", "−"). */
const GUTTER = /^(?:\d{1,5}|[+\-−])?$/;
/** A line's leading diff mark. */
const MARK = /^[+\-−]\s?/;
/** A Markdown table's line ("| a | b | c |") and its rule under the header ("|---|:--:|"). */
const PIPE_LINE = /^\|.*\|$/;
const PIPE_RULE = /^\|(?:\s*:?-{3,}:?\s*\|)+$/;
/** A wiki heading line ("== 역사 ==", "=== 인물 ==="). */
const WIKI_HEADING = /^(={2,5})\s*([^=]{1,80}?)\s*\1$/;

function sideOf(el: Element): Side | undefined {
  const tokens = (el.attribs?.['class'] ?? '').split(/\s+/);
  if (tokens.some((t) => REMOVED.test(t))) return 'removed';
  if (tokens.some((t) => ADDED.test(t))) return 'added';
  if (tokens.some((t) => CONTEXT.test(t))) return 'context';
  return undefined;
}

/** The row's line in the newer revision, or undefined for a removed line (a side-by-side row: its right-hand cell). */
function newerLine(tr: Element): string | undefined {
  const rowSide = sideOf(tr);
  if (rowSide === 'removed') return undefined;
  const cells = tr.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
  let line: string | undefined;
  for (const cell of cells) {
    const side = sideOf(cell) ?? rowSide;
    if (side === 'removed') continue;
    const text = normalizeSpace(textOfNodes([cell]));
    if (GUTTER.test(text)) continue;
    line = text; // (the last one: a side-by-side row's context repeats on the right)
  }
  if (line === undefined) return undefined;
  // (a row marked as added or kept carries its mark in the text: "+ 2026년 …")
  return line.replace(MARK, '').replace(/'''(.+?)'''/g, '$1').replace(/''(.+?)''/g, '$1');
}

/** True when the table marks at least one removed and one added line (rows or cells): a comparison of revisions. */
function isRevisionDiff(rows: Element[]): boolean {
  let removed = false;
  let added = false;
  for (const tr of rows) {
    for (const el of [tr, ...tr.children.filter((c): c is Element => c.type === 'tag')]) {
      const side = sideOf(el);
      if (side === 'removed') removed = true;
      else if (side === 'added') added = true;
    }
    if (removed && added) return true;
  }
  // (a code review's diff of one file that only adds lines: every row numbered in a gutter cell of its own)
  return added && rows.every((tr) => /^\d{1,5}$/.test(normalizeSpace(textOfNodes(childElements(tr).slice(0, 1)))));
}

/** Rewrites each revision-comparison table into the newer revision's paragraphs; false when the page has none. */
export function rewriteRevisionDiff($: CheerioAPI): boolean {
  const tables = findElements($.root().toArray(), (e) => e.name === 'table');
  let rewritten = false;
  for (const table of tables) {
    const rows = tableRowsOf(table);
    if (rows.length < 2 || !isRevisionDiff(rows)) continue;
    const html: string[] = [];
    for (const tr of rows) {
      const line = newerLine(tr);
      if (!line) continue;
      // (a Markdown table's line, "| a | b |", is the plain-text reader's row "a | b"; its rule under the header, "|---|---|", no line)
      if (PIPE_LINE.test(line)) {
        if (!PIPE_RULE.test(line)) html.push(`<p>${escapeText(line.slice(1, -1).split('|').map((c) => c.trim()).join(' | '))}</p>`);
        continue;
      }
      const heading = WIKI_HEADING.exec(line);
      html.push(heading ? `<h3>${escapeText(heading[2]!)}</h3>` : `<p>${escapeText(line)}</p>`);
    }
    $(table).replaceWith(`<div class="revision-text">${html.join('')}</div>`);
    rewritten = true;
  }
  return rewritten;
}
