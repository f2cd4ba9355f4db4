/** Rows for the readings added in r61b (a user's own run whose score "came out" for the model run). */
import type { Row } from './row.js';

export const r61bRows: Row[] = [
  // "X를 (…) 돌려 봤는데 BENCH N 나왔습니다": the score of the model the writer ran
  { rule: 'scored.run-then-came-out', sentence: '주말에 Falcon 3 10B를 노트북에서 돌려 봤는데 KMMLU 47.2 나왔습니다.', expect: ['SCORED Falcon 3 10B -> KMMLU'] },
  { rule: 'scored.run-then-came-out', sentence: '집에서 엑사원 3.5를 측정해 보니 HAE-RAE 점수는 66.1점이 나왔어요.', expect: ['SCORED 엑사원 3.5 -> HAE-RAE'] },
  { rule: 'scored.run-then-came-out', sentence: '솔라 프로2를 돌려 봤는데 KMMLU 점수가 잘 안 나왔습니다.', absent: ['SCORED 솔라 프로2 -> KMMLU'] },
];
