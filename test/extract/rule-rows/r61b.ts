/** Rows for the readings added in r61b (a user's own run whose score "came out" for the model run). */
import type { Row } from './row.js';

export const r61bRows: Row[] = [
  // "X를 (…) 돌려 봤는데 BENCH N 나왔습니다": the score of the model the writer ran
  { rule: 'scored.run-then-came-out', sentence: '비교용으로 저도 같은 설정으로 Qwen2.5-7B-Instruct를 돌려 봤는데 KMMLU 48.6 나왔습니다.', expect: ['SCORED Qwen2.5-7B-Instruct -> KMMLU'] },
  { rule: 'scored.run-then-came-out', sentence: '집에서 엑사원 3.5를 측정해 보니 HAE-RAE 점수는 66.1점이 나왔어요.', expect: ['SCORED 엑사원 3.5 -> HAE-RAE'] },
  { rule: 'scored.run-then-came-out', sentence: '솔라 프로2를 돌려 봤는데 KMMLU 점수가 잘 안 나왔습니다.', absent: ['SCORED 솔라 프로2 -> KMMLU'] },
];
