/**
 * Generalisation rows for the forms first met in held-out set 129: a bare family word a model is said to be built on,
 * before the article names any version of the family (in a later story about another model).
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "A가 젬마를 바탕으로 했다" before any Gemma version is named: A is built on the family
  {
    cat: 'families.base-before-version',
    text: '가온랩은 새 모델 가온 3을 공개했다. 업계에서는 가온 3이 구글 젬마를 바탕으로 했다는 말이 돌았다.\n\n한편 다온소프트는 자사 상담 서비스에 구글의 젬마 3 27B를 붙였다고 밝혔다.',
    expect: ['BASED_ON 가온 3 -> 젬마'],
    absent: ['BASED_ON 가온 3 -> 젬마 3 27B'],
  },
  // the version named first: the family word is that version, as before
  {
    cat: 'families.base-before-version',
    text: '다온소프트는 자사 상담 서비스에 구글의 젬마 3 27B를 붙였다고 밝혔다.\n\n가온랩은 새 모델 가온 3을 공개했다. 가온 3은 젬마를 바탕으로 추가 학습했다.',
    expect: ['BASED_ON 가온 3 -> 젬마 3 27B'],
  },
];

describe('set 129 generalisation', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
