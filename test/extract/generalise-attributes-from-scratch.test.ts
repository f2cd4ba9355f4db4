/**
 * Generalisation rows of generalise-attributes: the 'from-scratch' rows.
 * The others are in the other generalise-attributes-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // built with no model from outside, in any wording
    cat: 'from-scratch.no-outside-model',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 이 모델은 해외 모델에 의존하지 않고 독자 개발됐다.",
    props: ['미르 1=fromScratch:true'],
  },
  {
    cat: 'from-scratch.not-a-tuning-of-outside-model',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 미르 1은 외산 모델을 기반으로 한 튜닝이 아닌, 자체 기술로 만든 모델이다.",
    props: ['미르 1=fromScratch:true'],
  },
  {
    // "처음부터 … 학습한 프롬 스크래치 모델 'Y'": the cue restated right before the model is where it goes, not the model in focus
    cat: 'from-scratch.restated-cue',
    text: "미르AI의 '미르 1'은 라마를 기반으로 추가 학습한 모델이다. 미르AI는 같은 달 처음부터 직접 설계하고 학습한 프롬 스크래치 모델 '미르 제로'도 선보였다.",
    props: ['미르 제로=fromScratch:true', '미르 1=fromScratch:undefined'],
  },
  {
    // a structure of its own the model was pretrained with is the whole model built anew (h93_03); one that took another's weights is not
    cat: 'from-scratch.own-structure-pretrained',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 회사는 이 모델을 처음부터 직접 설계한 구조로 사전학습했다고 설명했다.",
    props: ['미르 1=fromScratch:true'],
  },
  {
    cat: 'from-scratch.trap-own-structure-given-weights',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 미르 1은 처음부터 다시 설계한 구조에 라마의 가중치를 얹었다.",
    props: ['미르 1=fromScratch:undefined'],
  },
  {
    cat: 'from-scratch.trap-other-model-compared',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 미르 1은 다른 모델과 달리 한국어에 강하다.",
    props: ['미르 1=fromScratch:undefined'],
  },
  {
    // a claim the writer reports as disputed
    cat: 'from-scratch.trap-claim-disputed',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 미르 1은 외부 모델을 쓰지 않았다고 회사는 주장하지만 업계는 의문을 제기한다.",
    props: ['미르 1=fromScratch:undefined'],
  },
  {
    // variant words of a series as the subject ("플래그십과 에센스 모델은") name its models: the main one bears the series' name
    cat: 'from-scratch.variant-words-subject',
    text: "다온AI는 '다온 3'와 '다온 3 에센스', '다온 3 나노'를 공개했다. 플래그십과 에센스 모델은 프롬 스크래치 방식으로 개발됐다.",
    props: ['다온 3=fromScratch:true', '다온 3 에센스=fromScratch:true', '다온 3 나노=fromScratch:undefined'],
  },
  {
    // from scratch: a plan naming no model, or a part of the model built anew on borrowed weights, is not the model's
    cat: 'from-scratch.planned',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 회사는 다음 버전을 프롬 스크래치로 개발할 계획이다.",
    props: ['미르 1=fromScratch:undefined'],
  },
  {
    cat: 'from-scratch.part-only',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 미르 1은 처음부터 다시 설계한 아키텍처에 라마 가중치를 얹어 만들었다.",
    props: ['미르 1=fromScratch:undefined'],
  },
  {
    cat: 'from-scratch.model-kept',
    text: "미르AI는 거대언어모델 '미르 1'을 공개했다. 미르 1은 처음부터 직접 학습한 모델이다.",
    props: ['미르 1=fromScratch:true'],
  },
];

describe('scored attributes in invented wording', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 50)}`, () => checkFactRow(row));
});
