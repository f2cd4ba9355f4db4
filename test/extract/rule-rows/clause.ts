/** Rows for the clause.* rules: sentences in varied phrasings, the facts each must and must not give. */
import type { Row } from './row.js';

export const clauseRows: Row[] = [
  { rule: 'clause.based-on.basis', sentence: "한빛소프트의 '누리-7B'와 추론형 '누리-7B-R'은 모두 구글의 젬마 2 9B를 바탕으로 상담 데이터를 더 학습시킨 모델이다.", expect: ['BASED_ON 누리-7B -> 젬마 2 9B', 'BASED_ON 누리-7B-R -> 젬마 2 9B'] },
  // teams that reached or missed a stage of the programme in context took part in it (h173_03)
  { rule: 'clause.participates.context-programme-stage', sentence: 'AI 바우처 지원사업 1차 평가 결과가 나왔다. 모레, 리벨리온 2개 팀은 2단계에 진출하지 못하였습니다.', expect: ['PARTICIPATES_IN 모레 -> AI 바우처 지원사업', 'PARTICIPATES_IN 리벨리온 -> AI 바우처 지원사업'] },
  { rule: 'clause.participates.context-programme-stage', sentence: 'AI 바우처 지원사업 1차 평가 결과가 나왔다. 모레는 올해 일본 시장에 진출했다.', absent: ['PARTICIPATES_IN 모레 -> AI 바우처 지원사업'] },
];
