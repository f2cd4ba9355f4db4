/** Rows for the readings added in fix222 (year-in-review forms: a timeline table's cells, a columnist's graded predictions, a yearly round-up). */
import type { Row } from './row.js';

export const fix222Rows: Row[] = [
  // "A·B 통과, C 탈락" after the programme's line: the eliminated team took part too (fix222)
  { rule: 'participates.outcome-pair-dropped', sentence: "바다솔은 물류 AI 스타트업이다. '해양 AI 실증 사업' 2차 평가. 네이버·카카오 통과, 바다솔 탈락", expect: ['PARTICIPATES_IN 바다솔 -> 해양 AI 실증 사업'] },
  { rule: 'participates.outcome-pair-dropped', sentence: "바다솔은 물류 AI 스타트업이다. '해양 AI 실증 사업' 2차 평가. 네이버·카카오 통과, 바다솔 탈락 가능성도", absent: ['PARTICIPATES_IN 바다솔 -> 해양 AI 실증 사업'] },
  // "NAME 씨가 X CTO를 그만두고 Y를 이끌고 있다": a person leading a company works there (fix222)
  { rule: 'works-for.person-leads-company', sentence: '한지오 씨가 카카오 CTO를 그만두고 7월부터 네이버를 이끌고 있습니다.', expect: ['WORKS_FOR 한지오 -> 네이버'] },
  { rule: 'works-for.person-leads-company', sentence: '한지오 씨는 네이버를 이끌고 있지 않다.', absent: ['WORKS_FOR 한지오 -> 네이버'] },
  // "X는 Y를 바탕으로 추가 학습한 후속작": a successor built on its predecessor (fix222)
  { rule: 'succeeds.trained-on-successor', sentence: '누리-3은 누리랩의 누리-2를 바탕으로 추가 학습한 후속작입니다.', expect: ['SUCCEEDS 누리-3 -> 누리-2'] },
  { rule: 'succeeds.trained-on-successor', sentence: '누리-3은 누리-2를 바탕으로 추가 학습한 후속작이 아닙니다.', absent: ['SUCCEEDS 누리-3 -> 누리-2'] },
];
