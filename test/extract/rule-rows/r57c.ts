/** Rows for the readings added in r57c (a unit's new head named with an honorific; an entry's base in a copular line). */
import type { Row } from './row.js';

export const r57cRows: Row[] = [
  // "X 검색팀은 (앞으로) NAME 님이 팀장을 맡는다": the unit's new head works for its company (r57c)
  { rule: 'works-for.unit-head-taken', sentence: '해솔로보틱스 비전팀은 이달부터 여다온 님이 팀장을 맡는다.', expect: ['WORKS_FOR 여다온 -> 해솔로보틱스'], props: ['WORKS_FOR 여다온 -> 해솔로보틱스=팀장'] },
  { rule: 'works-for.unit-head-taken', sentence: '해솔로보틱스의 AI센터는 여다온 박사가 센터장을 맡아 이끌게 된다.', expect: ['WORKS_FOR 여다온 -> 해솔로보틱스'] },
  { rule: 'works-for.unit-head-taken', sentence: '해솔로보틱스 비전팀은 여다온 님이 팀장을 맡을지 아직 정하지 않았다.', absent: ['WORKS_FOR 여다온 -> 해솔로보틱스'] },
  // "(label) Z를 바탕으로 … 학습시킨 … 모델이다": the model in focus (an entry line's) was trained on Z (r57c)
  { rule: 'based-on.focus-trained-on-copula', sentence: '해솔로보틱스 — 해솔-V 8B (Haesol-V 8B)\n\n심사평 메타의 라마 3.1 8B를 바탕으로 물류 현장 영상을 학습시킨 작업 보조 모델이다.', expect: ['BASED_ON 해솔-V 8B -> 라마 3.1 8B'] },
  { rule: 'based-on.focus-trained-on-copula', sentence: '해솔로보틱스 — 해솔-V 8B (Haesol-V 8B)\n\n알리바바의 Qwen3-8B를 기반으로 튜닝한 모델입니다.', expect: ['BASED_ON 해솔-V 8B -> Qwen3-8B'] },
  { rule: 'based-on.focus-trained-on-copula', sentence: '해솔로보틱스 — 해솔-V 8B (Haesol-V 8B)\n\n메타의 라마 3.1 8B를 바탕으로 학습시킨 모델은 아니다.', absent: ['BASED_ON 해솔-V 8B -> 라마 3.1 8B'] },
];
