/** Rows for the readings added in r58d (a company that went through or used a named scheme; the same told with "이를" after the scheme's topic; a résumé line's joint agreement). */
import type { Row } from './row.js';

export const r58dRows: Row[] = [
  // "A와 B 등은 'P'를 거쳐 …", "A는 'P'를 활용해 …": companies that went through or used a scheme take part in it (r58d)
  { rule: 'participates.went-through-scheme', sentence: "금융위원회는 지난해 '개인정보 사전심사제'를 도입했다. 한빛소프트와 도담랩스 등은 '개인정보 사전심사제'를 거쳐 새 서비스를 내놨다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 개인정보 사전심사제', 'PARTICIPATES_IN 도담랩스 -> 개인정보 사전심사제'] },
  { rule: 'participates.went-through-scheme', sentence: "도담랩스는 정부의 '클라우드 이용 바우처 지원사업'을 활용해 학습용 GPU를 빌렸다.", expect: ['PARTICIPATES_IN 도담랩스 -> 클라우드 이용 바우처 지원사업'] },
  { rule: 'participates.went-through-scheme', sentence: "금융위원회는 지난해 '개인정보 사전심사제'를 도입했다. 한빛소프트는 '개인정보 사전심사제'를 이용해 보지 않았다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 개인정보 사전심사제'] },
  // "이 제도는 … 절차로, A와 B 등이 이를 거쳐 …": "이를" is the scheme the sentence's topic points back to (r58d)
  { rule: 'participates.scheme-topic-gone-through', sentence: "금융위원회는 지난해 '개인정보 사전심사제'를 도입했다. 이 제도는 새 서비스를 당국과 미리 점검받는 절차로, 한빛소프트와 도담랩스 등이 이를 거쳐 서비스를 열었다.", expect: ['PARTICIPATES_IN 한빛소프트 -> 개인정보 사전심사제', 'PARTICIPATES_IN 도담랩스 -> 개인정보 사전심사제'] },
  { rule: 'participates.scheme-topic-gone-through', sentence: "금융위원회는 지난해 '개인정보 사전심사제'를 도입했다. 이 제도는 새 서비스를 당국과 미리 점검받는 절차로, 한빛소프트는 이를 활용할지 검토하고 있다.", absent: ['PARTICIPATES_IN 한빛소프트 -> 개인정보 사전심사제'] },
  // a résumé entry's line "X와의 (…) 공동 연구 계약 체결 주도" under "COMPANY 정규직": the entry's company signed it with X (r58d)
  { rule: 'partners.omitted-subject-joint-agreement-line', sentence: '도하윤 이력\n\n바람랩스 정규직\n\n리드 엔지니어 · 2024.03 ~ 현재\n\n- LG유플러스와의 음성 모델 공동 연구 계약(2025.02) 체결 주도, 사내 검색 모델 개발', expect: ['PARTNERS_WITH LG유플러스 -> 바람랩스'] },
  { rule: 'partners.omitted-subject-joint-agreement-line', sentence: '도하윤 이력\n\n바람랩스 계약직\n\n연구원 · 2022.01 ~ 2024.02\n\n- LG유플러스와의 공동 개발 계약 실무 총괄, 추론 서버 운영과 모델 배포 자동화 업무 전반 담당', expect: ['PARTNERS_WITH LG유플러스 -> 바람랩스'] },
  { rule: 'partners.omitted-subject-joint-agreement-line', sentence: '도하윤 이력\n\n바람랩스 정규직\n\n리드 엔지니어 · 2024.03 ~ 현재\n\n- LG유플러스와의 공동 연구 계약 체결 주도는 하지 않았음, 사내 검색 모델 개발', absent: ['PARTNERS_WITH LG유플러스 -> 바람랩스'] },
];
