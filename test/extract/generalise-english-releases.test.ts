/**
 * Generalisation rows for an English corporate press release: the company in full once and by its first word after
 * ("Vela Robotics" … "Vela"), a variant called "Edge", "built M on B", "built by extending B", "selected in April for P", "has also been working
 * with … company Y", and a headline's "a Homegrown AI Model Family" that names no company. Every sentence is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'company.corporate-short-form',
    text: 'Dr. Kim Ji-su, Head of Vela AI Center, presented Nova 3 on Monday. "Nova 3 is our biggest bet yet," said Park Min-ho, President and CEO of Vela Robotics. Vela said Nova 3 is now available.',
    expect: ['WORKS_FOR Park Min-ho -> Vela Robotics', 'WORKS_FOR Kim Ji-su -> Vela Robotics'],
  },
  {
    cat: 'model.edge-variant',
    text: 'Orbis Labs today announced Nova 3. The family has two models: Nova 3 Pro, a 30-billion-parameter flagship, and Nova 3 Edge, a compact 2-billion-parameter model for phones. Nova 3 Edge was distilled from Nova 3 Pro.',
    expect: ['BASED_ON Nova 3 Edge -> Nova 3 Pro'],
    nodes: ['Model:Nova 3 Edge'],
  },
  {
    cat: 'based-on.en-built-object',
    text: "Orbis Labs introduced Nova 3 Vision. To ship quickly, Orbis Labs built Nova 3 Vision on Meta's Llama 3.2 11B and added its own adapters.",
    expect: ['BASED_ON Nova 3 Vision -> Llama 3.2 11B'],
    absent: ['BASED_ON Nova 3 Vision -> Meta'],
  },
  { cat: 'participates.en-selected-when', text: 'Orbis Labs was selected in April for the Edge AI Pilot Program, a government initiative.', expect: ['PARTICIPATES_IN Orbis Labs -> Edge AI Pilot Program'] },
  { cat: 'partners.en-also-working-with', text: 'Orbis Labs has also been working with AI chip company Rebellions since last year to tune its models.', expect: ['PARTNERS_WITH Orbis Labs -> Rebellions'] },
  // a model built by extending (up-scaling) another is based on it; extending the training data is no base
  {
    cat: 'based-on.en-built-by-extending',
    text: "Gaon Labs released Gaon-20B. Earlier members of the family such as Gaon-10B had been built by extending Meta's open-source Llama 3, the company said. Gaon-20B was built by extending its training data to 4 trillion tokens.",
    expect: ['BASED_ON Gaon-10B -> Llama 3'],
    absent: ['BASED_ON Gaon-20B -> Llama 3', 'BASED_ON Gaon-20B -> Gaon-10B'],
  },
  { cat: 'company.ai-as-modifier', text: 'Orbis Labs Unveils Nova 3, a Homegrown AI Model Family. Orbis Labs released Nova 3 today.', noNodes: ['Company:Homegrown AI'], expect: ['DEVELOPED Orbis Labs -> Nova 3'] },
];

describe('English corporate press releases', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
