/**
 * Generalisation rows for speech and notices: interview answers in the first person (a quoted
 * paragraph read sentence by sentence, "저희" and an omitted subject standing for the speaker's
 * company), reported rumours, correction notices, and investors who are no partners. Each row is a
 * short article written for these tests, the facts it must give and the facts it must not give.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'speech.quoted-paragraph',
    text: '의료 AI 스타트업 한빛랩스가 새 모델을 내놨다.\n\n"저희가 지난달 선보인 누리-K 2는 업스테이지의 솔라 프로 2를 바탕으로 의료 문헌과 진료 기록 요약 데이터를 더 학습시킨 모델이에요. 재작년에 낸 누리-K 1의 후속이고요."',
    expect: ['SUCCEEDS 누리-K 2 -> 누리-K 1', 'DEVELOPED 한빛랩스 -> 누리-K 2', 'BASED_ON 누리-K 2 -> 솔라 프로 2'],
    nodes: ['Model:누리-K 1'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
