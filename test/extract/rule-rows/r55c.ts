/** Rows for the readings added in round r55c (kept apart so the family files stay short). */
import type { Row } from './row.js';

export const r55cRows: Row[] = [
  // "Y를 (학생 모델의) 초기 가중치로 골랐다": a subjectless choice of initial weights gives the model in focus its base (r55c)
  { rule: 'based-on.focus-weights-as-initial-values', sentence: '우리 연구실은 이번 달 번역 모델 \'파랑새 4B\'를 내놓았다. 고민 끝에 Gemma 3 4B를 학생 모델의 초기 가중치로 택했다.', expect: ['BASED_ON 파랑새 4B -> Gemma 3 4B'] },
  { rule: 'based-on.focus-weights-as-initial-values', sentence: '우리 연구실은 이번 달 번역 모델 \'파랑새 4B\'를 내놓았다. 결국 Gemma 3 4B의 체크포인트를 초기 가중치로 삼았습니다.', expect: ['BASED_ON 파랑새 4B -> Gemma 3 4B'] },
  { rule: 'based-on.focus-weights-as-initial-values', sentence: '우리 연구실은 이번 달 번역 모델 \'파랑새 4B\'를 내놓았다. Gemma 3 4B를 초기 가중치로 쓰지 않았고 처음부터 학습했다.', absent: ['BASED_ON 파랑새 4B -> Gemma 3 4B'] },
  // "C chief medical officer NAME", "C CTO Dr. NAME": a title spelled out in lower case, or a doctor's title before the name (r55c)
  { rule: 'works-for.en-company-title-name', sentence: 'Corvel Labs released Corvel-Scan 8B on March 3. Corvel Labs chief science officer Han Ji-min said more tests would follow.', expect: ['WORKS_FOR Han Ji-min -> Corvel Labs'] },
  { rule: 'works-for.en-company-title-name', sentence: 'Corvel Labs released Corvel-Scan 8B on March 3. Corvel Labs CTO Dr. Han Ji-min said more tests would follow.', expect: ['WORKS_FOR Han Ji-min -> Corvel Labs'] },
  { rule: 'works-for.en-company-title-name', sentence: "Corvel Labs released Corvel-Scan 8B on March 3. Corvel Labs's former chief science officer Han Ji-min declined to comment.", absent: ['WORKS_FOR Han Ji-min -> Corvel Labs'] },
];
