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
  // "…로 미세조정한 X 8B-상담 변형": a tuned variant named after a sized model of the page (code rule, r57a)
  { rule: 'based-on.tuned-variant-name', sentence: '해온소프트는 해온-의료 8B를 냈다. 문진 기록으로 미세조정한 해온-의료 8B-문진 변형 모델도 공개했다.', expect: ['BASED_ON 해온-의료 8B-문진 -> 해온-의료 8B'] },
  // "X는 … 기업이다. 대표 NAME, CTO NAME.": officers listed without a verb after a company's introduction (code rule, r57a)
  { rule: 'works-for.introduced-officers', sentence: '다올랩스는 대구의 의료 AI 기업이다. 대표 한지성, CTO 배유리.', expect: ['WORKS_FOR 한지성 -> 다올랩스', 'WORKS_FOR 배유리 -> 다올랩스'], props: ['WORKS_FOR 배유리 -> 다올랩스=CTO'] },
];
