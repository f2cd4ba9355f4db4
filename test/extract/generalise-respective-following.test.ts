/**
 * Generalisation rows for scores given respectively by a second model in the sentence after the first model's scores,
 * the benchmarks left unnamed. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'respective.following',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 3'와 경량판 '누리 바람 3 미니'를 공개했다. 누리 바람 3는 KMMLU에서 70.2점, HAERAE에서 81.5점을 받았다. 누리 바람 3 미니는 각각 61.4점, 72.9점이다.",
    expect: ['SCORED 누리 바람 3 미니 -> KMMLU', 'SCORED 누리 바람 3 미니 -> HAERAE'],
    edgeProps: ['SCORED 누리 바람 3 미니 -> KMMLU score=61.4', 'SCORED 누리 바람 3 미니 -> HAERAE score=72.9'],
  },
  {
    cat: 'respective.following',
    text: "가온랩스는 '가온-12B'와 '가온-3B'를 내놨다. 가온-12B는 KMMLU 65.1점, CLIcK 70.3점을 기록했다. 가온-3B는 각각 55.0점과 60.8점을 받았다.",
    edgeProps: ['SCORED 가온-3B -> KMMLU score=55', 'SCORED 가온-3B -> CLIcK score=60.8'],
  },
  // counts that disagree, or a sentence before that names a benchmark without a score: nothing
  {
    cat: 'respective.following',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 3'와 경량판 '누리 바람 3 미니'를 공개했다. 누리 바람 3는 KMMLU에서 70.2점, HAERAE에서 81.5점을 받았다. 누리 바람 3 미니는 각각 61.4점, 72.9점, 50.1점이다.",
    absent: ['SCORED 누리 바람 3 미니 -> KMMLU', 'SCORED 누리 바람 3 미니 -> HAERAE'],
  },
  {
    cat: 'respective.following',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 3'와 경량판 '누리 바람 3 미니'를 공개했다. 두 모델은 KMMLU와 HAERAE로 평가됐다. 누리 바람 3 미니는 각각 61.4점, 72.9점이다.",
    absent: ['SCORED 누리 바람 3 미니 -> KMMLU', 'SCORED 누리 바람 3 미니 -> HAERAE'],
  },
];

describe('generalise: respective scores of the sentence after', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
