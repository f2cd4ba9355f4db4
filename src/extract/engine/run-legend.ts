/**
 * An experiment tracker's runs table names each row by its run id ("x-7b-v3-final", "baseline-y"), and a note under
 * it says which model each run is ("Runs: x-7b-v3-final = X 7B v3 최종 체크포인트, baseline-y = Y-8B 원본"). The
 * run column is then the table's model column: a run id the note glosses stands for the model the gloss names first,
 * and a run the note leaves out (an ablation, a sweep's other learning rate) is no model's row.
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { findMentions, type KnownName } from './mentions.js';
import type { Cell } from './table-columns.js';
import { GLOSS, RUN_ID } from './discover-run-glosses.js';

/** A run column's title: "Run Name", "Run", "Run ID", "실험명". */
export const RUN_COLUMN = /^(?:Run|실험)(?:\s?(?:ID|name|이름|명))?$/i;

/** The run ids the page's legend lines gloss, each with the model its gloss names first. */
export function runLegend(sentences: Sentence[], rules: RuleSet, known: KnownName[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const s of sentences) {
    if (!s.text.includes('=') || s.text.length > 600) continue;
    for (const g of s.text.matchAll(GLOSS)) {
      if (!RUN_ID.test(g[1]!)) continue;
      const model = findMentions(g[2]!, rules, known).find((m) => m.type === 'Model');
      if (model) out.set(g[1]!, { ...model, aliases: [...model.aliases, g[1]!] });
    }
  }
  return out;
}

/** The cells with each glossed run id read as the model its gloss names. */
export function withRunModels(cells: Cell[], legend: Map<string, Mention>): Cell[] {
  if (!legend.size) return cells;
  return cells.map((c) => {
    const t = (c.text ?? c.mention?.surface ?? c.sentence.text).trim();
    const model = c.kind !== 'number' && c.kind !== 'bench' ? legend.get(t) : undefined;
    return model ? { kind: 'model', mention: model, sentence: c.sentence } : c;
  });
}
