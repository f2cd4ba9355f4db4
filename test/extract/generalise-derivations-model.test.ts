/**
 * Generalisation rows of generalise-derivations: the 'model' rows.
 * The others are in the other generalise-derivations-*.test.ts files. Each row is a short article written
 * for these tests, the facts it must give and the facts it must not give; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // an open-weights phrase after a family name says how it is released ("X 오픈 웨이트 생태계"), no "Open" variant of it
  { cat: 'model.open-weights-phrase', text: '「라마 오픈 웨이트 생태계와 국내 스타트업」 강연이 열린다.', noNodes: ['Model:라마 오픈'] },
  { cat: 'model.open-weights-phrase', text: 'Developers now build on Llama open weights at scale.', noNodes: ['Model:Llama open', 'Model:Llama Open'] },
  {
    // a quantised checkpoint of a known model quoted with its tag ("X 32B-FP8", "X-INT8") is its own model, derived from X
    cat: 'model.quantised-variant',
    text: "가온칩이 엑사원 4.0 32B를 8비트(INT8)로 양자화한 '엑사원 4.0 32B-INT8'은 KMMLU에서 70.2점을 받았다.",
    expect: ['SCORED 엑사원 4.0 32B-INT8 -> KMMLU', 'BASED_ON 엑사원 4.0 32B-INT8 -> 엑사원 4.0 32B'],
    absent: ['SCORED 엑사원 4.0 32B -> KMMLU'],
  },
  {
    cat: 'model.quantised-variant',
    text: "가온칩이 엑사원 4.5를 8비트 부동소수점(FP8)으로 양자화한 '엑사원 4.5 32B-FP8'은 KMMLU에서 70.2점을 받았다.",
    expect: ['SCORED 엑사원 4.5 32B-FP8 -> KMMLU', 'BASED_ON 엑사원 4.5 32B-FP8 -> 엑사원 4.5'],
    absent: ['SCORED 엑사원 4.5 32B -> KMMLU'],
  },
  {
    // a name written in Hangul and again in Latin letters that sound the same, after a release wording, is a model
    cat: 'model.bilingual-name',
    text: '한빛랩스는 지난달 오픈 웨이트로 공개한 가람 나노(Garam Nano)를 소개했다.',
    nodes: ['Model:가람 나노'],
    sameNode: ['가람 나노=Garam Nano'],
  },
  {
    cat: 'model.bilingual-name',
    text: '이 회사가 새로 내놓은 모델은 보람 라이트(Boram Lite)다.',
    nodes: ['Model:보람 라이트'],
  },
  {
    cat: 'model.bilingual-name',
    text: '한빛랩스는 라마 3.1을 기반으로 판례를 추가 학습시킨 누리스펙(Nurispec)을 공개했다.',
    nodes: ['Model:누리스펙'],
    expect: ['BASED_ON 누리스펙 -> 라마 3.1'],
  },
  {
    // … not a generic word with its English gloss, nor letters that do not sound the same
    cat: 'model.bilingual-name',
    text: '공개한 토크나이저(Tokenizer)가 바뀌었다. 회사가 공개한 미리내(Galaxy)는 서비스다.',
    noNodes: ['Model:토크나이저', 'Model:미리내'],
  },
  {
    // a causative training verb before a quoted name releases a model ("추가 학습시킨 'X'")
    cat: 'model.after-causative-training',
    text: "바른AI는 엑사원 3.5를 기반으로 계약서 10만 건을 추가 학습시킨 '바른-계약(Bareun-Contract)'을 올렸다.",
    nodes: ['Model:바른-계약'],
    expect: ['BASED_ON 바른-계약 -> 엑사원 3.5', 'DEVELOPED 바른AI -> 바른-계약'],
  },
  {
    cat: 'model.after-causative-training',
    text: "스타트업 온새미는 큐원 2.5에 상담 기록을 훈련시킨 '온새미-상담'을 배포했다.",
    nodes: ['Model:온새미-상담'],
  },
  {
    // a quoted one-word name with a hyphened variant word ("'X-mini'") in a sentence about models is a model
    cat: 'model.variant-name',
    text: "스타트업 누리코드의 '누리코드-mini' 역시 자사 대형 모델 '누리코드-L'을 증류해 만들었다.",
    nodes: ['Model:누리코드-mini'],
    expect: ['BASED_ON 누리코드-mini -> 누리코드-L'],
    absent: ['BASED_ON 누리코드-L -> 누리코드-mini'],
  },
  // "X의 제출 모델", "X의 출품 모델": a competition entry with its entrant but no name is a model of the entrant's
  { cat: 'model.anonymous-entry', text: '경진대회 결과가 나왔다. 네이버클라우드의 출품 모델은 KMMLU 66.2점이었다.', nodes: ['Model:네이버클라우드의 출품 모델'], expect: ['SCORED 네이버클라우드의 출품 모델 -> KMMLU', 'DEVELOPED 네이버클라우드 -> 네이버클라우드의 출품 모델'] },
  { cat: 'model.anonymous-entry', text: '경진대회 결과가 나왔다. 업스테이지의 제출 모델은 KMMLU에서 70.1점을 받았다.', expect: ['SCORED 업스테이지의 제출 모델 -> KMMLU'] },
];

describe('derivation rows (bases and predecessors of the model the sentences are about)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
