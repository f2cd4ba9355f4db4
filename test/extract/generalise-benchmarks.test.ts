/** Benchmarks: quoted names a score makes a benchmark, and the benchmark a score sentence is about. */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'benchmark.quoted-evaluation-word',
    text: "한빛AI는 새 모델 '별빛 3'을 공개했다. 별빛 3은 코딩 능력을 보는 '코드마루(CodeMaru)' 평가에서는 55.2점을 받았다.",
    nodes: ['Benchmark:코드마루'],
    expect: ['SCORED 별빛 3 -> 코드마루'],
    edgeProps: ['SCORED 별빛 3 -> 코드마루 score=55.2'],
  },
  {
    cat: 'benchmark.quoted-evaluation-word',
    text: "한빛AI는 '별빛 3'을 공개했다. 수학 문제를 푸는 '셈터(Semteo)' 시험에서 61.4점을 기록했다. 이전 모델 '별빛 2'의 같은 시험 점수는 52.0점이었다.",
    expect: ['SCORED 별빛 3 -> 셈터', 'SCORED 별빛 2 -> 셈터'],
  },
];

describe('benchmark rows (quoted names, the benchmark a score is on)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
