/**
 * Generalisation rows for phrasings met in a held-out set of ordinary news layouts (market briefs,
 * IT dailies). Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'succeeds.successor-then-further-training',
    text: '가온소프트는 전날 자체 LLM \'누리 5(NURI 5)\'를 공개했다. 전작인 누리 4의 후속 모델로, 메타의 공개 모델 \'라마 3.1 70B\'에 법률 문서 1조 토큰을 추가 학습했다.',
    expect: ['SUCCEEDS 누리 5 -> 누리 4', 'BASED_ON 누리 5 -> 라마 3.1 70B'],
    absent: ['SUCCEEDS 라마 3.1 70B -> 누리 4'],
  },
  {
    cat: 'succeeds.successor-then-further-training',
    text: '한솔데이터가 \'별빛 3\'을 내놨다. 구글의 \'젬마 3 12B\'를 의료 문서로 미세조정했다.',
    expect: ['BASED_ON 별빛 3 -> 젬마 3 12B'],
  },
  {
    cat: 'succeeds.successor-then-further-training',
    text: '한솔데이터가 \'별빛 3\'을 내놨다. 별빛 2의 후속 모델인 별빛 3은 처음부터 직접 학습했다.',
    expect: ['SUCCEEDS 별빛 3 -> 별빛 2'],
  },
];

describe('generalisation rows (set-15 layouts and phrasings)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
