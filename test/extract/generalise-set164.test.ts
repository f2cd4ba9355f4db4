/**
 * Generalisation rows for the forms first met in held-out set 164 (each row says the form it covers).
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "젬마 기반 경량 모델": the family word is the base, so it is the article's one version of the family
  {
    cat: 'families.base-before-kind',
    text: "가온테크는 구글의 젬마 3 4B를 바탕으로 만든 상담 모델 '다온챗'을 공개했다. 한별 대표는 \"젬마 기반 경량 모델이라 휴대폰에서도 돈다\"고 말했다.",
    expect: ['BASED_ON 다온챗 -> 젬마 3 4B'],
    noNodes: ['Model:젬마'],
  },
  // two versions of the family named: the bare word is no one of them
  {
    cat: 'families.base-before-kind',
    text: "가온테크는 구글의 젬마 3 4B를 바탕으로 만든 상담 모델 '다온챗'을 공개했다. 전작 '다온챗 1'은 젬마 2 9B를 썼다. 한별 대표는 \"젬마 기반 경량 모델이라 휴대폰에서도 돈다\"고 말했다.",
    absent: ['BASED_ON 다온챗 -> 젬마 2 9B'],
  },
];

describe('generalise: set 164 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
