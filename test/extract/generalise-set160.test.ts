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
  // "Z는 Y의 출력을 학습하는 증류 방식으로 만들어졌다": Z is distilled from Y
  {
    cat: 'based-on.distilled-by-method',
    text: "다온AI는 '다온 3.0'을 공개했다. 함께 공개된 '다온 3.0 미니'는 30억 파라미터 모델이다. 이 모델은 다온 3.0의 답변을 그대로 학습하는 증류 기법으로 개발됐다.",
    expect: ['BASED_ON 다온 3.0 미니 -> 다온 3.0', 'DEVELOPED 다온AI -> 다온 3.0 미니'],
  },
  {
    cat: 'based-on.distilled-by-method',
    text: "다온AI는 '다온 3.0'과 '다온 3.0 미니'를 공개했다. 다온 3.0 미니는 다온 3.0의 답변을 모방하는 지식 증류 방법으로 개발됐다.",
    expect: ['BASED_ON 다온 3.0 미니 -> 다온 3.0'],
  },
  {
    cat: 'based-on.distilled-by-method',
    text: "다온AI는 '다온 3.0'과 '다온 3.0 미니'를 공개했다. 다온 3.0 미니는 다온 3.0의 출력을 학습하는 증류 방식으로 만들어진 것이 아니다.",
    absent: ['BASED_ON 다온 3.0 미니 -> 다온 3.0'],
  },
  // "Z는 A와 B를 병합한 다음 (뒤) … 튜닝해 완성했다": both merged models are bases
  {
    cat: 'based-on.merged-then-trained',
    text: "가온랩은 '하늘-K'를 공개했다. 이 모델은 업스테이지의 ‘솔라 프로 2(Solar Pro 2)’와 카카오의 ‘카나나 1.5’를 병합한 다음 법률 문서로 튜닝해 완성했다.",
    expect: ['BASED_ON 하늘-K -> 솔라 프로 2', 'BASED_ON 하늘-K -> 카나나 1.5'],
  },
  {
    cat: 'based-on.merged-then-trained',
    text: "가온랩은 '하늘-K'를 공개했다. 이 모델은 솔라 프로 2와 카나나 1.5를 비교한 뒤 추가 학습해 만들었다.",
    absent: ['BASED_ON 하늘-K -> 솔라 프로 2'],
  },
  {
    cat: 'based-on.merged-then-trained',
    text: "가온랩은 '하늘-K'를 공개했다. 이 모델은 솔라 프로 2와 카나나 1.5를 병합한 뒤 추가 학습해 만든 것은 아니다.",
    absent: ['BASED_ON 하늘-K -> 솔라 프로 2', 'BASED_ON 하늘-K -> 카나나 1.5'],
  },
  // "가상자산 거래소 X(Latin)": an exchange named with its Latin spelling is a company; a translated gloss is none
  {
    cat: 'discovery.glossed-exchange',
    text: "하람소프트는 '하람 14B'를 출시했다. 하람소프트는 가상자산 거래소 루나빗(LunaBit)와 상담 솔루션 공급 계약을 맺었다.",
    nodes: ['Company:루나빗'],
  },
  {
    cat: 'discovery.glossed-exchange',
    text: "하람소프트는 '하람 14B'를 출시했다. 이 모델은 거래소 공시(Disclosure)와 증권사 보고서(Report)를 읽는다.",
    noNodes: ['Company:공시', 'Company:보고서'],
  },
  // "X 14B" … "두 회사는 X를 …": a bare model-line name the company discovery would read by its kind suffix (…마인드) is the model
  {
    cat: 'discovery.model-line-head',
    text: "하람소프트(HaramSoft)가 금융 특화 모델 ‘루미마인드 14B’를 출시했다. 두 회사는 루미마인드를 클라우드 장터에 함께 올린다. 회사의 연구는 김서준 최고기술책임자(CTO)가 맡는다. 김 CTO는 작년 하람소프트에 합류했다.",
    noNodes: ['Company:루미마인드'],
    sameNode: ['루미마인드 14B=루미마인드'],
    expect: ['WORKS_FOR 김서준 -> 하람소프트'],
    absent: ['WORKS_FOR 김서준 -> 루미마인드'],
  },
  // … but not where the article names it as a company too
  {
    cat: 'discovery.model-line-head',
    text: "스타트업 루미마인드는 ‘루미마인드 7B’를 내놨다. 루미마인드 관계자는 다음 모델도 준비 중이라고 했다.",
    nodes: ['Company:루미마인드'],
    expect: ['DEVELOPED 루미마인드 -> 루미마인드 7B'],
  },
  // "LG AI연구원은 … 연구원에서 Y 학습을 이끄는 NAME 센터장은": the article's one organisation named "…연구원", by that word alone
  // at a sentence's start; a researcher's title after a name ("NAME 연구원은") is no such word
  {
    cat: 'references.institute-short-name',
    text: "LG AI연구원은 '엑사원 5.0'을 공개했다. 연구원에서 엑사원 학습을 이끄는 김서준 센터장은 성능이 좋아졌다고 말했다.",
    expect: ['WORKS_FOR 김서준 -> LG AI연구원'],
  },
  {
    cat: 'references.institute-short-name',
    text: "LG AI연구원은 '엑사원 5.0'을 공개했다. 이날 발표에서 연구원에서 일했던 박도윤 교수는 성능을 평가했다.",
    absent: ['WORKS_FOR 박도윤 -> LG AI연구원'],
  },
];

describe('set 160 phrasings, in other words', () => {
  for (const row of rows) it(row.cat, () => checkFactRow(row));
});
