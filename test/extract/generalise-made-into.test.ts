/**
 * Generalisation rows for a model made into a product ("B는 Y를 클라우드 기반 상담 서비스로 개발한다"): the company builds the
 * service from the model, it does not develop the model. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'developed.made-into',
    text: "가온랩스는 새 모델 '가온-7B'를 공개했다. 한빛텔레콤은 가온-7B를 한빛 클라우드 기반 상담 서비스로 개발하고 있다.",
    expect: ['DEVELOPED 가온랩스 -> 가온-7B'],
    absent: ['DEVELOPED 한빛텔레콤 -> 가온-7B'],
  },
  {
    cat: 'developed.made-into',
    text: "가온랩스는 새 모델 '가온-7B'를 공개했다. 한빛텔레콤은 가온-7B를 기업용 플랫폼으로 개발하는 중이다.",
    absent: ['DEVELOPED 한빛텔레콤 -> 가온-7B'],
  },
  // a model developed outright is still developed
  {
    cat: 'developed.made-into',
    text: "한빛텔레콤은 상담 서비스용 모델 '한빛-3B'를 개발했다.",
    expect: ['DEVELOPED 한빛텔레콤 -> 한빛-3B'],
  },
];

describe('generalise: a model made into a product', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
