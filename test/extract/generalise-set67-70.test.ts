/**
 * Generalisation rows for a further round on sets 67 and 70: a successor told by a demonstrative with the adverbial
 * ending ("B는 그 후속 모델로, …"); an English employer whose name joins two words with '&' ("an analyst at X
 * Investment & Securities").
 * Sentences and names written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "B는 그 후속 모델로, …": the subject of the demonstrative successor word succeeds the one model of its brand the sentence before named
  { cat: 'succeeds.successor-previous-sentence', text: "가람소프트가 2024년 내놓은 첫 모델 '가람-L 1'은 공개 모델을 미세조정한 모델이었다. 가람-L 2는 그 후속 모델로, 긴 문서 요약을 크게 개선했다.", expect: ['SUCCEEDS 가람-L 2 -> 가람-L 1'] },
  { cat: 'succeeds.successor-previous-sentence', text: "가람소프트는 지난해 '가람-L 1'을 공개했다. 가람-L 1은 그 후속 모델로 교체될 예정이다.", absent: ['SUCCEEDS 가람-L 1 -> 가람-L 1'] },
  { cat: 'succeeds.successor-previous-sentence', text: "가람소프트는 지난해 '가람-L 1'을 공개했다. 가람-L 2는 그 모델로 학습한 데이터로 만들었다.", absent: ['SUCCEEDS 가람-L 2 -> 가람-L 1'] },
  // "an analyst at X Investment & Securities": the employer's name runs on past '&'
  { cat: 'works-for.en-role-at', text: "The sector keeps growing.\n\n\"Costs are falling,\" said Jung Da-eun, an analyst at Sori Investment & Securities.", expect: ['WORKS_FOR Jung Da-eun -> Sori Investment & Securities'], noNodes: ['Company:Sori Investment'] },
  { cat: 'works-for.en-role-at', text: "The sector keeps growing.\n\n\"Costs are falling,\" said Jung Da-eun, an analyst at Sori Investment.", expect: ['WORKS_FOR Jung Da-eun -> Sori Investment'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
