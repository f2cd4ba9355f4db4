/** Rows for the readings added in fix210 (AI in vertical industries: banks, factories, game studios). */
import type { Row } from './row.js';

export const fix210Rows: Row[] = [
  // "M은 A가 아닌 X의 B를 기반으로": not A, but B is the base (fix210)
  { rule: 'based-on.topic-not-other-base', sentence: "보험사 전용 모델 '한울 InsLM 2'는 GPT-4o가 아닌 네이버의 '하이퍼클로바X'를 기반으로 자체 학습한 모델이다.", expect: ['BASED_ON 한울 InsLM 2 -> 하이퍼클로바X'], absent: ['BASED_ON 한울 InsLM 2 -> GPT-4o'] },
  { rule: 'based-on.topic-not-other-base', sentence: "'한울 InsLM 2'는 GPT-4o가 아닌 '엑사원 3.5'를 기반으로 하지 않았다.", absent: ['BASED_ON 한울 InsLM 2 -> 엑사원 3.5'] },
  { rule: 'based-on.topic-not-other-base', sentence: "'한울 InsLM 2'는 GPT-4o가 아닌 '엑사원 3.5'를 기반으로 했을 가능성이 있다.", absent: ['BASED_ON 한울 InsLM 2 -> 엑사원 3.5'] },
];
