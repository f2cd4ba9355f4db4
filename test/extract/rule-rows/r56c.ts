/** Rows for the readings added in round r56c (kept apart so the family files stay short). */
import type { Row } from './row.js';

export const r56cRows: Row[] = [
  // "X도 제출 모델 'Y'에 대해 …": a company's submitted model, the story's programme named before, enters the company in it (r56c)
  { rule: 'participates.submitted-model', sentence: "해양수산부의 '스마트 부두 AI 사업' 평가 결과를 두고 뒷말이 나온다. 가온로보틱스도 제출 모델 '가온-Port 7B'에 대해 자체 학습이라고 밝혀 왔다.", expect: ['PARTICIPATES_IN 가온로보틱스 -> 스마트 부두 AI 사업'] },
  { rule: 'participates.submitted-model', sentence: "해양수산부의 '스마트 부두 AI 사업' 평가 결과를 두고 뒷말이 나온다. 가온로보틱스가 국제 대회에 제출한 '가온-Port 7B'는 3위에 올랐다.", absent: ['PARTICIPATES_IN 가온로보틱스 -> 스마트 부두 AI 사업'] },
];
