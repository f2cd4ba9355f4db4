/**
 * Generalisation rows for an English programme's name written with "program" or "programme" where the gazetteer lists it with
 * "Project": the whole name is the programme, not its shorter prefix ("Sovereign AI"). Every sentence is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'en.programme-name',
    text: 'Gaon Labs was eliminated from the first round of the Sovereign AI Foundation Model programme in January but re-entered through an additional selection, the company said.',
    expect: ['PARTICIPATES_IN Gaon Labs -> Sovereign AI Foundation Model programme'],
    absent: ['PARTICIPATES_IN Gaon Labs -> Sovereign AI'],
    nodes: ['Policy:Sovereign AI Foundation Model programme'],
    noNodes: ['Policy:Sovereign AI'],
  },
  {
    cat: 'en.programme-name',
    text: 'Nuri Soft said it would apply to the Independent AI Foundation Model program next year.',
    noNodes: ['Policy:Independent AI'],
  },
];

describe('generalise: English programme names with program/programme', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
