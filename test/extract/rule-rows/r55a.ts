/** Rows for the readings widened in r55a (second round on sets 200 and 201: developer documentation, money and markets pages). */
import type { Row } from './row.js';

export const r55aRows: Row[] = [
  // "X를 베이스로 … 추가 학습(SFT)했으며": the method's Latin gloss between the verb's noun and its ending (r55a)
  { rule: 'based-on.focus-further-trained', sentence: '다람랩은 상담용 모델 다람-상담 2를 내놓았다. 미스트랄의 Mistral 7B를 베이스로 콜센터 기록으로 추가 학습(SFT)했으며, 내부 평가를 통과했다.', expect: ['BASED_ON 다람-상담 2 -> Mistral 7B'] },
  { rule: 'based-on.focus-further-trained', sentence: '다람랩은 상담용 모델 다람-상담 2를 내놓았다. Mistral 7B를 베이스로 추가 학습(SFT)했다는 소문은 사실이 아니다.', absent: ['BASED_ON 다람-상담 2 -> Mistral 7B'] },
  // "M은 B1 s1, B2 s2; M2는 …": a score list closed by a semicolon before the next model's (r55a)
  { rule: 'scored.topic-list-continues', sentence: '새벽소프트의 Saebyeok-L 3은 KMMLU 58.1, KoBEST 77.4; Saebyeok-S 3은 KMMLU 44.9.', expect: ['SCORED Saebyeok-L 3 -> KoBEST'], absent: ['SCORED Saebyeok-S 3 -> KoBEST'], props: ['SCORED Saebyeok-L 3 -> KoBEST=77.4'] },
  // "B 정답률 N점 이상 (… 제출 결과 M점)": a requirement's threshold, then the focus model's own result in brackets (r55a)
  { rule: 'scored.focus-threshold-then-result', sentence: '이번 사업에는 한솔데이터의 한솔-Q 2를 도입한다. 성능 기준은 \'구민상담QA\' 정확도 80점 이상 (납품 전 측정 결과 84.5점)이다.', expect: ['SCORED 한솔-Q 2 -> 구민상담QA'], props: ['SCORED 한솔-Q 2 -> 구민상담QA=84.5'] },
  { rule: 'scored.focus-threshold-then-result', sentence: '이번 사업에는 한솔데이터의 한솔-Q 2를 도입한다. 성능 기준은 \'구민상담QA\' 정확도 80점 이상이다.', absent: ['SCORED 한솔-Q 2 -> 구민상담QA'] },
  // "A …, 회사에서 만든 Y": the word 회사 pointing back to the company the sentence named (r55a)
  { rule: 'developed.company-word-made-after', sentence: '저희 연구 모임은 솔마루 사내 팀이고, 회사에서 만든 SM-Law 9B를 손봐 썼습니다.', expect: ['DEVELOPED 솔마루 -> SM-Law 9B'] },
  { rule: 'developed.company-word-made-after', sentence: '저희 연구 모임은 솔마루 사내 팀이고, 회사에서 만든 SM-Law 9B는 쓰지 않았습니다.', absent: ['DEVELOPED 솔마루 -> SM-Law 9B'] },
];
