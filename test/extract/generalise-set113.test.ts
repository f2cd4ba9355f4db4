/**
 * Generalisation rows for the forms first met in held-out set 113: a lead of "one of the N consortia" with its members
 * named after it, "the flagship" a variant was distilled from, rivals' scores "ahead of Y at N", a group's name beside
 * the company's, an overall leaderboard score beside a sub-test's, and bare sizes of a size line-up.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X leads one of the N consortia that advanced …, with A and B among its members": all three take part, A and B partner X
  {
    cat: 'participates.en-leads-one-of-teams',
    text: "Trillion Labs joined the government's independent AI foundation model project in 2025. Trillion Labs heads one of the four teams that moved on to the program's final stage this month, with Saltlux and Liner among its consortium members.",
    expect: ['PARTICIPATES_IN Trillion Labs -> independent AI foundation model project', 'PARTICIPATES_IN Saltlux -> independent AI foundation model project', 'PARTICIPATES_IN Liner -> independent AI foundation model project', 'PARTNERS_WITH Saltlux -> Trillion Labs', 'PARTNERS_WITH Liner -> Trillion Labs'],
  },
  {
    cat: 'participates.en-leads-one-of-teams',
    text: "Konan Technology leads one of the three consortia selected for the independent AI foundation model project, with Selectstar as its partner.",
    expect: ['PARTICIPATES_IN Konan Technology -> independent AI foundation model project', 'PARTICIPATES_IN Selectstar -> independent AI foundation model project', 'PARTNERS_WITH Konan Technology -> Selectstar'],
  },
  // a hedge keeps it out
  {
    cat: 'participates.en-leads-one-of-teams',
    text: "Analysts said Konan Technology may lead one of the three consortia selected for the independent AI foundation model project, possibly with Selectstar as its partner.",
    absent: ['PARTNERS_WITH Konan Technology -> Selectstar'],
  },
  // "the flagship model" after a variant of it is the model the variant's name extends
  {
    cat: 'based-on.en-flagship-variant',
    text: 'Trillion Labs released Tri 3, a 70-billion-parameter model. The lighter edition, Tri 3 Mini, has 7 billion parameters and was distilled from the flagship model.',
    expect: ['BASED_ON Tri 3 Mini -> Tri 3'],
  },
  // another model before "the flagship" that is no variant of it is not derived from it
  {
    cat: 'based-on.en-flagship-variant',
    text: 'Trillion Labs released Tri 3, a 70-billion-parameter model. A rival, Kanana 2, was distilled from the flagship model of another lab.',
    absent: ['BASED_ON Kanana 2 -> Tri 3'],
  },
  // "B scored N, ahead of Y at M and of X's own model Z at K": each rival's stated score on the benchmark named first
  {
    cat: 'scored.en-bench-first-ahead-at',
    text: "Trillion Labs released Tri 3. On KMMLU, Tri 3 scored 71.2, ahead of Qwen3-32B at 69.5 and of Trillion Labs' own older model Tri 2 at 66.05.",
    expect: ['SCORED Tri 3 -> KMMLU', 'SCORED Qwen3-32B -> KMMLU', 'SCORED Tri 2 -> KMMLU'],
    edgeProps: ['SCORED Qwen3-32B -> KMMLU score=69.5', 'SCORED Tri 2 -> KMMLU score=66.05'],
  },
  {
    cat: 'scored.en-bench-first-ahead-at',
    text: 'On KMMLU, Tri 3 scored 71.2, well ahead of Qwen3-32B.',
    absent: ['SCORED Qwen3-32B -> KMMLU'],
  },
  // "X그룹 회장" beside "X": the group is the company the article names
  {
    cat: 'gazetteer.group-name',
    text: '솔트룩스와 네이버클라우드가 바이오 특화 모델을 함께 만든다. 김민호 솔트룩스그룹 회장은 "기대가 크다"고 말했다.',
    expect: ['WORKS_FOR 김민호 -> 솔트룩스'],
    noNodes: ['Company:솔트룩스그룹'],
  },
  // "Y로 KMMLU 79.3점, 종합 0.812를 기록했다": the overall score is on the leaderboard, the sub-test's stays the sub-test's
  {
    cat: 'scored.overall-board-after-subtest',
    text: "'누리 리더보드' 시즌3 결과가 공개됐다. 전체 1위는 가온랩의 '가온 5'로 KMMLU 78.1점, 종합 0.795를 기록했다. 다온의 '다온 3'이 74.2점으로 뒤를 이었다.",
    expect: ['SCORED 가온 5 -> KMMLU', 'SCORED 가온 5 -> 누리 리더보드', 'SCORED 다온 3 -> KMMLU'],
    edgeProps: ['SCORED 가온 5 -> 누리 리더보드 score=0.795', 'SCORED 다온 3 -> KMMLU score=74.2'],
    absent: ['SCORED 다온 3 -> 누리 리더보드'],
  },
  // "리더보드 종합 점수는 0.77이었다": a sentence opening on the board's overall score is about the model in focus
  {
    cat: 'scored.overall-board-opening',
    text: "'누리 리더보드' 결과에 따르면 가온랩의 '가온 5'는 KMMLU에서 72.4점을 받았다. 리더보드 종합 점수는 0.771이었다.",
    expect: ['SCORED 가온 5 -> 누리 리더보드', 'SCORED 가온 5 -> KMMLU'],
    edgeProps: ['SCORED 가온 5 -> 누리 리더보드 score=0.771'],
  },
  // bare sizes of a line-up in sentences that name no model: the article's model of that size
  {
    cat: 'models.article-sizes',
    text: "누리랩스는 '누리-K 3 30B', '누리-K 3 7B', '누리-K 3 1B' 세 모델을 공개했다. 중간 크기인 7B(70억 개)는 30B 모델을 교사 모델로 삼아 증류해 만들었다. 1B는 처음부터 자체 구축한 프롬 스크래치 방식으로 개발했다.",
    expect: ['BASED_ON 누리-K 3 7B -> 누리-K 3 30B'],
    noNodes: ['Model:크기인 7B'],
    props: ['누리-K 3 1B=fromScratch:true'],
  },
  // one sized model alone is no line-up: a bare size stays unread
  {
    cat: 'models.article-sizes',
    text: "누리랩스는 '누리 3'을 공개했다. 이 모델은 '가온 4 30B'를 바탕으로 학습했다. 본 모델인 30B 버전은 API로만 제공한다. 30B는 당분간 공개하지 않는다.",
    absent: ['BASED_ON 누리 3 -> 누리 3'],
    noNodes: ['Model:크기인 30B'],
  },
  // "X를 'Y 사업' 1호 기업으로 지정": the company designated the programme's first company takes part in it
  {
    cat: 'participates.company-designated-programme',
    text: "대구시는 누리랩스(대표 김철수)를 '대구형 AI 전환 지원사업' 1호 기업으로 지정했다.",
    expect: ['PARTICIPATES_IN 누리랩스 -> 대구형 AI 전환 지원사업'],
  },
  {
    cat: 'participates.company-designated-programme',
    text: "대구시는 누리랩스(대표 김철수)를 '대구형 AI 전환 지원사업' 1호 기업으로 지정하지 않았다.",
    absent: ['PARTICIPATES_IN 누리랩스 -> 대구형 AI 전환 지원사업'],
  },
  // "Y를 기반으로, C가 … 추가로 학습시키는 방식입니다": a spoken report's base of the model in focus, its long clause read whole
  {
    cat: 'based-on.focus-spoken-manner',
    text: "솔트룩스와 네이버클라우드가 법률 특화 모델을 함께 만듭니다. 두 회사가 함께 만들 모델의 이름은 '루시아 리걸'입니다. 네이버클라우드의 경량 모델인 '하이퍼클로바X 시드'를 기반으로, 솔트룩스가 10년 넘게 모아 온 판례 자료와 법령 해설서를 추가로 학습시키는 방식입니다.",
    expect: ['BASED_ON 루시아 리걸 -> 하이퍼클로바X 시드'],
  },
];

describe('generalise: set 113 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
