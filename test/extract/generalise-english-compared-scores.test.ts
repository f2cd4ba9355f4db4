/**
 * Generalisation rows for English comparisons of scores: a predecessor's pair of scores given "respectively" after its kind
 * ("compared with 80.1 and 70.2 respectively for its predecessor, X"), a benchmark with a descriptive noun after it ("on the
 * AIME 2025 math test"), a benchmark's appositive holding a number ("On X, a set of 1,500 questions, Y scores …"), and a second score on a benchmark
 * named after its description ("and 81.5 on the Korean instruction-following benchmark X").
 * Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'en.compared-pair',
    text: 'Gaon Labs unveiled Gaon-14B on Monday. Gaon Labs said the model scored 88.2 on the AIME 2025 math test and 71.4 on KMMLU, compared with 80.1 and 70.2 respectively for its predecessor, Gaon-7B.',
    expect: ['SCORED Gaon-14B -> AIME 2025', 'SCORED Gaon-14B -> KMMLU', 'SCORED Gaon-7B -> AIME 2025', 'SCORED Gaon-7B -> KMMLU'],
    edgeProps: ['SCORED Gaon-7B -> AIME 2025 score=80.1', 'SCORED Gaon-7B -> KMMLU score=70.2'],
  },
  // a pair given to something that is no model gives nothing
  {
    cat: 'en.compared-pair',
    text: 'Gaon Labs unveiled Gaon-14B on Monday. Gaon Labs said the model scored 88.2 on the AIME 2025 math test and 71.4 on KMMLU, compared with 80.1 and 70.2 respectively for the industry average.',
    absent: ['SCORED Gaon-7B -> KMMLU'],
    edgeProps: ['SCORED Gaon-14B -> KMMLU score=71.4'],
  },
  {
    cat: 'en.on-bench-against',
    text: 'Nuri Soft released Nuri-8B, a legal model. On KLawBench, a public set of 1,500 Korean legal questions, Nuri-8B scores 70.5, versus 58.0 for the original Qwen3-8B.',
    expect: ['SCORED Nuri-8B -> KLawBench', 'SCORED Qwen3-8B -> KLawBench'],
    edgeProps: ['SCORED Qwen3-8B -> KLawBench score=58'],
  },
  // a second score on a benchmark named after its description ("and 81.5 on the Korean instruction-following benchmark X")
  {
    cat: 'en.and-more-described',
    text: 'Gaon Labs released Gaon-14B on Monday. According to a report, Gaon-14B scored 70.2 on KMMLU, the Korean version of the MMLU test, and 81.5 on the Korean instruction-following benchmark Ko-IFEval.',
    edgeProps: ['SCORED Gaon-14B -> KMMLU score=70.2', 'SCORED Gaon-14B -> Ko-IFEval score=81.5'],
    absent: ['SCORED Gaon-14B -> MMLU'],
  },
];

describe('generalise: English compared scores', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
