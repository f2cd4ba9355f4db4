/** Rows for the based-on.* and works-for.* readings added in round r53c (kept apart so the family files stay short). */
import type { Row } from './row.js';

export const r53cRows: Row[] = [
  // "X는 COMPANY가 낸 Y 파인튜닝 모델": the maker's relative clause between the topic and its base (r53c)
  { rule: 'based-on.topic-maker-released-fine-tune', sentence: '누리-8B는 누리랩이 지난달 낸 Qwen3-8B 파인튜닝 모델이라 원본이랑 나란히 놓았습니다.', expect: ['BASED_ON 누리-8B -> Qwen3-8B', 'DEVELOPED 누리랩 -> 누리-8B'] },
  { rule: 'based-on.topic-maker-released-fine-tune', sentence: '누리-8B는 누리랩이 낸 Qwen3-8B 파인튜닝 모델이 아닙니다.', absent: ['BASED_ON 누리-8B -> Qwen3-8B'] },
  // "X는 Y 기반 모델이라 Z …": the copula ends the reading; the model after it is no head of "Y 기반" (r53c)
  { rule: 'based-on.giban-topic', sentence: '바다-7B는 라마 3 기반 모델이며 솔라 10.7B와 비교됐다.', expect: ['BASED_ON 바다-7B -> 라마 3'], absent: ['BASED_ON 솔라 10.7B -> 라마 3'] },
  { rule: 'based-on.giban-head', sentence: '바다-7B는 라마 3 기반 솔라 10.7B를 썼다.', expect: ['BASED_ON 솔라 10.7B -> 라마 3'] },
  // "(주)X | 대표 NAME | 주소 …": a company's business line (a site's footer) names its head (r53c)
  { rule: 'works-for.business-line-head', sentence: '(주)가람소프트 | 대표이사 문하진 | 경기도 성남시 분당구', expect: ['WORKS_FOR 문하진 -> 가람소프트'], props: ['WORKS_FOR 문하진 -> 가람소프트=대표이사'] },
  { rule: 'works-for.business-line-head', sentence: '(주)가람소프트 | 고문 문하진 | 경기도 성남시 분당구', absent: ['WORKS_FOR 문하진 -> 가람소프트'] },
];
