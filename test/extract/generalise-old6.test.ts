/**
 * Generalisation rows for the forms met again in the worst held-out pages of the sixth round over old sets: a model line's
 * short name (two words, no size) standing for the one sized member of it the article names.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X 리프 11B 플로우" … "X 리프": the line's short name is the one sized member the article names, not a model of its own
  {
    cat: 'names.line-short-form',
    text: "KT는 지난 3일 '믿:음 리프 11B 플로우'를 공개했다. 믿:음 리프 11B 플로우는 KMMLU에서 66.2점을 받았다. 회사는 \"믿:음 리프가 현장에서 쓰이길 기대한다\"고 말했다.",
    expect: ['DEVELOPED KT -> 믿:음 리프 11B 플로우', 'SCORED 믿:음 리프 11B 플로우 -> KMMLU'],
    noNodes: ['Model:믿:음 리프'],
  },
  {
    cat: 'names.line-short-form',
    text: "업스테이지가 '솔라 브리즈 22B 리즌'을 내놨다. 솔라 브리즈 22B 리즌은 법률 문서 요약에 맞춰 학습됐다.\n\n솔라 브리즈는 어디까지 가나\n\n업스테이지는 솔라 브리즈를 내년 공공 서비스에 넣을 계획이다.",
    expect: ['DEVELOPED 업스테이지 -> 솔라 브리즈 22B 리즌'],
    noNodes: ['Model:솔라 브리즈'],
  },
  // the short name beside the sized one in a sentence is a model of its own (here the base of the sized one)
  {
    cat: 'names.line-short-form',
    text: "업스테이지가 '솔라 브리즈 22B 리즌'을 내놨다. 이 모델은 '솔라 브리즈'를 기반으로 추론 데이터를 더 학습했다.",
    expect: ['BASED_ON 솔라 브리즈 22B 리즌 -> 솔라 브리즈'],
    nodes: ['Model:솔라 브리즈'],
  },
];

describe('generalisation rows (old sets, sixth round)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
