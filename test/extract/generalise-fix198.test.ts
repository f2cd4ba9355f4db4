/**
 * Generalisation rows for forms of community posts (set 198): a model's name glossed in parentheses right before a release
 * verb whose object particle a post's casual register drops ("X가 Y 2 (Y-2) 공개했음").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a Hangul numbered name with its Latin gloss, released with no object particle: a model the poster's company released
  {
    cat: 'models.glossed-release-no-particle',
    text: '오늘 새솔웍스가 물결 2 (Mulgyeol-2) 공개함. 가중치도 같이 풀렸음. 물결 2는 KMMLU 52.7점이라고 함.',
    nodes: ['Model:물결 2'],
    expect: ['SCORED 물결 2 -> KMMLU'],
  },
  // the same shape with a plain verb ending
  {
    cat: 'models.glossed-release-no-particle',
    text: '다람테크가 어제 밤 누리봄 1.5 (Nuribom-1.5) 출시했다. 누리봄 1.5는 누리봄 1의 후속 모델이다.',
    nodes: ['Model:누리봄 1.5'],
  },
  // a gloss before a noun that is no release (a date, a place) names nothing
  {
    cat: 'models.glossed-release-no-particle',
    text: '행사는 서울 2 (Seoul-2) 전시장에서 열렸다.',
    noNodes: ['Model:서울 2'],
  },
];

describe('generalise: community posts (set 198)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
