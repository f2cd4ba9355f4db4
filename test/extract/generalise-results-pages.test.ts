/**
 * Results pages, lab posts and newsletters (written for these tests in their own words): a ranked
 * table whose model cells give a Hangul name and its Latin spelling on a second line, a last column
 * titled with a benchmark no list knows, and Hangul names with a size and a hyphenated variant word.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const cells = (...c: string[]) => c.join('\n\n');

const rows: FactRow[] = [
  {
    cat: "a model cell with a Hangul name and its Latin spelling ('솔라 프로2 Solar Pro2') names one model, the Latin spelling its alias",
    text: cells(
      '11월 순위표',
      '순위', '모델', '개발사', 'KMMLU', 'CLIcK',
      '1', '엑사원 4.0 32B EXAONE 4.0 32B', 'LG AI연구원', '70.15', '66.40',
      '2', '솔라 프로2 Solar Pro2', '업스테이지', '68.02', '64.90',
    ),
    expect: ['SCORED 엑사원 4.0 32B -> KMMLU', 'SCORED 엑사원 4.0 32B -> CLIcK', 'SCORED 솔라 프로2 -> KMMLU', 'SCORED 솔라 프로2 -> CLIcK'],
    edgeProps: ['SCORED 솔라 프로2 -> CLIcK score=64.9'],
  },
  {
    cat: "a last column titled with a hyphenated name no list knows ('바다-지시평가') after benchmark columns is one more benchmark, not a model",
    text: cells(
      '표 2. 이달의 평가',
      '순위', '모델', '개발사', 'KMMLU', 'HAERAE', '바다-지시평가',
      '1', '솔라 프로2', '업스테이지', '61.20', '70.40', '77.10',
      '2', 'A.X 4.0', 'SK텔레콤', '59.75', '68.30', '74.25',
    ),
    nodes: ['Benchmark:바다-지시평가'],
    noNodes: ['Model:바다-지시평가'],
    expect: ['SCORED 솔라 프로2 -> 바다-지시평가', 'SCORED A.X 4.0 -> 바다-지시평가', 'SCORED A.X 4.0 -> HAERAE'],
    edgeProps: ['SCORED A.X 4.0 -> 바다-지시평가 score=74.25', 'SCORED 솔라 프로2 -> KMMLU score=61.2'],
  },
  {
    cat: "a first row whose model has a hyphen ('누리-3') under a header that fits without it stays a row, not a benchmark title",
    text: cells(
      '모델', 'KMMLU', 'HAERAE',
      '누리-3', '55.10', '61.00',
      '솔라 프로2', '61.20', '70.40',
    ),
    noNodes: ['Benchmark:누리-3'],
    expect: ['SCORED 솔라 프로2 -> KMMLU'],
  },
  {
    cat: "a Hangul name with a size and a hyphenated variant word ('바람-9B-인스트럭트가') is the whole name",
    text: '수학 평가에서는 가온랩스가 공개한 바람-9B-인스트럭트가 가장 높은 점수를 받았다.',
    nodes: ['Model:바람-9B-인스트럭트'],
    noNodes: ['Model:바람-9B'],
  },
];

describe('results pages: bilingual model cells, unknown benchmark titles, hyphenated variant words', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
