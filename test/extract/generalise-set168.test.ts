/**
 * Generalisation rows for set 168's forms: a small model described as distilled from a teacher ("Y를 교사 모델로 삼아
 * … 만든 N 모델로"); a base denied by its line's name ("X는 큐웬 기반이 아니다" against a claim naming 큐웬3); a
 * headline's "…" ending a clause; a topicalised quality ("성능은 자체 구축한 …") that is no builder; a bare version
 * first written with its one size ("'X 4.0' 32B 모델"); an official whose post names a ministry before the name; a
 * success rate before "같은 조건에서"; a base that heads a compared in-house model, not the topic; the model a pair
 * develops together; a group's own unit as subject; a variant's bare name in a headline-style line.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a quality checked, topicalised before "자체 구축한": no company built it
  { cat: 'discover.self-built', text: "노을랩스가 '노을-L 1'을 공개했다. 성능은 자체 구축한 벤치마크 '노을벤치'로 검증했다. 정확도는 자체 개발한 평가 세트로 쟀다.", noNodes: ['Company:성능', 'Company:정확도'], nodes: ['Company:노을랩스'] },
  { cat: 'discover.self-built', text: "바다소프트는 자체 구축한 평가 세트로 검증했다.", nodes: ['Company:바다소프트'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
