/**
 * Generalisation rows of generalise-derivations: the 'succeeds' rows.
 * The others are in the other generalise-derivations-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'succeeds.after-derivation-clause',
    text: "한빛AI는 지난 3일 보험 특화 모델 '별빛-F 2'를 공개했다. 구글의 '젬마 3'에 보험 약관을 추가로 학습시킨 모델로, 작년에 선보인 '별빛-F 1'의 후속 모델이다.",
    expect: ['BASED_ON 별빛-F 2 -> 젬마 3', 'SUCCEEDS 별빛-F 2 -> 별빛-F 1'],
    absent: ['SUCCEEDS 젬마 3 -> 별빛-F 1', 'BASED_ON 별빛-F 2 -> 별빛-F 1'],
  },
  {
    cat: 'succeeds.successor-pronoun',
    text: "AI 스타트업 한빛AI는 지난봄 '별빛 2'를 공개한 바 있다. 올해 과제에서는 이를 잇는 후속 모델 '별빛 3'를 내년 초까지 내놓을 계획이다.",
    expect: ['SUCCEEDS 별빛 3 -> 별빛 2', 'DEVELOPED 한빛AI -> 별빛 3'],
  },
  {
    // with two models in the previous sentence, "이를" is not resolved
    cat: 'succeeds.successor-pronoun',
    text: "AI 스타트업 한빛AI는 '별빛 2'와 '별빛 미니'를 공개했다. 이번에는 이를 잇는 후속 모델 '별빛 3'를 내놓을 계획이다.",
    absent: ['SUCCEEDS 별빛 3 -> 별빛 미니'],
  },
  // "A의 후속으로 개발 중인 'B'는": the successor named in the clause takes the succession, not the model the sentences were about
  { cat: 'succeeds.named-successor-after', text: "솔빛랩은 올해 3월 경량 모델 '솔빛-S'를 선보였다. 솔빛랩이 솔빛-7B의 후속으로 개발 중인 '솔빛-2'는 내년에 나온다.", expect: ['SUCCEEDS 솔빛-2 -> 솔빛-7B'], absent: ['SUCCEEDS 솔빛-S -> 솔빛-7B'] },
  { cat: 'succeeds.named-successor-after', text: "솔빛랩은 올해 3월 경량 모델 '솔빛-S'를 선보였다. 솔빛-7B의 차기 모델로 준비하던 솔빛-2가 출시를 미뤘다.", absent: ['SUCCEEDS 솔빛-S -> 솔빛-7B'] },
  // "A는 74.1점, 전작인 B는 61.3점": B is the topic of a parallel score clause, the predecessor of the article's model, not of A
  {
    cat: 'succeeds.parallel-score-clause',
    text: "가온랩의 '가온 2.0'은 KMMLU에서 82.6점을 받았다. 같은 조건에서 오픈AI의 GPT-4o는 74.1점, 전작인 '가온 1.5'는 61.3점에 머물렀다.",
    absent: ['SUCCEEDS GPT-4o -> 가온 1.5'],
  },
  {
    cat: 'succeeds.parallel-score-clause',
    text: "가온랩의 '가온 2.0'은 KMMLU 82.6점으로, 전작인 '가온 1.5'의 두 배다.",
    expect: ['SUCCEEDS 가온 2.0 -> 가온 1.5'],
  },
  // a concessive copula after the predecessor ("Y의 후속작이지만 구조는 바꿨다") still states the succession
  { cat: 'succeeds.focus-concessive', text: "한결AI는 지난달 '한결-2 30B'를 공개했다. 한결-L 8B의 후속작이지만 구조는 꽤 많이 바꿨다.", expect: ['SUCCEEDS 한결-2 30B -> 한결-L 8B'] },
  { cat: 'succeeds.focus-concessive', text: "한결AI는 지난달 '한결-2 30B'를 공개했다. 한결-L 8B의 후속 모델인데 크기는 네 배다.", expect: ['SUCCEEDS 한결-2 30B -> 한결-L 8B'] },
  // the brand word alone before a size ("솔빛 14B") beside a sized model of a longer name ("솔빛-R 32B") is an older line of its own, not "솔빛-R 14B"
  { cat: 'succeeds.brand-word-before-size', text: "솔빛랩은 지난주 추론 모델 '솔빛-R 32B'를 공개했다. 솔빛-R 32B는 솔빛 14B의 후속이다.", expect: ['SUCCEEDS 솔빛-R 32B -> 솔빛 14B'], nodes: ['Model:솔빛 14B'], noNodes: ['Model:솔빛-R 14B'], props: ['솔빛 14B=parameters:14000000000'] },
  { cat: 'succeeds.brand-word-before-size', text: "누리젠은 'Nuri-Max 70B'를 내놨다. 회사는 Nuri-Max 70B가 Nuri 8B를 잇는 후속 모델이라고 했다.", expect: ['SUCCEEDS Nuri-Max 70B -> Nuri 8B'], noNodes: ['Model:Nuri-Max 8B'] },
  // a bare size after a particle stays the sentence's sized family's ("Y 32B: 7B를 …")
  { cat: 'succeeds.brand-word-before-size', text: "솔빛랩은 '솔빛-R 32B'와 함께 7B를 내놨다. 솔빛-R 32B는 7B의 후속이 아니다.", noNodes: ['Model:와 7B', 'Model:함께 7B'] },
  {
    // "Y를 개선한 정식 버전이기도 하다" in a sentence that leaves its model unsaid: the model in focus succeeds Y
    cat: 'succeeds.focus-improved-official-version',
    text: "한빛AI의 법률 특화 언어모델 '누리법률 2.0'은 법률 상담에 쓰인다. 매개변수는 80억 개다. 지난해 시범 운영된 '누리법률 1.5'를 개선한 정식 버전이기도 하다.",
    expect: ['SUCCEEDS 누리법률 2.0 -> 누리법률 1.5'],
  },
  {
    cat: 'succeeds.focus-improved-official-version',
    text: "한빛AI의 법률 특화 언어모델 '누리법률 2.0'은 '누리법률 1.5'를 개선한 상용 버전이다.",
    expect: ['SUCCEEDS 누리법률 2.0 -> 누리법률 1.5'],
  },
  // "X는 자사 Y를 바탕으로 추가 학습한 후속작": built on Y as its successor — both a base and a predecessor
  { cat: 'succeeds.trained-on-successor', text: '10월에 나온 누리랩의 누리-3은 자사 누리-2를 바탕으로 추가 학습한 후속작입니다.', expect: ['SUCCEEDS 누리-3 -> 누리-2', 'BASED_ON 누리-3 -> 누리-2'] },
  { cat: 'succeeds.trained-on-successor', text: '누리-3은 누리-2를 바탕으로 추가 학습한 후속작이 아닙니다.', absent: ['SUCCEEDS 누리-3 -> 누리-2'] },
  // a beta told of as a model of its own beside its line ("이전 버전인 X 베타는 …점이었다") is the predecessor, its own node;
  // a beta put out ("X 베타를 열었다", "X 베타 서비스") is X released as a beta, no node of its own
  {
    cat: 'succeeds.beta-named-beside',
    text: "미르웍스가 만든 '미르-K'는 KMMLU에서 70.2점을 받았다. 이전 버전인 미르-K 베타는 KMMLU에서 61.5점이었다.",
    expect: ['SUCCEEDS 미르-K -> 미르-K 베타', 'SCORED 미르-K 베타 -> KMMLU'],
    edgeProps: ['SCORED 미르-K 베타 -> KMMLU score=61.5'],
    nodes: ['Model:미르-K 베타'],
  },
  { cat: 'succeeds.beta-named-beside', text: "미르웍스는 문서 이해 모델 미로-V 8B 베타를 열었다. 미로-V 8B는 KMMLU에서 55.1점을 받았다.", noNodes: ['Model:미로-V 8B 베타'], nodes: ['Model:미로-V 8B'] },
  { cat: 'succeeds.beta-named-beside', text: "미르웍스는 자체 개발한 '미르-K'의 베타 서비스를 시작했다. 미르-K 베타 서비스는 다음 달까지 무료다.", noNodes: ['Model:미르-K 베타'] },
];

describe('derivation rows (bases and predecessors of the model the sentences are about)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
