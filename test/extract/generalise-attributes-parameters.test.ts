/**
 * Generalisation rows of generalise-attributes: the 'parameters' rows.
 * The others are in the other generalise-attributes-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    // "'Y'(80억 개)": a count in parentheses right after a name is that model's, not the sentence topic's
    cat: 'parameters.paren-after-name',
    text: "모아AI는 거대언어모델 '모아 3'를 출시했다. 모아 3는 70억 매개변수로 메타의 '라마 3'(80억 개)보다 작다.",
    props: ['모아 3=parameters:7000000000', '라마 3=parameters:8000000000'],
  },
  {
    // a count inside the parentheses after a name, behind its English name or a word for parameters, is that model's
    cat: 'parameters.paren-with-gloss',
    text: "다온AI의 주력 모델인 '다온 챗 2'는 가람AI의 '가람 프로'(Garam Pro·매개변수 310억개)에 금융 데이터를 추가 학습한 뒤 220억개 규모로 경량화한 모델이다.",
    props: ['가람 프로=parameters:31000000000', '다온 챗 2=parameters:22000000000'],
  },
  {
    cat: 'parameters.paren-in-bullet-list',
    text: "누리AI가 이번에 선보인 라인업은 ▲플래그십 모델 '누리 3'(매개변수 650억 개) ▲중형 모델 '누리 3 에센스'(150억 개) 등 2종이다.",
    props: ['누리 3=parameters:65000000000', '누리 3 에센스=parameters:15000000000'],
  },
  {
    // a model whose name gives a size takes no count far from it; a near one (the exact count) still wins
    cat: 'parameters.name-size-contradicted',
    text: "별빛AI는 새 모델 '별빛 2'를 공개했다. 매개변수 140억 개(14B)의 기본 모델과 17억 개(1.7B)의 경량 모델 '별빛 2 1.7B' 등 두 가지로 구성됐다.",
    props: ['별빛 2 1.7B=parameters:1700000000'],
  },
  {
    cat: 'parameters.name-size-of-base-variant',
    text: "국내 스타트업 한빛랩스는 Hanbit-70B 라이트를 소개했다. 자사 Hanbit-70B의 구조를 이어받되 층을 절반으로 줄인 모델로, 파라미터는 약 350억 개다.",
    props: ['Hanbit-70B 라이트=parameters:35000000000'],
  },
  {
    cat: 'parameters.name-size-refined',
    text: "별빛AI는 새 모델 'Byeol-30B-A3B'를 공개했다. 실제 매개변수는 305억 개다.",
    props: ['Byeol-30B-A3B=parameters:30500000000'],
  },
  {
    // "N 규모로 Y와 비교된다": a count the predicate takes with 로 modifies no model after it
    cat: 'parameters.adverbial-ro-not-modifier',
    text: "모아AI는 거대언어모델 '모아 3'를 출시했다. 모아 3는 파라미터 70억개 규모로 오픈AI의 GPT-4o와 비교된다.",
    props: ['모아 3=parameters:7000000000', 'GPT-4o=parameters:undefined'],
  },
  {
    // "70억 개 규모로 새로 만든 'Y'": with an adnominal verb after 로, the count still modifies the name
    cat: 'parameters.adverbial-ro-then-adnominal',
    text: "모아AI는 70억 개 매개변수 규모로 새로 만든 '모아 4'를 출시했다.",
    props: ['모아 4=parameters:7000000000'],
  },
  {
    cat: 'parameters.adverbial-ro-in-relative-clause',
    text: "나래AI는 지난달 매개변수를 24억 개로 줄인 경량 모델 '나래 미니'를 선보였다.",
    props: ['나래 미니=parameters:2400000000'],
  },
  {
    // mixture of experts: the total counts, not the active parameters
    cat: 'parameters.moe-total-not-active',
    text: "가람시스템즈는 14일 거대언어모델 '가람-MoE'를 공개했다. 가람-MoE는 활성 파라미터 3B(전체 30B) 규모다.",
    props: ['가람-MoE=parameters:30000000000'],
    noNodes: ['Model:전체 30B'],
  },
  {
    cat: 'parameters.moe-active-first',
    text: "가람시스템즈는 14일 거대언어모델 '가람-MoE'를 공개했다. 가람-MoE는 활성 매개변수 30억 개, 총 매개변수 300억 개의 MoE 모델이다.",
    props: ['가람-MoE=parameters:30000000000'],
  },
  {
    // a count of tokens ("토큰을 한 4천억 개 정도 더 학습") is data, not the model's size
    cat: 'parameters.trap-tokens-counted-after',
    text: "노을AI는 새 모델 '노을 3'를 공개했다. 노을 3는 한국어 토큰을 한 4천억 개 정도 더 학습시켰고, 매개변수는 120억 개다.",
    props: ['노을 3=parameters:12000000000'],
  },
  {
    // tokens counted before the model's size ("1조 개의 토큰으로 학습한 320억 파라미터 모델"): the size is the later count
    cat: 'parameters.trap-tokens-counted-with-genitive',
    text: "노을AI는 새 모델 '노을 3'를 공개했다. 노을 3는 2조 개의 토큰으로 학습한 150억 파라미터 모델이다.",
    props: ['노을 3=parameters:15000000000'],
  },
  {
    cat: 'parameters.trap-tokens-counted-with-genitive',
    text: "노을AI는 새 모델 '노을 3'를 공개했다. 노을 3는 3조 개 토큰을 학습했고 매개변수는 90억 개다.",
    props: ['노을 3=parameters:9000000000'],
  },
  {
    // a size as the predicate's noun, or a size word right before an unquoted name
    cat: 'parameters.size-predicate',
    text: "모아AI는 거대언어모델 '모아 3'를 출시했다. 모아 3는 0.5B 초경량 모델이다.",
    props: ['모아 3=parameters:500000000'],
  },
  {
    cat: 'parameters.size-before-unquoted-name',
    text: "모아AI는 거대언어모델 '모아 3'를 출시했다. 3.2B 규모의 모아 3는 스마트폰에서도 돌아간다.",
    props: ['모아 3=parameters:3200000000'],
  },
  {
    cat: 'parameters.size-word-predicate',
    text: "하늬소프트는 거대언어모델 '하늬 2' 시리즈를 공개했다. 하늬 2는 32B, 하늬 2 미니는 2.4B 크기다.",
    props: ['하늬 2=parameters:32000000000', '하늬 2 미니=parameters:2400000000'],
  },
  {
    cat: 'parameters.trap-money-scale',
    text: "하늬소프트는 거대언어모델 '하늬 2'를 공개했다. 이번 투자 유치는 500억 규모다.",
    props: ['하늬 2=parameters:undefined'],
  },
  {
    // trap: a size of an unnamed model compared with is no size of the topic
    cat: 'parameters.trap-compared-size',
    text: "모아AI는 거대언어모델 '모아 3'를 출시했다. 모아 3는 70B 모델보다 빠르다.",
    props: ['모아 3=parameters:undefined'],
  },
];

describe('scored attributes in invented wording', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 50)}`, () => checkFactRow(row));
});
