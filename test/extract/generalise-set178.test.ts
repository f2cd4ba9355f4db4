/**
 * Generalisation rows for set 178's forms: a benchmark a third party built, named after the model's topic ("X는 Y가 자체
 * 구축한 평가셋 'Z'에서"), is no model Y built, and an armed service is no company; a predecessor called the model's
 * "정식 후속"; the size of an original model cut down to a smaller count ("…규모의 원본 모델을 … N까지 줄여"); a given
 * name that is also a device word ("마이크 배열"); a line that is a model's name and its topic particle ("■ 참고 : X는")
 * as the subject of the items under it; a base "만을 바탕으로"; a labelled item naming the model before its base
 * ("- X 공동 개발: Y를 바탕으로 …"); a size only expected ("…안팎이 될 것으로 보인다"); a plain-text media advisory's
 * attendee list one entry a line and its contact block run together.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X는 Y가 자체 구축한 평가셋 'Z'에서": Y built the benchmark, not X; an armed service is no company
  { cat: 'developed.passive-benchmark-builder', text: "가온랩은 해양 특화 언어모델 '바다솔-2'를 공개했다. 바다솔-2는 해군이 자체 구축한 평가셋 '함정정비평가'에서 81.5점을 받았다.", absent: ['DEVELOPED 해군 -> 바다솔-2'], noNodes: ['Company:해군'], edgeProps: ['SCORED 바다솔-2 -> 함정정비평가 score=81.5'] },
  { cat: 'developed.passive-benchmark-builder', text: "가온랩은 해양 특화 언어모델 '바다솔-2'를 공개했다. 바다솔-2는 누리데이터가 자체 구축한 벤치마크 '항만QA'에서 70.2점을 기록했다.", absent: ['DEVELOPED 누리데이터 -> 바다솔-2'] },
  { cat: 'developed.passive-benchmark-builder', text: "바다솔-2는 누리데이터가 자체 구축한 해양 특화 모델이다.", expect: ['DEVELOPED 누리데이터 -> 바다솔-2'] },
  // "Y의 정식 후속 모델이기도 하다": the model in focus succeeds Y; denied, it does not
  { cat: 'succeeds.focus-formal', text: "가람모빌리티가 차량용 언어모델 '로드톡 2.0'을 5일 공개했다. 지난해 시범 차량에 넣은 베타 버전 '보이스원'의 정식 후속 모델이기도 하다.", expect: ['SUCCEEDS 로드톡 2.0 -> 보이스원'] },
  { cat: 'succeeds.focus-formal', text: "가람모빌리티가 차량용 언어모델 '로드톡 2.0'을 5일 공개했다. 시범 모델 '보이스원'의 공식 후속 모델이다.", expect: ['SUCCEEDS 로드톡 2.0 -> 보이스원'] },
  { cat: 'succeeds.focus-formal', text: "가람모빌리티가 차량용 언어모델 '로드톡 2.0'을 5일 공개했다. '보이스원'의 정식 후속 모델은 아니다.", absent: ['SUCCEEDS 로드톡 2.0 -> 보이스원'] },
  // "N 규모의 원본 모델을 … M까지 줄여": the model made is M; without the cut, the count is the model's
  { cat: 'property.cut-from-count', text: "가람모빌리티가 차량용 언어모델 '로드톡 2.0'을 공개했다. 로드톡 2.0은 누리AI의 누리-LM 8B를 경량화해 만들었다. 80억 파라미터 규모의 원본 모델을 증류로 20억 파라미터까지 줄였다.", props: ['로드톡 2.0=parameters:2000000000'] },
  { cat: 'property.cut-from-count', text: "가람모빌리티가 차량용 언어모델 '로드톡 2.0'을 공개했다. 로드톡 2.0은 누리AI의 누리-LM 8B를 경량화해 만들었다. 140억 개 규모의 원본 모델을 양자화로 압축했다.", props: ['누리-LM 8B=parameters:8000000000'] },
  // a given name that is also a device word is no person before the device's words
  { cat: 'persons.given-name-device', text: "가람모빌리티가 '로드톡 2.0'을 공개했다. 마이크 배열 등 음성 입력 장치는 다온전자가 공급한다. 마이크 입력 신호는 차량에서 처리한다.", noNodes: ['Person:마이크 배열', 'Person:마이크 입력'] },
  { cat: 'persons.given-name-device', text: "가람모빌리티가 '로드톡 2.0'을 공개했다. 마이크 하든 다온전자 대표는 \"차량 경험이 바뀔 것\"이라고 말했다.", nodes: ['Person:마이크 하든'] },
  // "■ 참고 : X는" then items with no subject: the items are about X, not the model of the story
  { cat: 'focus.topic-line', text: "누리AI와 다온전력은 발전소 특화 모델 '한빛솔 1.0'을 함께 만든다.\n\n■ 참고 : 누리-13B는\n\n- 누리AI가 지난 5월 공개한 130억 파라미터 모델입니다.\n\n- 한국어 지식 평가 KMMLU에서 58.3점을 기록했습니다.", edgeProps: ['SCORED 누리-13B -> KMMLU score=58.3'], absent: ['SCORED 한빛솔 1.0 -> KMMLU'], props: ['누리-13B=parameters:13000000000'] },
  { cat: 'focus.topic-line', text: "누리AI와 다온전력은 발전소 특화 모델 '한빛솔 1.0'을 함께 만든다.\n\n■ 참고 : 회사 개요\n\n- 한빛솔 1.0은 한국어 지식 평가 KMMLU에서 61.0점을 기록했습니다.", edgeProps: ['SCORED 한빛솔 1.0 -> KMMLU score=61'] },
  { cat: 'focus.topic-line', text: "누리AI와 다온전력은 발전소 특화 모델 '한빛솔 1.0'을 함께 만든다.\n\n■ 참고 : 누리-13B와 누리-7B는\n\n- 한국어 지식 평가 KMMLU에서 61.0점을 기록했습니다.", absent: ['SCORED 누리-13B -> KMMLU', 'SCORED 누리-7B -> KMMLU'] },
  // "X는 Y만을 바탕으로 합니다": a base named with 만 (only)
  { cat: 'based-on.giban-topic-only', text: "누리AI는 '한빛솔 1.0'을 공개했다. 한빛솔 1.0은 누리-13B만을 바탕으로 합니다.", expect: ['BASED_ON 한빛솔 1.0 -> 누리-13B'] },
  { cat: 'based-on.giban-topic-only', text: "누리AI는 '한빛솔 1.0'을 공개했다. 한빛솔 1.0은 누리-13B만을 바탕으로 하지 않았습니다.", absent: ['BASED_ON 한빛솔 1.0 -> 누리-13B'] },
  // "- X 공동 개발: Y를 바탕으로 … 추가 학습": the labelled item's model is built on the base its value names
  { cat: 'based-on.item-label-model', text: "누리AI와 다온전력은 발전소 특화 모델 '한빛솔 1.0'을 함께 만든다.\n\n- 한빛솔 1.0 공동 개발: 누리AI의 자체 모델 '누리-13B'를 바탕으로 다온전력이 제공하는 정비 기록을 추가 학습", expect: ['BASED_ON 한빛솔 1.0 -> 누리-13B'] },
  { cat: 'based-on.item-label-model', text: "누리AI와 다온전력은 발전소 특화 모델 '한빛솔 1.0'을 함께 만든다.\n\n- 한빛솔 1.0 성능: 누리-13B를 바탕으로 만든 비교 모델 '누리-13B-R'보다 높음", absent: ['BASED_ON 한빛솔 1.0 -> 누리-13B'] },
  // a size only expected ("…안팎이 될 것으로 보인다") is no attribute; a stated one is
  { cat: 'property.expected-size', text: "누리AI는 '한빛솔 1.0'을 개발하고 있다. 한빛솔 1.0의 크기는 70억 개 안팎이 될 것으로 보이나, 최종 규모는 학습 결과를 보고 정한다.", props: ['한빛솔 1.0=parameters:undefined'] },
  { cat: 'property.expected-size', text: "누리AI는 '한빛솔 1.0'을 공개했다. 한빛솔 1.0의 크기는 70억 개다.", props: ['한빛솔 1.0=parameters:7000000000'] },
  // a plain-text advisory's attendee list, one entry a line under the label's value: each person at their own company
  { cat: 'works-for.attendee-lines', text: "업스테이지·한국전력공사 협약식\n\n - 참석 : 한가람 업스테이지 대표\n          서다온 한국전력공사 기술본부장\n          문하늘 한국전력공사 전략실장", expect: ['WORKS_FOR 한가람 -> 업스테이지', 'WORKS_FOR 서다온 -> 한국전력공사', 'WORKS_FOR 문하늘 -> 한국전력공사'], absent: ['WORKS_FOR 서다온 -> 업스테이지', 'WORKS_FOR 문하늘 -> 업스테이지'] },
  // a contact block run together ("[문의] X 홍보팀 NAME 매니저 전화 …"): the contact works for X
  { cat: 'works-for.contact-block', text: "누리AI는 새 모델을 공개한다.\n\n[문의]\n누리AI 홍보팀 한누리 매니저\n전화 02-123-4567 / 휴대전화 010-0000-1111\n이메일 pr@nuri.example", expect: ['WORKS_FOR 한누리 -> 누리AI'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
