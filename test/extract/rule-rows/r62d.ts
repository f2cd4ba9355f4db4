/** Rows for r62d's readings: co-selected teams listed "B와 함께" before a selection, and a topic model a company further trained on a base. */
import type { Row } from './row.js';

export const r62dRows: Row[] = [
  // companies listed "B와 함께" before what the subject is ("… 1차 관문을 통과한 정예팀이다"): co-selected, each takes part
  { rule: 'participates.together-selected-copula', sentence: "카카오는 가온랩스, 솔빛랩스와 함께 '지역 AI 거점 사업' 1차 관문을 통과한 정예팀이다.", expect: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업', 'PARTICIPATES_IN 솔빛랩스 -> 지역 AI 거점 사업'], absent: ['PARTNERS_WITH 가온랩스 -> 카카오'] },
  { rule: 'participates.together-selected-copula', sentence: "카카오는 가온랩스와 함께 '지역 AI 거점 사업' 1차 관문을 통과한 정예팀이라는 관측이 나온다.", absent: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업', 'PARTNERS_WITH 가온랩스 -> 카카오'] },
  // (the team word itself standing for the programme named before: "… 관문을 통과한 정예팀이다")
  { rule: 'participates.together-selected-team', sentence: "정부는 '지역 AI 거점 사업'을 시작했다. 카카오는 가온랩스와 함께 1차 관문을 통과한 정예팀이다.", expect: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업'], absent: ['PARTNERS_WITH 가온랩스 -> 카카오'] },
  { rule: 'participates.together-selected-team', sentence: "정부는 '지역 AI 거점 사업'을 시작했다. 카카오는 가온랩스와 함께 1차 관문을 통과한 정예팀이 아니다.", absent: ['PARTICIPATES_IN 가온랩스 -> 지역 AI 거점 사업', 'PARTNERS_WITH 가온랩스 -> 카카오'] },
  // "X는 C가 Y에 … 추가 학습한 모델이다": the topic model's base
  { rule: 'based-on.topic-further-trained-copula', sentence: '달무리-10.8B는 한빛소프트가 SOLAR-10.7B에 추가 학습한 모델이다.', expect: ['BASED_ON 달무리-10.8B -> SOLAR-10.7B'] },
  { rule: 'based-on.topic-further-trained-copula', sentence: '달무리-10.8B는 한빛소프트가 SOLAR-10.7B에 추가 학습한 모델이 아니다.', absent: ['BASED_ON 달무리-10.8B -> SOLAR-10.7B'] },
];
