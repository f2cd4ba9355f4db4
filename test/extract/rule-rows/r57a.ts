/** Rows for the readings widened in round r57a (scored.focus-bare-pairs over a slash-split list; succeeds.improved-of and succeeds.improved-adnominal with colloquial words for a revision). */
import type { Row } from './row.js';

export const r57aRows: Row[] = [
  // "A 51.2 / B 40.8 / 원본 Y는 …": each pair of a slash-split list for the model in focus, past a later model's subject (r57a)
  { rule: 'scored.focus-bare-pairs', sentence: '다솔랩이 다솔-2 7B를 풀었다. 점수는 KMMLU 51.2 / HRM8K 40.8 / 원본 라마 3.1 8B는 KMMLU 41.0', expect: ['SCORED 다솔-2 7B -> KMMLU', 'SCORED 다솔-2 7B -> HRM8K'], props: ['SCORED 다솔-2 7B -> HRM8K=40.8'] },
  // "Y는 X를 손본 버전": a colloquial revision word makes Y X's successor (r57a)
  { rule: 'succeeds.improved-of', sentence: '가온-7B v1.2는 가온-7B를 손본 버전이다.', expect: ['SUCCEEDS 가온-7B v1.2 -> 가온-7B'] },
  { rule: 'succeeds.improved-of', sentence: '가온-7B v1.2는 가온-7B를 손본 버전이 아니다.', absent: ['SUCCEEDS 가온-7B v1.2 -> 가온-7B'] },
  // "X를 손질한 Y" (r57a)
  { rule: 'succeeds.improved-adnominal', sentence: '누리소프트는 누리-3B를 손질한 누리-3B v2를 내놨다.', expect: ['SUCCEEDS 누리-3B v2 -> 누리-3B'] },
];
