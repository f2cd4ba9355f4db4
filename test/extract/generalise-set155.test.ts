/**
 * Generalisation rows for phrasings met in blind set 155: a released set of test questions is a benchmark, a share of
 * a noun ("문항의 20%") is no score. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a quoted name that a set of test questions makes up is a benchmark, though a release verb follows it
  {
    cat: 'benchmark.made-of-questions',
    text: "가람대 연구팀은 고교 과목 문항 8000개로 구성한 ‘HanSchool’을 지난 2일 공개했다. 가온소프트의 '가온-7B'는 HanSchool에서 58.1점을 받았다.",
    nodes: ['Benchmark:HanSchool'],
    noNodes: ['Model:HanSchool'],
    edgeProps: ['SCORED 가온-7B -> HanSchool score=58.1'],
  },
  {
    cat: 'benchmark.made-of-questions',
    text: "누리랩은 기출 문제 3천여 개로 이뤄진 'KoExamSet'을 내놨다.",
    nodes: ['Benchmark:KoExamSet'],
  },
  // … not a model trained on data made of questions
  {
    cat: 'benchmark.made-of-questions',
    text: "가온소프트는 시험 문항으로 구성된 데이터로 학습한 '가온-7B'를 공개했다.",
    nodes: ['Model:가온-7B'],
    noNodes: ['Benchmark:가온-7B'],
  },
  // a share of a noun after a benchmark's topic ("X는 … 문항의 20%를 바꾼다") is no score on it
  {
    cat: 'scored.focus (a share of a noun)',
    text: "가온소프트의 '가온-7B'는 KMMLU에서 61.2점을 받았다. 연구팀은 \"KMMLU는 해마다 문항의 15%를 바꿔야 한다\"고 말했다.",
    edgeProps: ['SCORED 가온-7B -> KMMLU score=61.2'],
  },
  {
    cat: 'scored.focus (a share of a noun)',
    text: "가온소프트의 '가온-7B'가 관심을 모았다. 가람대 교수는 \"KMMLU는 매년 문항의 15%를 교체한다\"고 말했다.",
    absent: ['SCORED 가온-7B -> KMMLU'],
  },
  // a name glued to a logistics suffix is a company; a kind of logistics before it ("스마트물류") names the trade
  {
    cat: 'company.logistics-suffix',
    text: "한빛물류는 가온소프트의 '가온-7B'를 배차 업무에 도입했다. 한빛물류와 가온소프트는 공동 개발 협약을 맺었다.",
    nodes: ['Company:한빛물류'],
    expect: ['PARTNERS_WITH 한빛물류 -> 가온소프트'],
  },
  {
    cat: 'company.logistics-suffix',
    text: "스마트물류 확산에 맞춰 가온소프트는 '가온-7B'를 공개했다.",
    noNodes: ['Company:스마트물류'],
  },
  // a person named after the company's unit in the possessive ("X 전략(ST)본부의 NAME 상무") works for the company
  {
    cat: 'works-for.company-name-title (unit in the possessive)',
    text: "한빛물류 데이터혁신(DI)센터의 오세린 상무는 새 모델을 검토했다.",
    expect: ['WORKS_FOR 오세린 -> 한빛물류'],
    edgeProps: ['WORKS_FOR 오세린 -> 한빛물류 title=상무'],
  },
  // a model named by its maker's name head and a word of its own is that word alone later
  {
    cat: 'model.company-headed short form',
    text: "한빛물류의 사내 모델 '한빛 카고마인드'는 가온소프트의 '가온-7B'를 기반으로 만든 모델이다. 카고마인드는 KMMLU에서 55.2점을 받았다.",
    sameNode: ['한빛 카고마인드=카고마인드'],
    noNodes: ['Company:카고마인드'],
    edgeProps: ['SCORED 한빛 카고마인드 -> KMMLU score=55.2'],
  },
  // … not a word that a company of another head carries
  {
    cat: 'model.company-headed short form',
    text: "가온소프트의 '누리 카고마인드'가 공개됐다. 카고마인드는 물류 특화 모델이다.",
    noNodes: ['Model:카고마인드'],
  },
  // a figure the sentence denies for another ("74점이 아닌 71점"), or calls inflated, is no score
  {
    cat: 'scored (a denied or inflated figure)',
    text: "가온소프트는 '가온-7B'를 공개했다.\n\n□ 가온-7B의 KMMLU 점수는 68.3점이 아닌 65.1점임\n\nㅇ 공통 평가에서 KMMLU 점수는 가온-7B가 65.1점이었음",
    edgeProps: ['SCORED 가온-7B -> KMMLU score=65.1'],
  },
  {
    cat: 'scored (a denied or inflated figure)',
    text: "일부 매체는 가온소프트의 '가온-7B' KMMLU 점수가 68.3점으로 과장됐다고 지적했다. 실제 가온-7B의 KMMLU 점수는 65.1점이다.",
    edgeProps: ['SCORED 가온-7B -> KMMLU score=65.1'],
  },
  // an official reply's nominal negation ("참여하지 않음") denies the membership
  {
    cat: 'negation (nominal ending)',
    text: "□ 누리랩은 가온소프트 컨소시엄에 참여하지 않음",
    absent: ['PARTNERS_WITH 누리랩 -> 가온소프트'],
  },
  {
    cat: 'negation (nominal ending)',
    text: "□ 누리랩은 가온소프트 컨소시엄에 참여함",
    expect: ['PARTNERS_WITH 누리랩 -> 가온소프트'],
  },
];

describe('generalise: set 155 phrasings', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
