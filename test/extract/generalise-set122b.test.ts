/**
 * Generalisation rows for the forms met in the second round on held-out set 122: a quoted variant of a known family
 * keeps the family (and so its maker) when the article names it again.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "함께 내놓은 'X 5 코드'는 … X 5 코드는": a quoted variant of a known family, named again bare, is still the family's
  {
    cat: 'models.known-variant-keeps-family',
    text: "LG AI연구원이 자체 언어모델 '엑사원 5'를 공개했다. 함께 내놓은 '엑사원 5 코드'는 엑사원 5를 기반으로 코드 작성에 맞게 미세조정한 변형이다. 엑사원 5 코드는 사내 코드 평가에서 좋은 결과를 냈다.",
    expect: ['DEVELOPED LG AI연구원 -> 엑사원 5 코드', 'BASED_ON 엑사원 5 코드 -> 엑사원 5'],
  },
  // a quoted name of no known family, named again, takes no maker from the family of another model
  {
    cat: 'models.known-variant-keeps-family',
    text: "LG AI연구원이 자체 언어모델 '엑사원 5'를 공개했다. 함께 소개된 '바다솔 코드'는 다른 회사의 모델이다. 바다솔 코드는 사내 평가에서 좋은 결과를 냈다.",
    absent: ['DEVELOPED LG AI연구원 -> 바다솔 코드'],
  },
];

describe('generalisation rows of set 122 (second round)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
