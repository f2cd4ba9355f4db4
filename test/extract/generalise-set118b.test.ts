/**
 * Generalisation rows for the forms of held-out set 118 read in its second round: a size in B right after a quoted
 * name, a size sentence whose topic is the model ("X의 크기는 … N 파라미터"), a prototype noun between a model and its
 * particle, a goal sentence's base, an applicant turned down after the sentence naming the call, the first line of a
 * score list, and a first-person post's company selected for a programme.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "'Y' 7B는 …": a size in B after the closing quote of a name is that model's size, and the particle after it is the name's
  {
    cat: 'properties.quoted-name-size',
    text: "가온랩은 '가온 4'를 공개했다. 비교 모델인 다온랩의 '다온 3.5' 7B는 KMMLU 58.1점을 받았다.",
    expect: ['SCORED 다온 3.5 -> KMMLU'],
    props: ['다온 3.5=parameters:7000000000'],
  },
  // a count of tokens after the quote is no size
  {
    cat: 'properties.quoted-name-size',
    text: "다온랩은 '다온 3.5' 14B 토큰으로 학습한 결과를 공개했다.",
    props: ['다온 3.5=parameters:undefined'],
  },
  // "X의 크기는 기반 모델과 같은 N 파라미터로": the model whose size is the topic takes the count, not the base named between
  {
    cat: 'properties.size-topic',
    text: "솔트룩스와 네이버클라우드가 법률 특화 모델을 함께 만든다. 두 회사가 함께 만들 모델의 이름은 '루시아 리걸'이다. 네이버클라우드의 '하이퍼클로바X 시드'를 기반으로, 판례 자료를 추가로 학습시키는 방식이다. 하이퍼클로바X 시드는 지난해 나온 140억 파라미터 모델이다. 루시아 리걸의 크기는 기반 모델과 같은 140억 파라미터로 유지된다.",
    props: ['루시아 리걸=parameters:14000000000'],
  },
  // a size topic closed by a contrast leaves the count to the other clause's model
  {
    cat: 'properties.size-topic',
    text: "가온랩은 '가온 2'를 공개했다. 가온 2의 크기는 공개되지 않았지만, 다온의 '다온 3'은 140억 파라미터 모델이다.",
    props: ['가온 2=parameters:undefined', '다온 3=parameters:14000000000'],
  },
  // "BENCH에서 X 시제품은 N점": a prototype of the model is the model
  {
    cat: 'scored.prototype-noun',
    text: "누리랩스가 '누리 리걸'을 공개했다. 누리랩스가 만든 평가셋 '리걸벤치'에서 누리 리걸 시제품은 81.2점을 받았다.",
    expect: ['SCORED 누리 리걸 -> 리걸벤치'],
    edgeProps: ['SCORED 누리 리걸 -> 리걸벤치 score=81.2'],
  },
  // a product built on the model is not the model
  {
    cat: 'scored.prototype-noun',
    text: "누리랩스가 '누리 리걸'을 공개했다. 평가셋 '리걸벤치'에서 누리 리걸 기반 시제품은 81.2점을 받았다.",
    absent: ['SCORED 누리 리걸 -> 리걸벤치'],
  },
  // "Y를 바탕으로 C의 데이터를 학습시켜 … 쓰는 것이 목표다": a goal sentence with no subject gives the base of the model in focus
  {
    cat: 'based-on.focus-goal-trained',
    text: "가온랩은 지난 20일 현대해상과 보험 특화 모델 '가온-3 케어'를 공동 개발하는 계약을 맺었다. 가온-3를 바탕으로 현대해상의 청구 데이터를 학습시켜 상담 업무에 쓰는 것이 목표다.",
    expect: ['BASED_ON 가온-3 케어 -> 가온-3'],
  },
  // a use not yet decided is no base
  {
    cat: 'based-on.focus-goal-trained',
    text: "가온랩은 지난 20일 현대해상과 보험 특화 모델 '가온-3 케어'를 공동 개발하는 계약을 맺었다. 가온-3를 바탕으로 현대해상의 청구 데이터를 학습시킬지는 아직 정하지 않았다.",
    absent: ['BASED_ON 가온-3 케어 -> 가온-3'],
  },
  // "점수는 아래와 같습니다. 모두 직접 잰 값입니다." then "BENCH: N" lines: an aside between the lead and the list still leads it
  {
    cat: 'scored.focus-line-after-aside',
    text: "누리랩스는 지난 20일 '누리 5'를 공개했습니다. 70억(7B) 파라미터 규모입니다.\n\n주요 점수는 아래와 같습니다. 모두 저희가 직접 잰 값입니다.\n\nKMMLU: 62.3\n\nCLIcK: 71.5\n\nHRM8K: 공개 예정",
    expect: ['SCORED 누리 5 -> KMMLU', 'SCORED 누리 5 -> CLIcK'],
    edgeProps: ['SCORED 누리 5 -> KMMLU score=62.3'],
  },
  // with no sentence saying scores follow, the aside leads nothing
  {
    cat: 'scored.focus-line-after-aside',
    text: "누리랩스는 지난 20일 '누리 5'를 공개했습니다. 70억(7B) 파라미터 규모입니다.\n\n학습에는 석 달이 걸렸습니다. 모두 저희가 직접 했습니다.\n\nKMMLU: 62.3",
    absent: ['SCORED 누리 5 -> KMMLU'],
  },
  // a first-person post's subjectless "…의 2027년도 공급기업으로 선정됐습니다": the post's company was selected
  {
    cat: 'participates.omitted-subject-year-role',
    text: "안녕하세요, 누리랩스입니다. 이번 달 소식을 전합니다.\n\n과학기술정보통신부가 운영하는 AI 바우처 지원사업의 2027년도 공급기업으로 선정됐습니다.",
    expect: ['PARTICIPATES_IN 누리랩스 -> AI 바우처 지원사업'],
  },
  {
    cat: 'participates.omitted-subject-year-role',
    text: "안녕하세요, 누리랩스입니다. 이번 달 소식을 전합니다.\n\n과학기술정보통신부가 운영하는 AI 바우처 지원사업의 2027년도 공급기업으로는 선정되지 않았습니다.",
    absent: ['PARTICIPATES_IN 누리랩스 -> AI 바우처 지원사업'],
  },
  // "X 컨소시엄 등 4곳은 고배를 마셨다" with the call only in the sentence before ("이번 공모"): the applicant turned down took part
  {
    cat: 'participates.turned-down-counted',
    text: "경상북도는 'AI 제조 혁신 프로젝트' 수행 기업으로 가온랩 컨소시엄 등 3곳을 선정했다고 밝혔다. 가온랩은 자체 모델 '가온-M'을 공장에 적용한다.\n\n한편 이번 공모에는 모두 7개 컨소시엄이 지원했다. 대구의 보안 기업 누리소프트 컨소시엄 등 4곳은 고배를 마셨다.",
    expect: ['PARTICIPATES_IN 누리소프트 -> AI 제조 혁신 프로젝트'],
  },
  // an outcome only guessed at gives nothing
  {
    cat: 'participates.turned-down-counted',
    text: "경상북도는 'AI 제조 혁신 프로젝트' 수행 기업으로 가온랩 컨소시엄 등 3곳을 선정했다고 밝혔다. 가온랩은 자체 모델 '가온-M'을 공장에 적용한다.\n\n한편 이번 공모에는 모두 7개 컨소시엄이 지원했다. 대구의 보안 기업 누리소프트 컨소시엄 등 4곳은 고배를 마실 것으로 보인다.",
    absent: ['PARTICIPATES_IN 누리소프트 -> AI 제조 혁신 프로젝트'],
  },
];

describe('generalise: set 118 forms (second round)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
