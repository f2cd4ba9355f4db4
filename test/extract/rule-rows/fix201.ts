/** Rows for the readings added or widened in fix201 (money and markets outside news: filings, notices, fund reports). */
import type { Row } from './row.js';

export const fix201Rows: Row[] = [
  // "X는 C가 Z를 기반으로 … 학습한 모델(N억 파라미터)로": the model's size in parentheses before the copula's connective (fix201)
  { rule: 'developed.topic-made-on-base-copula', sentence: '별하-9는 누리웍스가 구글의 Gemma 2 9B를 기반으로 상담 기록을 추가 학습한 모델(90억 파라미터)로, 구청 서버에 설치됐다.', expect: ['DEVELOPED 누리웍스 -> 별하-9'] },
  { rule: 'based-on.topic-made-on-base-copula', sentence: '별하-9는 누리웍스가 구글의 Gemma 2 9B를 기반으로 상담 기록을 추가 학습한 모델(90억 파라미터)로, 구청 서버에 설치됐다.', expect: ['BASED_ON 별하-9 -> Gemma 2 9B'] },
  { rule: 'based-on.topic-made-on-base-copula', sentence: '별하-9는 누리웍스가 구글의 Gemma 2 9B를 기반으로 학습한 모델(90억 파라미터)이 아니다.', absent: ['BASED_ON 별하-9 -> Gemma 2 9B'] },
  // "Y를 공개했는데, Z를 바탕으로 … 추가 학습한 N 파라미터 모델이며": the model released is the one trained on Z (fix201)
  { rule: 'based-on.released-then-further-trained', sentence: '솔내랩스는 지난달 자체 모델 솔내-8를 선보였는데, 구글의 Gemma 3 12B를 바탕으로 법률 문서를 추가 학습한 120억 파라미터 모델이며 가중치도 풀었다.', expect: ['BASED_ON 솔내-8 -> Gemma 3 12B'] },
  { rule: 'based-on.released-then-further-trained', sentence: '솔내랩스는 지난달 자체 모델 솔내-8를 선보였는데, 구글의 Gemma 3 12B를 바탕으로 법률 문서를 추가 학습한 모델은 아니다.', absent: ['BASED_ON 솔내-8 -> Gemma 3 12B'] },
  // "A는 B(Latin)와 Y를 공동 개발해": the partner's Latin gloss before the particle (fix201)
  { rule: 'developed.partner-made-together', sentence: '한편 누리웍스는 미르소프트(Mir Soft)와 물류 특화 모델 Mir-Port 2를 공동 개발해 항만에 쓰고 있다.', expect: ['DEVELOPED 미르소프트 -> Mir-Port 2', 'DEVELOPED 누리웍스 -> Mir-Port 2'] },
  { rule: 'developed.partner-made-together', sentence: '한편 누리웍스는 미르소프트(Mir Soft)와 물류 특화 모델 Mir-Port 2를 공동 개발하지 않았다.', absent: ['DEVELOPED 미르소프트 -> Mir-Port 2'] },
  { rule: 'succeeds.model-then-its-successor', sentence: '봄비 1이 Qwen3-8B를 기반으로 했다는 점만으로 그 후속 모델인 봄비 2도 같은 기반이라고 볼 수는 없다.', absent: ['SUCCEEDS 봄비 2 -> Qwen3-8B'] },
];
