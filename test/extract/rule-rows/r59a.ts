/** Rows for the readings added in r59a (a headline 'A·B, … X 공동 개발' naming both makers of a model). */
import type { Row } from './row.js';

export const r59aRows: Row[] = [
  // "A·B, … X 공동 개발" as a headline, or quoted after '제목이': both companies made the model
  { rule: 'developed.headline-coordinated-joint', sentence: "지난주 업계 소식을 모았다.\n\n가람소프트·별빛데이터, 법률 상담 모델 '누리-법률 7B' 공동 개발", expect: ['DEVELOPED 가람소프트 -> 누리-법률 7B', 'DEVELOPED 별빛데이터 -> 누리-법률 7B'] },
  { rule: 'developed.headline-coordinated-joint', sentence: "보도자료의 제목이 '가람소프트·별빛데이터, 누리-법률 7B 공동 개발'이었다.", expect: ['DEVELOPED 가람소프트 -> 누리-법률 7B', 'DEVELOPED 별빛데이터 -> 누리-법률 7B'] },
  { rule: 'developed.headline-coordinated-joint', sentence: "지난주 업계 소식을 모았다.\n\n가람소프트·별빛데이터, '누리-법률 7B' 공동 개발설 부인", absent: ['DEVELOPED 가람소프트 -> 누리-법률 7B', 'DEVELOPED 별빛데이터 -> 누리-법률 7B'] },
];
