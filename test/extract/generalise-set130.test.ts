/**
 * Generalisation rows for the forms first met in held-out set 130: a quoted pre-release edition of a sized model
 * ("'X 3 70B 프리뷰'") is a model of its own, not a review document.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "'Y 3 70B 프리뷰'": a sized name ending in 프리뷰 (preview) names a model; its score and size are its own
  {
    cat: 'model.quoted-preview-edition',
    text: "한빛랩스는 지난 8월 '누리 3 70B'를 공개했다. 이 회사가 먼저 내놓은 프리뷰 버전 '누리 3 70B 프리뷰'는 KMMLU에서 61.2점을 기록했다.",
    expect: ['DEVELOPED 한빛랩스 -> 누리 3 70B 프리뷰', 'SCORED 누리 3 70B 프리뷰 -> KMMLU'],
    nodes: ['Model:누리 3 70B 프리뷰'],
    props: ['누리 3 70B 프리뷰=parameters:70000000000'],
  },
  // a review a company publishes stays a document
  {
    cat: 'model.quoted-preview-edition',
    text: "한빛랩스는 지난 8월 '누리 3 70B'를 공개했다. 이 회사는 함께 '누리 3 70B 기술 리뷰'를 펴냈다.",
    noNodes: ['Model:누리 3 70B 기술 리뷰'],
  },
];

describe('generalise: forms of held-out set 130', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
