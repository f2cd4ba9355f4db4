/**
 * Generalisation rows for layouts and phrasings met in a held-out set of live blogs, photo pages,
 * text dumps, model cards and reports. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'scored.row-with-owner-paren',
    text: '엑사원 4.0(LG AI연구원): KMMLU 77.1 / KMMLU-Pro 66.3',
    expect: ['SCORED 엑사원 4.0 -> KMMLU', 'SCORED 엑사원 4.0 -> KMMLU-Pro'],
    edgeProps: ['SCORED 엑사원 4.0 -> KMMLU score=77.1', 'SCORED 엑사원 4.0 -> KMMLU-Pro score=66.3'],
  },
  {
    cat: 'scored.row-slash',
    text: '솔라 프로 2: HAE-RAE 81.4 / KMMLU 70.9',
    expect: ['SCORED 솔라 프로 2 -> HAE-RAE', 'SCORED 솔라 프로 2 -> KMMLU'],
    edgeProps: ['SCORED 솔라 프로 2 -> KMMLU score=70.9'],
  },
];

describe('generalisation rows (set-13 layouts and phrasings)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
