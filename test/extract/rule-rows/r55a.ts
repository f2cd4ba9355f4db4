/** Rows for the readings widened in r55a (second round on sets 200 and 201: developer documentation, money and markets pages). */
import type { Row } from './row.js';

export const r55aRows: Row[] = [
  // "X를 베이스로 … 추가 학습(SFT)했으며": the method's Latin gloss between the verb's noun and its ending (r55a)
  { rule: 'based-on.focus-further-trained', sentence: '다람랩은 상담용 모델 다람-상담 2를 내놓았다. 미스트랄의 Mistral 7B를 베이스로 콜센터 기록으로 추가 학습(SFT)했으며, 내부 평가를 통과했다.', expect: ['BASED_ON 다람-상담 2 -> Mistral 7B'] },
  { rule: 'based-on.focus-further-trained', sentence: '다람랩은 상담용 모델 다람-상담 2를 내놓았다. Mistral 7B를 베이스로 추가 학습(SFT)했다는 소문은 사실이 아니다.', absent: ['BASED_ON 다람-상담 2 -> Mistral 7B'] },
  // "M은 B1 s1, B2 s2; M2는 …": a score list closed by a semicolon before the next model's (r55a)
  { rule: 'scored.topic-list-continues', sentence: '새벽소프트의 Saebyeok-L 3은 KMMLU 58.1, KoBEST 77.4; Saebyeok-S 3은 KMMLU 44.9.', expect: ['SCORED Saebyeok-L 3 -> KoBEST'], absent: ['SCORED Saebyeok-S 3 -> KoBEST'], props: ['SCORED Saebyeok-L 3 -> KoBEST=77.4'] },
];
