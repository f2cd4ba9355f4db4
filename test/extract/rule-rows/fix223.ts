/** Rows for the readings added in fix223 (a reader poll's blurbs, a seminar booklet's bullets, a course page's programme). */
import type { Row } from './row.js';

export const fix223Rows: Row[] = [
  // "바탕이 된 모델은 (X의) Y로, …": the base of the model in focus (fix223)
  { rule: 'based-on.focus-became-base-is', sentence: '한울 2 미니는 한울AI가 만든 소형 모델이다. 바탕이 된 모델은 메타의 Llama 3.1 8B로, 요약에 특화했다.', expect: ['BASED_ON 한울 2 미니 -> Llama 3.1 8B'] },
  { rule: 'based-on.focus-became-base-is', sentence: '한울 2 미니는 한울AI가 만든 소형 모델이다. 바탕이 된 모델은 Llama 3.1 8B가 아니다.', absent: ['BASED_ON 한울 2 미니 -> Llama 3.1 8B'] },
  // "'X'를 Y에 … 데이터를 추가 학습하는 방식으로 만들었음" (fix223)
  { rule: 'based-on.object-data-trained-made', sentence: "가람봇은 첫 모델 '가람 7B'를 Qwen2.5-7B에 한국어 데이터를 추가 학습하는 방식으로 만들었음", expect: ['BASED_ON 가람 7B -> Qwen2.5-7B'] },
  { rule: 'based-on.object-data-trained-made', sentence: "가람봇은 첫 모델 '가람 7B'를 Qwen2.5-7B에 한국어 데이터를 추가 학습하는 방식으로 만들지 않았음", absent: ['BASED_ON 가람 7B -> Qwen2.5-7B'] },
  // "(올해 4월) 내놓은 후속 모델 'Y'는": the successor of the model in focus (fix223)
  { rule: 'succeeds.released-successor-focus', sentence: "가람봇은 첫 모델 '가람 7B'를 공개했다. 올해 4월 내놓은 후속 모델 '가람 8B'는 기반을 바꾸었다.", expect: ['SUCCEEDS 가람 8B -> 가람 7B'] },
  { rule: 'succeeds.released-successor-focus', sentence: "가람봇은 첫 모델 '가람 7B'를 공개했다. 경쟁사가 내놓은 모델과 비교하면 '가람 8B'는 아직 부족하다는 평이다.", absent: ['SUCCEEDS 가람 8B -> 가람 7B'] },
  // "X가 (…기업으로) 참여해 선정된 'P'" (fix223)
  { rule: 'participates.joined-then-selected-adnominal', sentence: "본 강좌는 (주)가온랩이 산학협력 기업으로 참여해 선정된 '2027 온라인 강좌 지원사업'으로 제작되었다.", expect: ['PARTICIPATES_IN 가온랩 -> 2027 온라인 강좌 지원사업'] },
  { rule: 'participates.joined-then-selected-adnominal', sentence: "본 강좌는 (주)가온랩이 참여했으나 선정되지 않은 '2027 온라인 강좌 지원사업'의 후속 강좌다.", absent: ['PARTICIPATES_IN 가온랩 -> 2027 온라인 강좌 지원사업'] },
];
