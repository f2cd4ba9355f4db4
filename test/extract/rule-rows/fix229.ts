/** Rows for the readings added in fix229 (public-sector documents: a base whose weights initialised the model). */
import type { Row } from './row.js';

export const fix229Rows: Row[] = [
  // "X은 … Y 모델 가중치 일부로 초기화한 뒤 추가 학습한 모델": the topic's base (fix229)
  { rule: 'based-on.initialised-from-weights', sentence: '한울봇 2.0은 기술보고서상 메타의 Llama 3.1 모델 가중치 일부로 초기화한 뒤 추가 학습한 모델로 확인됨', expect: ['BASED_ON 한울봇 2.0 -> Llama 3.1'] },
  { rule: 'based-on.initialised-from-weights', sentence: '한울봇 2.0은 메타의 Llama 3.1 가중치로 초기화하지 않고 처음부터 학습한 모델이다.', absent: ['BASED_ON 한울봇 2.0 -> Llama 3.1'] },
];
