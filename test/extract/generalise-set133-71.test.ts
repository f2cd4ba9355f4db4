/**
 * Generalisation rows for sets 133 and 71's forms: a model's topic closed by "…모델로," and then its makers ("'M'은 … 모델로,
 * A가 B와 공동 개발했다": both develop M); a clause closed by an adverbial particle and a comma before a pair of partners
 * is no listed company ("… 모델로, A가 B와 공동 개발했다" gives no company "모델로").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "'M'은 … 모델로, A가 B와 공동 개발했다": A and B develop M (not a plan, not a sale)
  { cat: 'developed.copula-then-makers', text: "'바람콜 3'은 보험 상담 특화 모델로, 한결생명이 AI 스타트업 누리랩스와 공동 개발했다.", expect: ['DEVELOPED 한결생명 -> 바람콜 3', 'DEVELOPED 누리랩스 -> 바람콜 3'] },
  { cat: 'developed.copula-then-makers', text: "'바람콜 3'은 보험 상담 특화 모델로, 한결생명이 누리랩스와 함께 개발할 예정이다.", absent: ['DEVELOPED 한결생명 -> 바람콜 3', 'DEVELOPED 누리랩스 -> 바람콜 3'] },
  { cat: 'developed.copula-then-makers', text: "'바람콜 3'은 보험 상담 특화 모델로, 한결생명이 누리랩스와 함께 판매한다.", absent: ['DEVELOPED 누리랩스 -> 바람콜 3'] },
  // a word closed by an adverbial particle and a comma before "A가 B와 공동 개발" is the end of a clause, not a third party
  { cat: 'discover.clause-before-pair', text: "'바람콜 3'은 보험 상담 특화 모델로, 한결생명이 누리랩스와 공동 개발했다.", noNodes: ['Company:모델로'], nodes: ['Company:누리랩스'] },
  { cat: 'discover.clause-before-pair', text: "가람소프트, 한결생명이 누리랩스와 공동 개발했다.", nodes: ['Company:가람소프트'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
