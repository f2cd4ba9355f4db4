/** Rows for the readings added in fix211 (a mixed week: board threads, notices, event pages, calendars). */
import type { Row } from './row.js';

export const fix211Rows: Row[] = [
  // "A·B, X 공동 수주": a headline's coordinated companies winning or building something jointly are partners (fix211)
  { rule: 'partners.headline-coordinated-joint', sentence: '지난주 업계 소식을 모았다.\n\n가람소프트·별빛데이터, 도서관 AI 검색 사업 공동 수주', expect: ['PARTNERS_WITH 가람소프트 -> 별빛데이터'] },
  { rule: 'partners.headline-coordinated-joint', sentence: '지난주 업계 소식을 모았다.\n\n가람소프트·별빛데이터, 의료 특화 모델 공동 개발', expect: ['PARTNERS_WITH 가람소프트 -> 별빛데이터'] },
  { rule: 'partners.headline-coordinated-joint', sentence: '지난주 업계 소식을 모았다.\n\n가람소프트·별빛데이터, 공동 개발설 부인', absent: ['PARTNERS_WITH 가람소프트 -> 별빛데이터'] },
  { rule: 'partners.headline-coordinated-joint', sentence: '지난주 업계 소식을 모았다.\n\n가람소프트·별빛데이터, 도서관 AI 사업 공동 수주 무산', absent: ['PARTNERS_WITH 가람소프트 -> 별빛데이터'] },
  // "X가 허깅페이스에 올린 M": a company uploading a model to a hub released it (fix211)
  { rule: 'developed.uploaded-to-hub', sentence: '지난주에 바람길랩스가 허깅페이스에 올린 바람-Q 3(Baram-Q 3) 주말 내내 돌려봤다.', expect: ['DEVELOPED 바람길랩스 -> 바람-Q 3'] },
  { rule: 'developed.uploaded-to-hub', sentence: '바람길랩스는 어제 허깅페이스에 새로 올린 소리결-T 2 모델의 가중치를 공개 전환했다.', expect: ['DEVELOPED 바람길랩스 -> 소리결-T 2'] },
  { rule: 'developed.uploaded-to-hub', sentence: '바람길랩스가 허깅페이스에 올렸다는 소문이 돈 소리결-T 2는 가짜 파일로 드러났다.', absent: ['DEVELOPED 바람길랩스 -> 소리결-T 2'] },
  // "X와 협업한다는 기사": a partnership only a reported article claims is no fact (claim cue, fix211)
  { rule: 'partners.with-verb', sentence: '바람길랩스가 누리클라우드랑 협업한다는 기사 있던데 그건 서버 임대 계약이라고 정정됨.', absent: ['PARTNERS_WITH 바람길랩스 -> 누리클라우드'] },
  { rule: 'partners.with-verb', sentence: '바람길랩스가 누리클라우드와 협업한다는 뉴스가 돌았지만 양사는 부인했다.', absent: ['PARTNERS_WITH 바람길랩스 -> 누리클라우드'] },
];
