/** Rows for the readings added in r59b (a case line's company in development, a models table's base cell, a team lead in a company's own post). */
import type { Row } from './row.js';

export const r59bRows: Row[] = [
  // "X는 … 모델 'M' 개발 과정에서 …": the model the company is developing is its model (r59b)
  { rule: 'developed.subject-in-development', sentence: "업스테이지는 진료 요약 모델 'UP-Care 8B' 개발 과정에서 가명 처리한 기록을 활용했다.", expect: ['DEVELOPED 업스테이지 -> UP-Care 8B'] },
  { rule: 'developed.subject-in-development', sentence: "업스테이지는 진료 요약 모델 'UP-Care 8B' 개발 과정에서 참여하지 않았다.", absent: ['DEVELOPED 업스테이지 -> UP-Care 8B'] },
  // "Y 기반 2세대 모델": a line or cell describing the model in focus as built on Y (r59b)
  { rule: 'based-on.focus-base-noun-phrase', sentence: '누리비전 제품 소개\n\n누리-S 8B 모델\n\nLlama 3 8B 기반 2세대 모델 (서비스 종료)', expect: ['BASED_ON 누리-S 8B -> Llama 3 8B'] },
  { rule: 'based-on.focus-base-noun-phrase', sentence: '누리비전 제품 소개\n\n누리-S 8B 모델\n\nLlama 3 8B 기반 서비스 안내', absent: ['BASED_ON 누리-S 8B -> Llama 3 8B'] },
  // "…팀을 이끌어 주신 NAME 님은": the lead of a unit of the post's own company (r59b)
  { rule: 'works-for.omitted-subject-led-unit', sentence: '안녕하세요, 별무리AI 인재팀 오가람입니다! 이번 달 별무리AI에 두 분이 새로 오셨어요. 지난 3년간 검색모델팀을 이끌어 주신 명도윤 님은 이달 말 팀을 떠나십니다.', expect: ['WORKS_FOR 명도윤 -> 별무리AI'] },
];
