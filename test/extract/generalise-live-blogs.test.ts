/** Live blogs and conference coverage: a ranked score table whose header names the measure, differences that are no scores, successors told as '…의 뒤를 잇는 모델'. Every sentence is written for the tests. */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // "순위 | 모델 | KMMLU 점수": a benchmark header with the measure after its name still heads a score column
    cat: 'scored.table-bench-measure-header',
    text: "국산 모델의 상위권 점수는 아래와 같다.\n\n순위 | 모델 | KMMLU 점수\n1 | 엑사원 4.0 | 71.3\n2 | 솔라 프로2 | 68.2",
    expect: ['SCORED 엑사원 4.0 -> KMMLU', 'SCORED 솔라 프로2 -> KMMLU'],
    edgeProps: ['SCORED 엑사원 4.0 -> KMMLU score=71.3', 'SCORED 솔라 프로2 -> KMMLU score=68.2'],
  },
  {
    // "N점 안팎 높았다": a difference, not a score
    cat: 'scored.approximate-difference',
    text: 'KMMLU에서 GPT-5는 국산 모델들보다 4점 안팎 높았다.',
    absent: ['SCORED GPT-5 -> KMMLU'],
  },
  {
    cat: 'scored.approximate-difference',
    text: 'KMMLU에서 GPT-5는 국산 모델들보다 3점 내외 앞섰다.',
    absent: ['SCORED GPT-5 -> KMMLU'],
  },
  {
    // "자사 Y의 뒤를 잇는 모델로, …" in a sentence that leaves its model unsaid
    cat: 'succeeds.focus-follows-possessive',
    text: "누리랩스가 자체 개발한 '누리-M 3'를 소개했다.\n\n자사 누리-M 2의 뒤를 잇는 모델로, 매개변수는 300억 개다.",
    expect: ['SUCCEEDS 누리-M 3 -> 누리-M 2'],
  },
  {
    // a well-known logistics group company from the gazetteer (country KR)
    cat: 'company.gazetteer-logistics',
    text: "누리랩스는 CJ대한통운과 손잡고 물류센터용 로봇 모델을 공동 개발하고 있다.",
    nodes: ['Company:CJ대한통운'],
    props: ['CJ대한통운=country:KR'],
    expect: ['PARTNERS_WITH CJ대한통운 -> 누리랩스'],
  },
];

describe('live blogs and conference coverage', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
