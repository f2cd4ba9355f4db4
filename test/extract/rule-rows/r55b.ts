/** Rows for the readings added in round r55b (kept apart so the family files stay short). */
import type { Row } from './row.js';

export const r55bRows: Row[] = [
  // a co-author list's or a directory's line: a name, a spaced long dash, the affiliation and nothing more (or a researcher's post) (r55b)
  { rule: 'works-for.dash-affiliation-line', sentence: '문하율 — 업스테이지', expect: ['WORKS_FOR 문하율 -> 업스테이지'] },
  { rule: 'works-for.dash-affiliation-line', sentence: '문하율 — 솔빛랩스 선임연구원', expect: ['WORKS_FOR 문하율 -> 솔빛랩스'] },
  { rule: 'works-for.dash-affiliation-line', sentence: '문하율 — 솔빛랩스 연구원', expect: ['WORKS_FOR 문하율 -> 솔빛랩스'], props: ['WORKS_FOR 문하율 -> 솔빛랩스=연구원'] },
  { rule: 'works-for.dash-affiliation-line', sentence: '개발사 — 업스테이지', absent: ['WORKS_FOR 개발사 -> 업스테이지'] },
  { rule: 'works-for.dash-affiliation-line', sentence: '문하율 — 솔빛랩스와 공동 연구를 했다는 소문이 있다', absent: ['WORKS_FOR 문하율 -> 솔빛랩스'] },
  // the quality a test measures between its name and 점수 ("KMMLU 지식 점수 61.5점") (r55b)
  { rule: 'scored.model-bench-score', sentence: '누리-8B는 KMMLU 지식 점수 61.5점을 받았다.', expect: ['SCORED 누리-8B -> KMMLU'] },
];
