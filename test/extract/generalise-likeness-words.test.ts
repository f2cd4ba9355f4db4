/**
 * Generalisation rows: a known model's name joined by a hyphen to a likeness suffix ("a Llama-style architecture",
 * "GPT-4-class results") is an adjective, no model of its own; a hyphenated name that goes on with name parts still is one.
 * Each row is a short article written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  { cat: 'model.likeness-suffix', text: 'Garam Soft released Sora 2 on Monday. "We used a Llama-style architecture but trained every weight ourselves," its CEO said.', noNodes: ['Model:Llama-style'] },
  { cat: 'model.likeness-suffix', text: 'Garam Soft said its new model gave GPT-4-class answers on coding tasks.', noNodes: ['Model:GPT-4-class'] },
  { cat: 'model.likeness-suffix', text: 'Garam Soft released DeepSeek-R1-Distill-Qwen-14B for local use on Monday.', nodes: ['Model:DeepSeek-R1-Distill-Qwen-14B'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
