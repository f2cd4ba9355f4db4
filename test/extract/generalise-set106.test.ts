/**
 * Generalisation rows for the forms first met in held-out set 106: a size right after a model name the article already
 * knows ("X 14B" once 'X' is named, even where the name ends like a particle), and more below.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a size after a known model's name makes that size's model, even where the name ends in a syllable like a particle (도, 가, 이)
  {
    cat: 'known-name.size-tail',
    text: "누리소프트가 번역 모델 '포도'를 공개했다. 포도 9B는 KMMLU에서 58.2점을 받았다. 포도 2.4B는 스마트폰용이다.",
    expect: ['SCORED 포도 9B -> KMMLU'],
    nodes: ['Model:포도 9B', 'Model:포도 2.4B'],
    props: ['포도 9B=parameters:9000000000', '포도 2.4B=parameters:2400000000'],
  },
  {
    cat: 'known-name.size-tail',
    text: "한울AI는 추론 모델 '나비'를 내놨다. 나비 32B를 바탕으로 만든 요약 모델도 공개했다.",
    nodes: ['Model:나비 32B'],
  },
  // no size tail: a count of tokens, a size class
  {
    cat: 'known-name.size-tail',
    text: "한울AI는 추론 모델 '나비'를 내놨다. 나비 320B 토큰으로 학습했고, 경쟁 모델은 나비 70B급이다.",
    noNodes: ['Model:나비 320B', 'Model:나비 70B'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
