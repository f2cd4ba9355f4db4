/**
 * Generalisation rows for set 67's second round: an interview's model when the answers keep naming a base's bare family word
 * and the interviewee's own model, whose coined name the first reading finds only where a cue introduces it; an English
 * "prototype, X," apposition and "X ran on Y" base; a family word after an English verb of building on a base; a size picked
 * out of the version named just before ("그중에서도 X-8B를"). Every sentence
 * here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

describe("a question that names no model asks about the interviewee's model, not a base's family word the answers keep denying", () => {
  const text = [
    '[인터뷰] "젬마 떼고 새로 지었다"…누리젠AI 한가람의 승부수',
    "누리젠AI는 지난 3일 매개변수 120억개 규모의 '솔빛 4'와 경량 모델 '솔빛 4 나노'를 함께 공개했다. 전작 '솔빛 3'은 구글의 '젬마 3'에 추가 학습한 모델이었다. 한가람 대표를 만났다.",
    'Q. 솔빛 4를 소개한다면.',
    'A. 솔빛 3의 후속이지만 사실상 새로 만든 모델입니다. 저희 모델에 젬마 가중치는 한 줄도 들어가 있지 않습니다.',
    "Q. 그래도 '젬마 구조를 베꼈다'는 말이 있다.",
    'A. 구조가 비슷한 건 다들 마찬가지죠. 젬마 얘기는 이제 그만 듣고 싶습니다. 솔빛 4가 젬마 기반이라는 건 오해입니다.',
    'Q. 성능은 어느 정도인가.',
    'A. 한국어 지식 벤치마크인 KMMLU에서 61.5점을 받았습니다.',
    'Q. 경량 모델도 냈다.',
    'A. 솔빛 4 나노는 노트북에서도 돌아갑니다.',
    'Q. 앞으로 계획은.',
    'A. 하반기에는 솔빛 4를 보험 영역으로 넓힐 생각입니다.',
  ].join('\n\n');
  it('SCORED 솔빛 4 -> KMMLU', () =>
    checkFactRow({ cat: 'interview model', text, expect: ['SCORED 솔빛 4 -> KMMLU'], absent: ['SCORED 젬마 3 -> KMMLU', 'SCORED 솔빛 4 나노 -> KMMLU', 'SCORED 젬마 -> KMMLU'] }));
});

describe("an interview's model named in full with its size and later by its line's short form is one model for the questions", () => {
  const text = [
    '다래AI 서하진 대표 "한국어는 우리가 제일 잘 압니다"',
    '서하진 다래AI 대표가 서울 본사에서 인터뷰하고 있다.',
    "다래AI가 지난달 공개한 '누리별-K 12B'는 구글의 젬마 3 12B를 바탕으로 한국어 데이터를 추가 학습한 모델이다.",
    '업계 일부에서는 누리별-K가 엑사원 3.5를 고쳐 만든 것 아니냐는 말이 돌았다. 서 대표는 이를 부인했다.',
    '―젬마 기반이라고 들었습니다.',
    '"맞습니다. 누리별-K는 젬마 위에 한국어를 다시 쌓은 모델입니다."',
    '―성능은 어느 정도입니까.',
    '"KMMLU에서 57.4점이 나왔습니다. 같은 크기의 젬마 3 12B가 KMMLU에서 49.8점이니까 확실히 올라왔죠."',
    '―다음 계획은.',
    '"누리별-K 12B의 후속을 내년에 냅니다. 누리별-K는 계속 키웁니다. 누리별-K를 쓰는 고객도 늘고 있습니다."',
  ].join('\n\n');
  it('SCORED 누리별-K 12B -> KMMLU', () =>
    checkFactRow({ cat: 'interview model short form', text, expect: ['SCORED 누리별-K 12B -> KMMLU'] }));
});

const rows: FactRow[] = [
  // "our prototype, X 0.9," names a model, as "our first model, X 2," does
  { cat: 'model.en-prototype-apposition', text: "Our 2025 prototype, Dalgi-Chat 0.9, was slow in production.", nodes: ['Model:Dalgi-Chat 0.9'] },
  { cat: 'model.en-prototype-apposition', text: "The prototype, built in a week, was slow. We shipped Dalgi-Chat 2 in May.", noNodes: ['Model:built in a week'] },
  // "X ran on Y" with Y a model: X was built on it (not where it is hardware, nor where the sentence denies it)
  { cat: 'based-on.en-ran-on', text: "Our 2025 prototype, Dalgi-Chat 0.9, ran on Google's Gemma 2 9B. It was fine for demos.", expect: ['BASED_ON Dalgi-Chat 0.9 -> Gemma 2 9B'] },
  { cat: 'based-on.en-ran-on', text: "We released Dalgi-Chat 2 in May. Dalgi-Chat 2 runs on Alibaba's Qwen3-8B with a new tokenizer.", expect: ['BASED_ON Dalgi-Chat 2 -> Qwen3-8B'] },
  { cat: 'based-on.en-ran-on', text: "We released Dalgi-Chat 2 in May. Dalgi-Chat 2 does not run on Qwen3-8B, and never sat on Gemma 2 9B either.", absent: ['BASED_ON Dalgi-Chat 2 -> Qwen3-8B', 'BASED_ON Dalgi-Chat 2 -> Gemma 2 9B'] },
  { cat: 'based-on.en-ran-on', text: "We released Dalgi-Chat 2 in May. Dalgi-Chat 2 ran on sixteen rented H100s, and Qwen3-8B was only a baseline.", absent: ['BASED_ON Dalgi-Chat 2 -> Qwen3-8B'] },
  // a family word after an English verb of building on a base is the article's one version of it, though the clause talks of a successor
  { cat: 'family.en-base-verb', text: "Our 2025 prototype, Dalgi-Chat 0.9, ran on Google's Gemma 2 9B. Dalgi-Chat 2 is the successor to that prototype in every sense except one: it does not sit on Gemma.", expect: ['BASED_ON Dalgi-Chat 0.9 -> Gemma 2 9B'], absent: ['BASED_ON Dalgi-Chat 2 -> Gemma 2 9B'], noNodes: ['Model:Gemma', 'Model:젬마'] },
  // (the article naming no version of the family: the word stays the family)
  { cat: 'family.en-base-verb', text: "We released Dalgi-Chat 2 in May. Dalgi-Chat 2 is the successor to our prototype in every sense except one: it does not sit on Gemma.", nodes: ['Model:Gemma'], noNodes: ['Model:Gemma 2 9B'] },
  // "X 3였다. 그중에서도 X 3 12B를 골랐다": a size picked out of the version named just before is what the bare version meant
  { cat: 'short-form.picked-out', text: "첫 후보는 구글의 젬마 3였다. 그 가운데 120억 개 매개변수의 젬마 3 12B를 택했다. 누리젠AI는 젬마 3 12B에 법률 데이터를 추가 학습해 '솔빛 2'를 만들었다.", noNodes: ['Model:젬마 3'], sameNode: ['젬마 3 12B=젬마 3'] },
  // (without the picking cue the version named first stays a model of its own)
  { cat: 'short-form.picked-out', text: "첫 후보는 구글의 젬마 3였다. 우리는 120억 개 매개변수의 젬마 3 12B를 택했다. 누리젠AI는 젬마 3 12B에 법률 데이터를 추가 학습해 '솔빛 2'를 만들었다.", nodes: ['Model:젬마 3', 'Model:젬마 3 12B'] },
];

describe('set 67 rows', () => {
  for (const row of rows) it(row.text.slice(0, 80), () => checkFactRow(row));
});
