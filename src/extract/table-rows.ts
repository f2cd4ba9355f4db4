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
