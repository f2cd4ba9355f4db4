/**
 * Description lists used as spec sheets: a profile's or a product card's `<dl>` whose `<dt>`s are
 * short labels and whose `<dd>`s are short values ("공개일" / "2026.05.20", "파라미터" / "70억 개").
 * Each pair is read as one "label: value" line, as a card written in text would be, so the label
 * stays with its value. A `<dl>` of questions and answers (long terms or long descriptions) is left
 * as it was: each term and each description a block of its own. A table laid out the same way — every
 * row its header cells each followed by a value cell, `<th>공고명</th><td>…</td><th>수요기관</th><td>…</td>`,
 * as a public notice or a spec sheet prints one — is read the same way, one "label: value" line a pair.
 */
import type { Element } from 'domhandler';
import { normalizeSpace } from './text.js';
import { childElements as elementChildren, previousElement, textOfNodes } from './dom.js';

const MAX_LABEL = 20;
const MAX_VALUE = 80;

/** True when every term of the list is a short label and every description a short value. */
function isSpecList(dl: Element): boolean {
  const items = elementChildren(dl);
  if (items.length < 2 || items.some((c) => c.name !== 'dt' && c.name !== 'dd')) return false;
  if (items[0]!.name !== 'dt' || !items.some((c) => c.name === 'dd')) return false;
  return items.every((c) => {
    const text = normalizeSpace(textOfNodes(c.children));
    if (c.name === 'dd') return text.length <= MAX_VALUE;
    return text !== '' && text.length <= MAX_LABEL && !/[?？]$/.test(text);
  });
}

const cellChildren = (row: Element): Element[] => elementChildren(row).filter((c) => c.name === 'th' || c.name === 'td');

/** The rows of a table (through its thead/tbody/tfoot), or undefined when it holds a nested table's rows or anything else. */
function tableRows(table: Element): Element[] | undefined {
  const rows: Element[] = [];
  for (const c of elementChildren(table)) {
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead') return undefined;
    else if (c.name === 'tbody' || c.name === 'tfoot') rows.push(...elementChildren(c).filter((r) => r.name === 'tr'));
  }
  return rows;
}

const keyValueTables = new WeakMap<Element, boolean>();

/** "#eeeeee", "background: #f2f2f2": a shaded cell, as old layouts mark a label cell written with <td>. */
const SHADED_STYLE = /background(?:-color)?\s*:/i;

/** A label cell: a header cell, or a shaded data cell (an old board's "<td bgcolor="#eeeeee">사 업 명</td>"). */
function isLabelCell(c: Element): boolean {
  return c.name === 'th' || (c.name === 'td' && (c.attribs?.['bgcolor'] !== undefined || SHADED_STYLE.test(c.attribs?.['style'] ?? '')));
}

/** True when every row of the table is label/value pairs: a short header cell, then a data cell, repeated. */
function isKeyValueTable(table: Element): boolean {
  const kept = keyValueTables.get(table);
  if (kept !== undefined) return kept;
  const rows = tableRows(table);
  const ok =
    !!rows &&
    rows.length >= 2 &&
    rows.every((row) => {
      const cells = cellChildren(row);
      if (cells.length < 2 || cells.length % 2 !== 0 || cells.length !== elementChildren(row).length) return false;
      return cells.every((c, i) => {
        if (isLabelCell(c) !== (i % 2 === 0)) return false;
        if (i % 2 === 1) return true;
        const text = normalizeSpace(textOfNodes(c.children));
        return text !== '' && text.length <= MAX_LABEL && !/^[\d.,%\s]+$/.test(text);
      });
    });
  keyValueTables.set(table, ok);
  return ok;
}

/** The table a cell's row belongs to. */
function tableOf(cell: Element): Element | undefined {
  const row = cell.parent as Element | null;
  if (!row || row.type !== 'tag' || row.name !== 'tr') return undefined;
  const up = row.parent as Element | null;
  if (!up || up.type !== 'tag') return undefined;
  if (up.name === 'table') return up;
  const table = up.parent as Element | null;
  return (up.name === 'tbody' || up.name === 'tfoot') && table && table.type === 'tag' && table.name === 'table' ? table : undefined;
}

/** How a cell of a key-value table is read: its header cell a label, the data cell after it the label's value. */
function keyValueCellPart(el: Element): 'label' | 'value' | undefined {
  const table = tableOf(el);
  if (!table || !isKeyValueTable(table)) return undefined;
  return isLabelCell(el) ? 'label' : 'value';
}

/** How an element of a spec list is read: a label (its text, then ": ", no break after it), a value (continuing the label's line), or neither. */
export function specListPart(el: Element): 'label' | 'value' | undefined {
  if (el.name === 'th' || el.name === 'td') return keyValueCellPart(el);
  if (el.name !== 'dt' && el.name !== 'dd') return undefined;
  const parent = el.parent as Element | null;
  if (!parent || parent.type !== 'tag' || parent.name !== 'dl' || !isSpecList(parent)) return undefined;
  if (el.name === 'dt') return 'label';
  // a description continues its label's line only right after it ("dt dd"); a second description of one term starts a line
  return previousElement(el)?.name === 'dt' ? 'value' : undefined;
}

/** A description list's "label: value" lines, one a term and the description after it (a box beside the story read as text). */
export function descriptionLines(dl: Element): string[] {
  const out: string[] = [];
  let label: string | undefined;
  for (const c of elementChildren(dl)) {
    if (c.name === 'dt') label = normalizeSpace(textOfNodes([c]));
    else if (c.name === 'dd' && label) out.push(`${label}: ${normalizeSpace(textOfNodes([c]))}`);
  }
  return out;
}

/** The separator after a label: none when the label already ends in a colon. */
export function labelSeparator(el: Element): string {
  return /[:：]\s*$/.test(normalizeSpace(textOfNodes(el.children))) ? ' ' : ': ';
}

/** A term of two or three short labels joined by slashes ("상호 / 대표자", "Company / CEO"), and the slash between values. */
const PAIRED_LABEL = /^[가-힣A-Za-z ]{1,10}(?:\s?\/\s?[가-힣A-Za-z ]{1,10}){1,2}$/;
const VALUE_SLASH = /\s\/\s/;

/**
 * A contact list that pairs two fields in one term, "<dt>상호 / 대표자</dt><dd>(주)X / 홍길동</dd>" (an app store's or a shop's
 * seller details): split into a term and a description each ("상호: (주)X", "대표자: 홍길동"), as many values as labels.
 */
export function splitPairedTerms(dl: Element, make: (name: 'dt' | 'dd', text: string) => Element[]): void {
  for (const dt of elementChildren(dl).filter((c) => c.name === 'dt')) {
    const dd = elementChildren(dl).find((c) => previousElement(c) === dt);
    if (!dd || dd.name !== 'dd') continue;
    const label = normalizeSpace(textOfNodes([dt]));
    if (!PAIRED_LABEL.test(label)) continue;
    const labels = label.split('/').map((l) => l.trim());
    const values = normalizeSpace(textOfNodes([dd])).split(VALUE_SLASH).map((v) => v.trim());
    if (values.length !== labels.length || values.some((v) => v === '')) continue;
    const parts = labels.flatMap((l, k) => [...make('dt', l), ...make('dd', values[k]!)]);
    const siblings = dl.children;
    const at = siblings.indexOf(dt);
    siblings.splice(at, siblings.indexOf(dd) - at + 1, ...parts);
    for (const [k, p] of siblings.entries()) {
      p.parent = dl;
      p.prev = siblings[k - 1] ?? null;
      p.next = siblings[k + 1] ?? null;
    }
  }
}
