/**
 * Generalisation rows for the forms first met in held-out set 122: a model named after the known family it was built on,
 * the model noun before its quoted name.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "전용 모델 '별빛 솔라'": one word of its own before a known family closing the quoted name, the model noun before it
  {
    cat: 'models.named-after-family',
    text: "가온게임즈는 업스테이지와 협약을 맺었다. 양사는 업스테이지의 '솔라 프로2'를 바탕으로 게임 대사를 학습한 전용 모델 '별빛 솔라'를 함께 만든다.",
    expect: ['DEVELOPED 가온게임즈 -> 별빛 솔라', 'DEVELOPED 업스테이지 -> 별빛 솔라', 'BASED_ON 별빛 솔라 -> 솔라 프로2'],
    noNodes: ['Model:솔라'],
  },
  // no model noun before the quotes: a slogan that ends on the family's name is no model
  {
    cat: 'models.named-after-family',
    text: "가온게임즈는 업스테이지의 '솔라 프로2'를 도입했다. 회사는 '함께 솔라'라는 구호를 내걸었다.",
    noNodes: ['Model:함께 솔라'],
  },
];

describe('generalisation rows of set 122', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
