/** Rows for the readings added in fix202 (judgments, speeches, notices and profiles). */
import type { Row } from './row.js';

export const fix202Rows: Row[] = [
  // "X는 M을 준비하고 있다": a company preparing its own model builds it (fix202)
  { rule: 'developed.subject-preparing', sentence: "물류 AI 기업 바람길랩스는 사내 상담에 오픈AI의 GPT-4o 도입을 준비하고 있다.", absent: ['DEVELOPED 바람길랩스 -> GPT-4o'] },
  { rule: 'developed.subject-preparing', sentence: "바람길랩스는 전작 바람길-R 2의 뒤를 이을 바람길-R 3를 한창 준비 중이다.", expect: ['DEVELOPED 바람길랩스 -> 바람길-R 3'] },
  { rule: 'developed.subject-preparing', sentence: "바람길랩스는 바람길-R 3를 준비하고 있지 않다.", absent: ['DEVELOPED 바람길랩스 -> 바람길-R 3'] },
  { rule: 'developed.subject-preparing', sentence: "바람길랩스가 바람길-R 3를 준비하고 있다는 소문이 돌았다.", absent: ['DEVELOPED 바람길랩스 -> 바람길-R 3'] },
];
