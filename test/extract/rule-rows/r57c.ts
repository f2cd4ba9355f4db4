/** Rows for the readings added in r57c (a unit's new head named with an honorific). */
import type { Row } from './row.js';

export const r57cRows: Row[] = [
  // "X 검색팀은 (앞으로) NAME 님이 팀장을 맡는다": the unit's new head works for its company (r57c)
  { rule: 'works-for.unit-head-taken', sentence: '해솔로보틱스 비전팀은 이달부터 여다온 님이 팀장을 맡는다.', expect: ['WORKS_FOR 여다온 -> 해솔로보틱스'], props: ['WORKS_FOR 여다온 -> 해솔로보틱스=팀장'] },
  { rule: 'works-for.unit-head-taken', sentence: '해솔로보틱스의 AI센터는 여다온 박사가 센터장을 맡아 이끌게 된다.', expect: ['WORKS_FOR 여다온 -> 해솔로보틱스'] },
  { rule: 'works-for.unit-head-taken', sentence: '해솔로보틱스 비전팀은 여다온 님이 팀장을 맡을지 아직 정하지 않았다.', absent: ['WORKS_FOR 여다온 -> 해솔로보틱스'] },
];
