/** Rows for the readings added in fix211 (a mixed week: board threads, notices, event pages, calendars). */
import type { Row } from './row.js';

export const fix211Rows: Row[] = [
  // "A·B, X 공동 수주": a headline's coordinated companies winning or building something jointly are partners (fix211)
  { rule: 'partners.headline-coordinated-joint', sentence: '지난주 업계 소식을 모았다.\n\n가람소프트·별빛데이터, 도서관 AI 검색 사업 공동 수주', expect: ['PARTNERS_WITH 가람소프트 -> 별빛데이터'] },
  { rule: 'partners.headline-coordinated-joint', sentence: '지난주 업계 소식을 모았다.\n\n가람소프트·별빛데이터, 의료 특화 모델 공동 개발', expect: ['PARTNERS_WITH 가람소프트 -> 별빛데이터'] },
  { rule: 'partners.headline-coordinated-joint', sentence: '지난주 업계 소식을 모았다.\n\n가람소프트·별빛데이터, 공동 개발설 부인', absent: ['PARTNERS_WITH 가람소프트 -> 별빛데이터'] },
  { rule: 'partners.headline-coordinated-joint', sentence: '지난주 업계 소식을 모았다.\n\n가람소프트·별빛데이터, 도서관 AI 사업 공동 수주 무산', absent: ['PARTNERS_WITH 가람소프트 -> 별빛데이터'] },
];
