/**
 * Generalisation rows for report tables (a research institute's issue brief): a table of public
 * programmes with the companies selected for each, a score table whose developer column is titled
 * "개발 주체" and whose sizes are written with thousands separators, and a programme's own test set
 * ("X 벤치"). Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const INTRO = '정부의 인공지능 지원 사업과 그 성과를 정리하면 다음과 같다. 자료는 각 부처 발표를 바탕으로 하였다.';
const doc = (...lines: string[]) => [INTRO, ...lines].join('\n\n');

const rows: FactRow[] = [
  // a programme table: each company of a row's selection column takes part in that row's programme
  { cat: 'report.programme-table', text: doc('사업명 | 소관 | 선정 기업 | 기간', '독자 AI 파운데이션 모델 프로젝트 | 과기정통부 | 가람온, 누리별(추가 공모) | 2025~2027'), expect: ['PARTICIPATES_IN 가람온 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 누리별 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'report.programme-table', text: doc('사업명 | 소관 | 선정(주관) 기업 | 기간', '독자 AI 파운데이션 모델 프로젝트 | 과기정통부 | 대학·연구소 등 12개 기관 | 2025~2026'), absent: ['PARTICIPATES_IN 대학 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // "개발 주체" is a developer column; "1,480억" a size with a thousands separator
  { cat: 'report.score-table-columns', text: doc('모델명 | 개발 주체 | 매개변수 | KMMLU', '한결-L 2 | 다온랩스 | 1,480억 | 66.2', '바람-X | 누리별 | 320억 | 61.0'), expect: ['DEVELOPED 다온랩스 -> 한결-L 2', 'SCORED 한결-L 2 -> KMMLU'], props: ['한결-L 2=parameters:148000000000'] },
  // a programme's name with "벤치" after it is that programme's test set, a benchmark
  { cat: 'report.programme-bench', text: doc('다온랩스의 한결-L 2는 KMMLU에서 66.2점, K-AI 벤치에서 58.4점을 얻었다.'), expect: ['SCORED 한결-L 2 -> K-AI 벤치'], edgeProps: ['SCORED 한결-L 2 -> K-AI 벤치 score=58.4'] },
  // the test set's edition after its word ('X 벤치 2.0') is part of its name; a rank or a score after it is not
  { cat: 'report.programme-bench-edition', text: doc("정부 공통 평가 세트인 'K-AI 벤치 3.0'에서 다온랩스의 한결-L 2는 71.5점을 얻었다."), nodes: ['Benchmark:K-AI 벤치 3.0'], noNodes: ['Benchmark:K-AI 벤치'], edgeProps: ['SCORED 한결-L 2 -> K-AI 벤치 3.0 score=71.5'] },
  { cat: 'report.programme-bench-edition', text: doc('누리별의 바람-X는 K-AI 벤치 2 기준 64.0점으로 집계됐다.'), edgeProps: ['SCORED 바람-X -> K-AI 벤치 2 score=64'] },
  { cat: 'report.programme-bench-edition', text: doc('다온랩스의 한결-L 2는 K-AI 벤치 3위에 올랐고, 누리별의 바람-X는 K-AI 벤치 7.5점이었다.'), nodes: ['Benchmark:K-AI 벤치'], noNodes: ['Benchmark:K-AI 벤치 3', 'Benchmark:K-AI 벤치 7.5'] },
];

describe('report tables', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
