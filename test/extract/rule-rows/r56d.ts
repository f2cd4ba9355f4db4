/** Rows for the readings added in round r56d (kept apart so the family files stay short). */
import type { Row } from './row.js';

export const r56dRows: Row[] = [
  // "컨소시엄에는 A와 B 외에 C가 참여한다": the pair named before 외에 are members too, the first the lead (r56d)
  { rule: 'partners.consortium-members-beside', sentence: '컨소시엄에는 한결로보틱스와 다온AI 외에 지역 대학 두 곳이 참여한다.', expect: ['PARTNERS_WITH 다온AI -> 한결로보틱스'] },
  { rule: 'partners.consortium-members-beside', sentence: '컨소시엄에는 한결로보틱스와 다온AI, 별빛랩스 외에도 연구기관이 합류했다.', expect: ['PARTNERS_WITH 다온AI -> 한결로보틱스', 'PARTNERS_WITH 별빛랩스 -> 한결로보틱스'] },
  { rule: 'partners.consortium-members-beside', sentence: '컨소시엄에는 한결로보틱스와 다온AI 외에 누가 참여할지 아직 정해지지 않았다.', absent: ['PARTNERS_WITH 다온AI -> 한결로보틱스'] },
  // "X said it …, and that it is jointly developing … with Y": a second reported clause after "said" tells the partnership (r56d)
  { rule: 'partners.en-said-and-that-it', sentence: 'Haneul Robotics, a Daejeon startup, said Monday it had closed a Series B round, and that it is jointly developing a factory model with LG CNS.', expect: ['PARTNERS_WITH Haneul Robotics -> LG CNS'] },
  { rule: 'partners.en-said-and-that-it', sentence: 'Haneul Robotics said Monday it had closed a Series B round, and that it is not working with LG CNS.', absent: ['PARTNERS_WITH Haneul Robotics -> LG CNS'] },
];
