/** Rows for the clause.* rules: sentences in varied phrasings, the facts each must and must not give. */
import type { Row } from './row.js';

export const clauseRows: Row[] = [
  { rule: 'clause.based-on.basis', sentence: "한빛소프트의 '누리-7B'와 추론형 '누리-7B-R'은 모두 구글의 젬마 2 9B를 바탕으로 상담 데이터를 더 학습시킨 모델이다.", expect: ['BASED_ON 누리-7B -> 젬마 2 9B', 'BASED_ON 누리-7B-R -> 젬마 2 9B'] },
];
