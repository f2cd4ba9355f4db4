/**
 * Generalisation rows for the forms of held-out set 123's second round: a bare family word inside a quoted remark
 * after a relation (the article's version of that family, not the family), a number revised within its sentence,
 * a deed of an unnamed party ("한 … 업체는") that is no deed of the story's model, a model initialised from
 * another's weights, a variant "함께 공개된" with the main model, a speaker's word on cooperation with another
 * company, and a table's model cell with a footnote star. Every row is a short article written for these tests;
 * none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the narration's relation word ("병합") is not the speaker's: the family word in the quote is the version named before
  {
    cat: 'families.quoted-remark',
    text: "가람랩이 내놓은 '가람-M 9B'는 구글의 '젬마 3' 12B와 알리바바의 '큐웬3' 8B를 병합해 만든 모델로, 회사는 \"문장력은 젬마에서, 수학은 큐웬에서 빌렸다\"고 했다.",
    expect: ['BASED_ON 가람-M 9B -> 젬마 3', 'BASED_ON 가람-M 9B -> 큐웬3'],
    noNodes: ['Model:젬마', 'Model:큐웬'],
  },
  // outside a quote, a family word beside a relation between two versions stays the family
  {
    cat: 'families.quoted-remark',
    text: "가람랩은 구글의 '젬마 3'를 내려받아 썼다. 젬마 2와 비교해 젬마 계열이 한국어에 강해졌다고 회사는 평가했다.",
    nodes: ['Model:젬마 3'],
    absent: ['BASED_ON 젬마 3 -> 젬마'],
  },
  // "처음 … 61.2점이 나왔지만, … 다시 잰 결과 62.0점으로 바뀌었다": the revised number is the score
  {
    cat: 'corrections.revised-in-sentence',
    text: "가람랩의 '가람-M 9B'는 KMMLU 평가를 두 번 받았다. 가람-M 9B는 처음 측정에서 KMMLU 61.2점이 나왔지만, 채점 오류를 고친 뒤 다시 잰 결과 62.0점으로 바뀌었다.",
    expect: ['SCORED 가람-M 9B -> KMMLU'],
    edgeProps: ['SCORED 가람-M 9B -> KMMLU score=62'],
  },
  // two numbers that are no revision of one another: the first stays
  {
    cat: 'corrections.revised-in-sentence',
    text: "가람랩의 '가람-M 9B'는 KMMLU에서 61.2점을 받았지만, 경쟁 모델은 62.0점으로 앞섰다.",
    edgeProps: ['SCORED 가람-M 9B -> KMMLU score=61.2'],
  },
  // an unnamed firm's fine-tune of a model is no deed of the story's model
  {
    cat: 'match.unnamed-subject',
    text: "KT는 '믿:음 3.0'의 기반 모델을 밝히지 않았다. 한 핀테크 업체는 가람랩의 가람-M 9B를 내려받아 금융 문서로 미세조정했다고 했다.",
    absent: ['BASED_ON 믿:음 3.0 -> 가람-M 9B'],
  },
  {
    cat: 'match.unnamed-subject',
    text: "가람랩은 '가람-S 2'를 내놨다. 가람-S 2는 큐웬3 8B에 금융 문서를 추가 학습했다.",
    expect: ['BASED_ON 가람-S 2 -> 큐웬3 8B'],
  },
  // "X사의 제출 모델은 … N점": a score of a company's unnamed model is not the story's model's
  {
    cat: 'match.unnamed-subject',
    text: "가온헬스의 '가온-메드 2'는 KorMedMCQA에서 70.4점을 받았다. 누리메디의 제출 모델은 KorMedMCQA 66.0점이었다.",
    expect: ['SCORED 가온-메드 2 -> KorMedMCQA'],
    edgeProps: ['SCORED 가온-메드 2 -> KorMedMCQA score=70.4'],
  },
  {
    cat: 'match.unnamed-subject',
    text: "가온헬스의 '가온-메드 2'는 의료 특화 모델이다. 이 모델은 KorMedMCQA 66.0점이었다.",
    edgeProps: ['SCORED 가온-메드 2 -> KorMedMCQA score=66'],
  },
  // a table row whose model cell carries a footnote star ("큐웬3 8B*"): the row is read
  {
    cat: 'table-cells.star-footnote',
    text: "가온랩이 모델 점수를 공개했다.\n모델 | KMMLU | HAE-RAE\n가온-M 9B | 61.0 | 70.1\n큐웬3 8B* | 58.2 | 66.0\n* 비교용 해외 모델.",
    expect: ['SCORED 가온-M 9B -> KMMLU', 'SCORED 큐웬3 8B -> KMMLU', 'SCORED 큐웬3 8B -> HAE-RAE'],
    edgeProps: ['SCORED 큐웬3 8B -> KMMLU score=58.2'],
  },
  {
    cat: 'table-cells.star-footnote',
    text: "가온랩이 모델 점수를 공개했다.\n모델 | KMMLU | HAE-RAE\n가온-M 9B | 61.0 | 70.1\n* 큐웬3 8B는 비교하지 않았다.",
    absent: ['SCORED 큐웬3 8B -> KMMLU'],
  },
  // a model whose training starts from another's weights is built on it
  {
    cat: 'based-on.initialised-from',
    text: "누리소프트는 '누리-L 3'를 학습시키면서 미스트랄AI의 '미스트랄 스몰 3' 가중치로 초기화한 뒤 국어 말뭉치로 사전학습을 이어갔다.",
    expect: ['BASED_ON 누리-L 3 -> 미스트랄 스몰 3'],
  },
  {
    cat: 'based-on.initialised-from',
    text: "누리소프트는 '누리-L 3'를 학습시키면서 '미스트랄 스몰 3' 가중치로 초기화할지 검토했다고 밝혔다.",
    absent: ['BASED_ON 누리-L 3 -> 미스트랄 스몰 3'],
  },
  // "함께 공개된 'X 라이트'": a variant released with the model whose day the article gave
  {
    cat: 'shared-properties.released-together-before',
    text: "누리소프트는 지난 14일 부산에서 '누리-L 3'를 공개했다. 함께 공개된 '누리-L 3 라이트'는 누리-L 3를 교사 모델로 증류한 소형 모델이다.",
    publishedAt: '2026-05-15',
    props: ['누리-L 3 라이트=releasedOn:2026-05-14'],
  },
  // a variant said to come later, not released together, does not take the day
  {
    cat: 'shared-properties.released-together-before',
    text: "누리소프트는 지난 14일 부산에서 '누리-L 3'를 공개했다. 경량판인 '누리-L 3 라이트'는 내년에 나올 예정이다.",
    publishedAt: '2026-05-15',
    props: ['누리-L 3 라이트=releasedOn:undefined'],
  },
  // the speaker's company and the company it says it cooperates with
  {
    cat: 'partners.speaker-quoted-cooperation',
    text: '누리소프트가 새 모델을 공개했다. 윤하람 누리소프트 대표는 "가온랩과는 라이선스 계약을 맺고 기술 협력도 이어가고 있다"고 말했다.',
    expect: ['PARTNERS_WITH 가온랩 -> 누리소프트'],
  },
  {
    cat: 'partners.speaker-quoted-cooperation',
    text: '누리소프트가 새 모델을 공개했다. 윤하람 누리소프트 대표는 "가온랩과 협력할 계획은 아직 없다"고 말했다.',
    absent: ['PARTNERS_WITH 가온랩 -> 누리소프트'],
  },
];

describe('generalise: set 123 second-round forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
