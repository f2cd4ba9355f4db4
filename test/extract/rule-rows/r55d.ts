/** Rows for the readings added in round r55d (kept apart so the family files stay short). */
import type { Row } from './row.js';

export const r55dRows: Row[] = [
  // "NAME — 옛 동료. 현재 … 장관으로서 Y를 이끌고 있다": the entry's next sentence gives the official post and the programme it runs (r55d)
  { rule: 'promotes.profile-official-post', sentence: '관련 인물\n\n한서윤 — 대학 동기. 현재 과학기술정보통신부 차관으로서 AI 바우처를 이끌고 있다.', expect: ['PROMOTES 한서윤 -> AI 바우처'] },
  { rule: 'promotes.profile-official-post', sentence: '관련 인물\n\n한서윤 — 대학 동기. 현재 누리랩스 대표로서 AI 바우처에 참여하고 있다.', absent: ['PROMOTES 한서윤 -> AI 바우처'] },
];
