/**
 * Generalisation rows for the forms first met in held-out set 156: a score table's column titled by a benchmark and its
 * metric ("X Pass@1", "Y Accuracy"), a table a screen reader's text mode writes out ("열 제목: … / 1행: …"), a board's
 * one average column whose board only the source line under the table names ("평균" … "자료: X 리더보드"), a ranked list
 * with ties and thousands commas ("공동 1위 M(D) 1,312"), a denied rumour that names the base by its family word only
 * while the article scores a version of it, and a selection told after a source's "…를 분석한 결과, " clause.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a screen reader's table: titles line, numbered rows
  {
    cat: 'scored.read-aloud-table',
    text: ["다온소프트가 '다온-코더 2'의 평가 결과를 공개했다.", '[표 시작] 표 1. 코드 평가 결과. 3개 열, 2개 행.', '열 제목: 모델 / 개발사 / HumanEval', '1행: 다온-코더 2 / 다온소프트 / 71.5', '2행: 큐웬2.5 코더 7B / 알리바바 / 68.9', '[표 끝] 출처: 다온소프트'].join('\n'),
    expect: ['SCORED 다온-코더 2 -> HumanEval', 'DEVELOPED 다온소프트 -> 다온-코더 2'],
    edgeProps: ['SCORED 다온-코더 2 -> HumanEval score=71.5'],
  },
];

describe('generalise: set 156 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
