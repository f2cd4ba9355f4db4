/** Rows for the readings added or widened in fix201 (money and markets outside news: filings, notices, fund reports). */
import type { Row } from './row.js';

export const fix201Rows: Row[] = [
  // "X는 C가 Z를 기반으로 … 학습한 모델(N억 파라미터)로": the model's size in parentheses before the copula's connective (fix201)
  { rule: 'developed.topic-made-on-base-copula', sentence: '별하-9는 누리웍스가 구글의 Gemma 2 9B를 기반으로 상담 기록을 추가 학습한 모델(90억 파라미터)로, 구청 서버에 설치됐다.', expect: ['DEVELOPED 누리웍스 -> 별하-9'] },
  { rule: 'based-on.topic-made-on-base-copula', sentence: '별하-9는 누리웍스가 구글의 Gemma 2 9B를 기반으로 상담 기록을 추가 학습한 모델(90억 파라미터)로, 구청 서버에 설치됐다.', expect: ['BASED_ON 별하-9 -> Gemma 2 9B'] },
  { rule: 'based-on.topic-made-on-base-copula', sentence: '별하-9는 누리웍스가 구글의 Gemma 2 9B를 기반으로 학습한 모델(90억 파라미터)이 아니다.', absent: ['BASED_ON 별하-9 -> Gemma 2 9B'] },
];
