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
  {
    // a time stamp alone on a line opens a new entry: an omitted subject is not the company the entry before was about
    cat: 'partners.live-entry-boundary',
    text: "16:20\n\n누리랩스와 의료 AI 기업 한결헬스가 업무협약을 맺었습니다.\n\n양사는 의료 특화 모델을 공동 개발하기로 했습니다.\n\n14:18\n\n윤 부사장은 \"'가온 K3'는 가온반도체와 협력해 가온반도체의 NPU에서도 돌아가도록 최적화했다\"고 밝혔습니다.",
    expect: ['PARTNERS_WITH 누리랩스 -> 한결헬스'],
    absent: ['PARTNERS_WITH 가온반도체 -> 한결헬스', 'PARTNERS_WITH 가온반도체 -> 누리랩스'],
  },
  {
    // "VLA(시각-언어-행동) 모델 'X'": a kind of model (like LLM), not a model of its own
    cat: 'model.generic-kind-acronym',
    text: "누리로보틱스: 로봇용 VLA 모델 누리-VLA 2 시연\n\n누리로보틱스가 개발한 로봇 제어용 VLA(시각-언어-행동) 모델 '누리-VLA 2'는 메타의 '라마 3.2 11B'를 바탕으로 만들었다.",
    noNodes: ['Model:VLA'],
    absent: ['DEVELOPED 누리로보틱스 -> VLA'],
    expect: ['DEVELOPED 누리로보틱스 -> 누리-VLA 2', 'BASED_ON 누리-VLA 2 -> 라마 3.2 11B'],
  },
  {
    // a page with a correction entry: a later entry's "…됐다고 X 차관이 전했다" relays an official's words, no retracted claim
    cat: 'corrections.named-teller-relays',
    text: "14:30\n과기정통부 차관이 '해양 AI 실증 사업'을 발표했다. 누리소프트와 한빛AI는 이 사업의 1차 공급 기업으로 선정됐다고 한 차관이 전했다.\n\n13:10\n(정정) 앞서 누리소프트를 '물류 대기업 자회사'로 소개했으나 독립 스타트업이어서 바로잡습니다.",
    expect: ['PARTICIPATES_IN 누리소프트 -> 해양 AI 실증 사업', 'PARTICIPATES_IN 한빛AI -> 해양 AI 실증 사업'],
  },
  {
    // … while the outlet's own earlier claim ("…을 기반으로 만들었다고 전했으나") is still retracted
    cat: 'corrections.named-teller-relays',
    text: "누리소프트, 새 모델 '누리-7' 공개\n\n[바로잡습니다] 앞서 누리-7이 라마 3를 기반으로 만들어졌다고 전했으나, 누리소프트가 처음부터 직접 만든 모델이어서 바로잡습니다.",
    absent: ['BASED_ON 누리-7 -> 라마 3'],
  },
];

describe('live blogs and conference coverage', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
