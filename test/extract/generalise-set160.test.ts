/**
 * Generalisation rows for phrasings met in blind set 160 (a group lab and its affiliates, a crypto firm's fine-tune, a
 * magazine's small-model review, a merged public-service model): a model another company receives under a supply deal is
 * not its own release; a unit's lead named with the model line it develops ("X에서 Y 개발을 이끄는 NAME 직함"); a model made
 * "by the distillation that learns Y's outputs"; two models merged and then trained further; an exchange or brokerage
 * named with its Latin spelling; a model line's bare name that only the company-suffix discovery reads as a company; an
 * institute named "…연구원" called "연구원" alone at a sentence's start.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "B는 이 모델을 A에서 넘겨받아 … 출시하는 제품에 쓴다": B receives the model; the release verb is its product's, no DEVELOPED
  {
    cat: 'developed.received-not-released',
    text: "가온랩은 '가온 2 미니'를 공개했다. 누리전자는 이 모델을 가온랩에서 넘겨받아 하반기에 출시하는 로봇청소기에 쓴다.",
    expect: ['DEVELOPED 가온랩 -> 가온 2 미니'],
    absent: ['DEVELOPED 누리전자 -> 가온 2 미니'],
  },
  {
    cat: 'developed.received-not-released',
    text: "누리전자는 '가온 2 미니'를 제공받아 다음 달 공개하는 스피커에 쓸 계획이다.",
    absent: ['DEVELOPED 누리전자 -> 가온 2 미니'],
  },
  // … while a company's own release with words between still reads
  {
    cat: 'developed.received-not-released',
    text: "누리전자는 '누리봇 3'을 자체 데이터로 학습해 이달 공개했다.",
    expect: ['DEVELOPED 누리전자 -> 누리봇 3'],
  },
  // "X에서 Y 개발을 이끄는 NAME 직함": the model line between the company and the work does not stop the affiliation
  {
    cat: 'works-for.leads-work-at',
    text: "카카오는 '카나나 2'를 공개했다. 카카오에서 카나나 고도화를 담당하는 박도윤 팀장은 후속작도 준비한다고 말했다.",
    expect: ['WORKS_FOR 박도윤 -> 카카오'],
  },
  {
    cat: 'works-for.leads-work-at',
    text: "카카오는 '카나나 2'를 공개했다. 카카오에서 카나나를 시험해 본 박도윤 교수는 속도가 빠르다고 평가했다.",
    absent: ['WORKS_FOR 박도윤 -> 카카오'],
  },
];

describe('set 160 phrasings, in other words', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
