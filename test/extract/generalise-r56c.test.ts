/**
 * Generalisation rows for r56c's round on held-out sets 72, 127, 194, 51, 129 and 85: an interview answer that
 * presents one model after "네," (no list's comma) … Every row is a short text written for these tests; none comes
 * from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // an answer opening on "네," / "맞습니다," then the model and the copula presents that model: the next subject-less
  // sentence (its teacher, its base) is about it — the comma is the answer's, not a list's
  {
    cat: 'focus.answer-comma-presents-model',
    text: "누리소프트가 올봄 누리-Chat 4를 내놨다.\n\nQ. 작은 모델도 준비했나요?\n\n한도윤 연구원 네, '누리-Chat 4 라이트(Nuri-Chat 4 Lite)'입니다.\n\n누리-Chat 4를 교사 모델로 삼아 지식을 증류한 20억 파라미터 모델입니다.",
    expect: ['BASED_ON 누리-Chat 4 라이트 -> 누리-Chat 4'],
  },
  {
    cat: 'focus.answer-comma-presents-model',
    text: "누리소프트가 올봄 누리-Chat 4를 내놨다.\n\n맞습니다, '누리-Chat 4 라이트(Nuri-Chat 4 Lite)'예요.\n\n누리-Chat 4를 교사 모델로 삼아 증류했습니다.",
    expect: ['BASED_ON 누리-Chat 4 라이트 -> 누리-Chat 4'],
  },
  // a real list before the copula still presents no one model
  {
    cat: 'focus.answer-comma-presents-model',
    text: "누리소프트가 올봄 누리-Chat 4를 내놨다.\n\n비교 대상은 솔라 프로 2, 엑사원 4.0이었다.\n\n누리-Chat 4를 교사 모델로 삼아 증류했습니다.",
    absent: ['BASED_ON 엑사원 4.0 -> 누리-Chat 4'],
  },
];

describe('generalisation rows (r56c)', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
