/** Rows for the based-on.* and scored.* readings added in round r54a (kept apart so the family files stay short). */
import type { Row } from './row.js';

export const r54aRows: Row[] = [
  // "X는 Y 기반 8B였는데": the base, then the model's own size before the copula (r54a)
  { rule: 'based-on.topic-giban-sized-copula', sentence: '모래랩은 사막별 4를 공개했다. 사막별 4는 사막별 3의 후속 모델이다. 예전 사막별 3은 젬마 2 9B 기반 9B였는데 이번에 판을 바꿨다.', expect: ['BASED_ON 사막별 3 -> 젬마 2 9B'] },
  { rule: 'based-on.topic-giban-sized-copula', sentence: '모래랩은 사막별 4를 공개했다. 사막별 4는 사막별 3의 후속 모델이다. 사막별 3은 젬마 2 9B 기반 9B 모델이 아니었다.', absent: ['BASED_ON 사막별 3 -> 젬마 2 9B'] },
  // "A: Y 베이스에 SFT", "A는 Y 베이스에 DPO를 더했다": what is put on the Y base is built on Y (r54a)
  { rule: 'based-on.label-base-put-on', sentence: '솔잎-3B-Chat: 솔잎-3B 베이스에 DPO + RLHF', expect: ['BASED_ON 솔잎-3B-Chat -> 솔잎-3B'] },
  { rule: 'based-on.label-base-put-on', sentence: '솔잎-3B-Chat은 솔잎-3B 베이스에 대화 데이터로 추가 학습을 했다.', expect: ['BASED_ON 솔잎-3B-Chat -> 솔잎-3B'] },
  { rule: 'based-on.label-base-put-on', sentence: '솔잎-3B-Chat은 솔잎-3B 베이스에 SFT를 한 것이 아니다.', absent: ['BASED_ON 솔잎-3B-Chat -> 솔잎-3B'] },
  // "KMMLU 51.0, HAERAE 66.2 for X": every benchmark and score of a list, then the model they are for (r54a)
  { rule: 'scored.en-bench-pairs-for-model', sentence: 'Measured in-house: KMMLU 51.0, HAERAE 66.2 and CLIcK 58.4 for Tamna-9B-Chat.', expect: ['SCORED Tamna-9B-Chat -> KMMLU', 'SCORED Tamna-9B-Chat -> HAERAE', 'SCORED Tamna-9B-Chat -> CLIcK'] },
  { rule: 'scored.en-bench-pairs-for-model', sentence: 'The card lists KMMLU: 44.8 / HAERAE: 61.9 for Tamna-9B.', expect: ['SCORED Tamna-9B -> KMMLU', 'SCORED Tamna-9B -> HAERAE'] },
];
