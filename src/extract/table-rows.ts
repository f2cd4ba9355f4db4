/**
 * Rows of a text table ("2 | X Lite 개발 | · Y를 교사 모델로 한 증류로 개발 · 5월 20일 공개 · KMMLU
 * 49.5점"): a name cell, then a cell of short items without subjects. Each item is a statement about
 * the row's named model, as each line of a spec card is about its heading: the items are read as
 * sentences of their own, and the model of the name cell is what they are about.
 */
import type { Block, Sentence } from '../parse/types.js';
import type { Mention } from './types.js';

/** An item mark inside a cell: a middle dot (or bullet) between spaces, not the dot of "A·B". */
const ITEM_MARK = /\s[·•∙]\s/;
const CELL_BAR = / \| /g;

/** True for a block written as a text-table row: three or more cells between bars. */
function isRowBlock(b: Block): boolean {
  return (b.text.match(CELL_BAR)?.length ?? 0) >= 2;
}

/** Splits the sentences of table rows at the items of their cells; other sentences come back as they are. */
export function rowItemSplitter(blocks: Block[]): (s: Sentence) => Sentence[] {
  const rows = blocks.filter(isRowBlock);
  return (s) => {
    if (!rows.some((b) => b.start <= s.start && s.end <= b.end) || !ITEM_MARK.test(s.text)) return [s];
    // each item without its mark: "2 | X Lite 개발 |", "Y를 교사 모델로 한 증류로 개발", …
    const marks = [...s.text.matchAll(new RegExp(ITEM_MARK.source, 'g'))];
    const spans = [0, ...marks.flatMap((m) => [m.index!, m.index! + m[0].length]), s.text.length];
    const out: Sentence[] = [];
    for (let k = 0; k < spans.length; k += 2) {
      const part = s.text.slice(spans[k], spans[k + 1]);
      const from = spans[k]! + part.length - part.trimStart().length;
      const text = part.trim();
      if (text) out.push({ ...s, text, start: s.start + from, end: s.start + from + text.length });
    }
    return out;
  };
}

/**
 * "2 | X Lite 개발 |": the model a table row's name cell names, when the sentence is a row's head (its
 * cells before the items) and that cell names one model and nothing else of its kind.
 */
export function rowHeadModel(text: string, mentions: Mention[]): Mention | undefined {
  if (!/\|\s*$/.test(text) || (text.match(CELL_BAR)?.length ?? 0) < 1) return undefined;
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'blocked');
  return models.length === 1 ? models[0] : undefined;
}

/** A row's deal cell that makes the counterparty a partner ("공동 개발 협약", "업무협약", "전략적 제휴"). */
const JOINT_DEAL = /공동\s?(?:개발|연구)|업무\s?협약|MOU|전략적\s?제휴|제휴\s?협약|파트너십/;
/** …and one that makes it a customer or a supplier only. */
const SUPPLY_DEAL = /공급\s?계약|라이선스|임차|구매|판매|용역/;
/** A row's note that the filer took part in the programme ("공급기업 선정", "공모 지원", "수행"). */
const TOOK_PART = /선정|참여|수행|참가|신청|지원(?!금)/;
const NOT_TAKEN = /불참|미참여|참여\s?(?:포기|철회)|지원\s?(?:포기|철회)/;

/**
 * The rows of a filing's tables of contracts and of government programmes ("㈜X | 공동 개발 협약 | 기간",
 * "Y 지원사업 | 과기정통부 | 공급기업 선정"): the counterparty a partner of the filer, the programme one
 * the filer takes part in. Only a row whose first cell names that one company or programme.
 */
export function filerRowFact(text: string, mentions: Mention[]): { relation: 'PARTNERS_WITH' | 'PARTICIPATES_IN'; target: Mention } | undefined {
  const cells = text.split(CELL_BAR);
  if (cells.length < 3) return undefined;
  const first = cells[0]!.length;
  const inFirst = mentions.filter((m) => m.start < first && m.via !== 'blocked' && m.via !== 'reference');
  if (inFirst.length !== 1 || !/^[\s㈜(주)]*$/.test(text.slice(0, inFirst[0]!.start)) || text.slice(inFirst[0]!.end, first).trim() !== '') return undefined;
  const rest = cells.slice(1).join(' | ');
  const target = inFirst[0]!;
  if (target.type === 'Company' && JOINT_DEAL.test(rest) && !SUPPLY_DEAL.test(rest)) return { relation: 'PARTNERS_WITH', target };
  if (target.type === 'Policy' && TOOK_PART.test(rest) && !NOT_TAKEN.test(rest)) return { relation: 'PARTICIPATES_IN', target };
  return undefined;
}

/** The focus before a text table's rows, whether the last sentence was one of them, and the row blocks (by start) (see `focusPastTable`). */
export interface TableFocus { inRows: boolean; before?: Mention; rows: readonly Block[] }

/** A fresh state for `focusPastTable` over the page's blocks. */
export function tableFocusOf(blocks: readonly Block[]): TableFocus {
  return { inRows: false, rows: blocks.filter(isRowBlock).sort((a, b) => a.start - b.start) };
}

/** True for a sentence inside a row block (a row, or an item its cell was split into), found by binary search. */
function inRowBlock(rows: readonly Block[], s: Sentence): boolean {
  let lo = 0, hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, b = rows[mid]!;
    if (b.end < s.end) lo = mid + 1;
    else if (b.start > s.start) hi = mid - 1;
    else return true;
  }
  return false;
}

/** "| A | 1 | 2 |": a sentence written as a text-table row (cells between bars, the last bar closing it). */
function isRowSentence(text: string): boolean {
  return /\|\s*$/.test(text) && (text.match(CELL_BAR)?.length ?? 0) >= 1;
}

/**
 * A table's rows are each about their own name cell's model; the last row's (often a model listed for comparison, "Y (참고)")
 * is no topic of the text after the table: a sentence after the rows (and the items of their cells) that moves the focus
 * nowhere gives back the one before them.
 */
export function focusPastTable(state: TableFocus, s: Sentence, carried: Mention | undefined, next: Mention | undefined): Mention | undefined {
  const row = isRowSentence(s.text) || inRowBlock(state.rows, s);
  if (row && !state.inRows) state.before = carried;
  const out = !row && state.inRows && next === carried ? state.before : next;
  state.inRows = row;
  return out;
}
