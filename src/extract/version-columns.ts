/**
 * A version-history table of one model line ("버전 | 배포 | 기반 모델 | 점수 | 비고" over rows "3.0 | 2026.11 | …"): its version
 * column's cells are bare versions of the line the page names in full ("X 3.0"). Each such cell names the model "X <version>":
 * it points back to the model where the page names it in full, and names a new one (its full name an alias) where only the
 * table does; the bare version written alone in the page's notes ("※ 3.1-S는 3.1을 …") is read the same way.
 */
import { normalizeName } from '../graph/index.js';
import type { Sentence } from '../parse/types.js';
import type { KnownName } from './engine/known-names.js';

/** A version column's title. */
const VERSION_TITLE = /^(?:버전|모델\s?버전|릴리스|Version|Release)$/i;
/** A bare version cell: "4.0", "v3.1", "3.1-S", "3.1 Lite" (no size, no date). */
const BARE_VERSION = /^v?(\d{1,2}\.\d{1,2})(?:[-\s](?:[A-Z]{1,2}|Lite|Mini|Pro|Plus|Base|Instruct))?$/;
/** A known name of a model line with its version at the end ("X 3.0", "X-3.0", "X v3.0"): the line's stem and separator. */
const VERSIONED_NAME = /^(.*?[^\s-])(\s|-|\sv)(\d{1,2}\.\d{1,2})$/;
/** A table cell: a short line (a header's or a row's). */
const CELL_MAX = 40;

/** The model names of version-history tables' version cells, and the bare versions pointing back to them. */
export function versionColumnNames(sentences: readonly Sentence[], known: readonly KnownName[]): KnownName[] {
  const titleAt = sentences.findIndex((s) => s.block === 'body' && VERSION_TITLE.test(s.text.trim()));
  if (titleAt < 0) return [];
  const versions = versionCells(sentences, titleAt);
  if (versions.length < 2) return [];
  const stem = lineStem(versions, known);
  if (!stem) return [];
  const out: KnownName[] = [];
  const taken = new Set(known.map((k) => k.name));
  for (const v of versions) {
    const name = `${stem.head}${stem.sep}${v}`;
    const full = known.find((k) => k.name === name && k.type === 'Model');
    // (a version the page names in full elsewhere points back to that model; one only the table names is named by its cell)
    if (!taken.has(v)) out.push(full ? { name: v, type: 'Model', key: full.key, reference: true } : { name: v, type: 'Model', key: `model:~${normalizeName(name)}`, aliasOf: name });
    taken.add(v);
  }
  return out;
}

/** The bare versions in the version column of the table whose header holds the title at `titleAt`. */
function versionCells(sentences: readonly Sentence[], titleAt: number): string[] {
  const isCell = (s: Sentence | undefined): boolean => !!s && s.block === 'body' && s.text.trim().length <= CELL_MAX;
  let start = titleAt;
  while (isCell(sentences[start - 1]) && !BARE_VERSION.test(sentences[start - 1]!.text.trim()) && titleAt - start < 12) start--;
  let end = titleAt + 1;
  while (isCell(sentences[end]) && !BARE_VERSION.test(sentences[end]!.text.trim()) && end - start < 12) end++;
  const width = end - start, column = titleAt - start;
  if (width < 2) return [];
  const out: string[] = [];
  for (let row = end; row + width <= sentences.length; row += width) {
    const cells = sentences.slice(row, row + width);
    if (!cells.every(isCell)) break;
    const v = cells[column]!.text.trim();
    if (!BARE_VERSION.test(v)) break;
    out.push(v.replace(/^v/, '').replace(/\s/, '-'));
  }
  return out;
}

/** The stem of the page's versioned model names that one of the table's versions completes ("X" of "X 3.0" for a "3.0" cell). */
function lineStem(versions: readonly string[], known: readonly KnownName[]): { head: string; sep: string } | undefined {
  for (const k of known) {
    if (k.type !== 'Model' || k.reference) continue;
    const m = VERSIONED_NAME.exec(k.name);
    if (m && versions.includes(m[3]!)) return { head: m[1]!, sep: m[2]! };
  }
  return undefined;
}
