/**
 * Slide decks converted to text (rows written for these tests, in their own words): a pipe table of
 * scores whose header names a test set no rule knows, beside known benchmarks.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'a header title in a benchmark name\'s shape on the line of known benchmarks titles a benchmark column; its cells are scores',
    text: [
      'DevDay 2027 발표 자료',
      '',
      '평가 결과',
      '',
      ' 모델                 | KMMLU | MedLogic-Pro | CLIcK',
      ' ---------------------+-------+--------------+------',
      ' 한솔-S 7B            | 58.1  | 33.4         | 61.0',
      ' Qwen3-8B (알리바바)  | 60.2  |  –           | 59.7',
    ].join('\n'),
    expect: ['SCORED 한솔-S 7B -> MedLogic-Pro', 'SCORED 한솔-S 7B -> KMMLU', 'SCORED 한솔-S 7B -> CLIcK', 'SCORED Qwen3-8B -> CLIcK', 'DEVELOPED 알리바바 -> Qwen3-8B'],
    edgeProps: ['SCORED 한솔-S 7B -> MedLogic-Pro score=33.4', 'SCORED 한솔-S 7B -> CLIcK score=61', 'SCORED Qwen3-8B -> CLIcK score=59.7'],
    nodes: ['Benchmark:MedLogic-Pro'],
    absent: ['SCORED Qwen3-8B -> MedLogic-Pro'],
  },
  {
    cat: 'an unknown last title on the header line is a title, not the first row\'s model cell (no score read askew)',
    text: ['평가 결과', '', '모델 | KMMLU | HRM8K | Latency-ms', '한솔-S 7B | 58.1 | 44.0 | 1.2', '한솔-S 3B | 50.3 | 39.9 | 0.8'].join('\n'),
    expect: ['SCORED 한솔-S 7B -> HRM8K', 'SCORED 한솔-S 3B -> KMMLU'],
    edgeProps: ['SCORED 한솔-S 7B -> HRM8K score=44', 'SCORED 한솔-S 3B -> KMMLU score=50.3'],
    noNodes: ['Model:Latency-ms', 'Benchmark:Latency-ms'],
  },
];

describe('slide decks as text', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
