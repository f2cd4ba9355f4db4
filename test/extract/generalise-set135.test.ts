/**
 * Generalisation rows for the forms first met in held-out set 135 (the users' questions in hard language): a base told
 * by its family only ("X 계열 모델을 기반으로", "'X 계열'"), a compared model's scores given respectively that fell
 * short ("각각 N점, M점에 그쳤다"), scores in words beside the figure ("칠십 점을 조금 넘긴 70.4점"), a gain marked by an arrow
 * ("9점↑") and a band in words ("80% 중반대"), a model named after a place ("세종-LM 2"), a company's claim that the
 * next sentence re-tests ("…받았다고 발표했다. 그러나 재측정에서는 61.3점이 나왔다"), "해당 회사" after a sentence that
 * introduces a company's model as its predicate, a denied rumour that names a family only, a model released "지난 4월
 * 나온 'X'", a Hangul-named model's code alone ("R1을 R0의 후속작이라고 소개"), and a base of a base: "출발점이 된 그 모델
 * 자체가 X의 능력을 Y에 증류해 만든 모델이다".
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "Y가 X의 Z 계열 모델을 기반으로": a base named by its family and the family word is that family's node
  {
    cat: 'based-on.family-word-model',
    text: "물류 스타트업 바람솔루션이 배송 특화 모델 '바람-로지 3B'를 공개했다. 회사는 바람-로지 3B가 구글의 젬마 계열 모델을 기반으로 배송 기록을 추가 학습해 만든 모델이라고 밝혔다.",
    expect: ['BASED_ON 바람-로지 3B -> 젬마', 'DEVELOPED 구글 -> 젬마'],
  },
  {
    cat: 'based-on.family-word-model',
    text: "바람솔루션은 '바람-로지 3B'를 내놨다. 이 모델은 알리바바의 큐웬(Qwen) 시리즈 모델을 바탕으로 했다고만 밝혔다.",
    expect: ['BASED_ON 바람-로지 3B -> 큐웬'],
  },
  // a family only compared with is no base
  {
    cat: 'based-on.family-word-model',
    text: "바람솔루션은 '바람-로지 3B'를 내놨다. 회사는 바람-로지 3B가 구글의 젬마 계열 모델보다 배송 문답에서 낫다고 밝혔다.",
    absent: ['BASED_ON 바람-로지 3B -> 젬마'],
  },
  // "'X 계열' 기반": a known model quoted with a family word is that family, no model of its own
  {
    cat: 'models.quoted-family-word',
    text: "바람솔루션, '젬마 계열' 기반 배송 모델 '바람-로지 3B' 출시. 바람솔루션은 바람-로지 3B가 구글의 젬마 계열 모델을 기반으로 만들어졌다고 밝혔다.",
    expect: ['BASED_ON 바람-로지 3B -> 젬마'],
    noNodes: ['Model:젬마 계열'],
  },
  // a quoted name that goes on past the family word is a model of its own
  {
    cat: 'models.quoted-family-word',
    text: "바람솔루션은 젬마를 바탕으로 만든 '젬마 로지' 모델을 공개했다.",
    noNodes: ['Model:젬마 계열'],
    nodes: ['Model:젬마 로지'],
  },
  // "B는 각각 N점, M점에 그쳤다": a compared model's scores, in the order of the benchmarks the sentence before scored
  {
    cat: 'scored.respectively-fell-short',
    text: "바람솔루션이 '바람-로지 3B'를 공개했다. 바람-로지 3B는 KoBEST에서 71.5점, CLIcK에서 60.8점을 받았다. 함께 잰 구글의 젬마 3 4B는 각각 64.2점, 51.9점에 그쳤다.",
    expect: ['SCORED 젬마 3 4B -> KoBEST', 'SCORED 젬마 3 4B -> CLIcK'],
    edgeProps: ['SCORED 젬마 3 4B -> KoBEST score=64.2', 'SCORED 젬마 3 4B -> CLIcK score=51.9'],
  },
  {
    cat: 'scored.respectively-fell-short',
    text: "바람-로지 3B는 KoBEST에서 71.5점, CLIcK에서 60.8점을 받았다. 젬마 3 4B는 각각 64.2점과 51.9점에 머물렀다.",
    edgeProps: ['SCORED 젬마 3 4B -> CLIcK score=51.9'],
  },
  // the counts disagree: no score is given
  {
    cat: 'scored.respectively-fell-short',
    text: "바람-로지 3B는 KoBEST에서 71.5점, CLIcK에서 60.8점, KMMLU에서 44.1점을 받았다. 젬마 3 4B는 각각 64.2점, 51.9점에 그쳤다.",
    absent: ['SCORED 젬마 3 4B -> KoBEST', 'SCORED 젬마 3 4B -> CLIcK'],
  },
  // "N 점을 조금 넘긴 M점", "N점대 후반인 M점": a round figure glossing the exact score leaves the exact score to read
  {
    cat: 'scored.round-gloss',
    text: "바람랩스가 '바람 LM 4'를 공개했다. 바람랩스는 KMMLU에서 바람 LM 4가 육십 점을 조금 넘긴 61.7점을 기록했다고 밝혔다. 가온의 가온 2는 50점대 후반인 58.1점을 받았다.",
    edgeProps: ['SCORED 바람 LM 4 -> KMMLU score=61.7', 'SCORED 가온 2 -> KMMLU score=58.1'],
  },
  // the round figure alone is no score
  {
    cat: 'scored.round-gloss',
    text: "바람랩스가 '바람 LM 4'를 공개했다. 바람랩스는 KMMLU에서 바람 LM 4가 육십 점을 조금 넘겼다고 밝혔다.",
    absent: ['SCORED 바람 LM 4 -> KMMLU'],
  },
  // "전작 대비 KMMLU 6점↑": a gain marked by an arrow is no score
  {
    cat: 'scored.arrow-gain',
    text: "바람랩스, '바람 LM 4' 공개…전작 대비 KMMLU 6점↑\n\n바람랩스가 '바람 LM 4'를 1일 공개했다. 전작인 '바람 LM 3'의 후속 모델이다.",
    absent: ['SCORED 바람 LM 4 -> KMMLU'],
  },
  {
    cat: 'scored.arrow-gain',
    text: "바람랩스가 '바람 LM 4'를 1일 공개했다. 바람 LM 4는 KMMLU 66.3점을 기록했다.",
    edgeProps: ['SCORED 바람 LM 4 -> KMMLU score=66.3'],
  },
  // "정답률이 '80% 중반대'": a band in words is no score
  {
    cat: 'scored.band-in-words',
    text: "바람랩스가 '바람 LM 4'를 공개했다. 바람 LM 4는 자체 평가셋인 'BR-Eval'에서는 정답률이 \"80% 중반대\"였다고 밝혔다. KMMLU에서는 바람 LM 4가 61.7점을 받았다.",
    absent: ['SCORED 바람 LM 4 -> BR-Eval'],
    expect: ['SCORED 바람 LM 4 -> KMMLU'],
  },
  // "부산-LM 2": a place word before the hyphen of a versioned lettered name is part of the model's name
  {
    cat: 'models.place-lettered-name',
    text: '눈길을 끈 건 해운대랩스의 부산-LM 2였다. 부산-LM 2는 KMMLU에서 58.2점을 받았다.',
    expect: ['DEVELOPED 해운대랩스 -> 부산-LM 2', 'SCORED 부산-LM 2 -> KMMLU'],
  },
  // the place alone, before a hyphenated word with no version, is no model
  {
    cat: 'models.place-lettered-name',
    text: '해운대랩스는 부산-KTX 노선 안내에 쓰일 모델을 KMMLU에서 시험했다.',
    noNodes: ['Model:부산-KTX'],
  },
  // "…N점을 받았다고 발표했다. 그러나 재측정에서는 M점이 나왔다": the re-test's measured score replaces the claim
  {
    cat: 'scored.claim-then-retest',
    text: "가온랩이 '가온-K 3'를 공개했다. 가온랩은 가온-K 3가 KMMLU 66.1점을 받았다고 발표했다. 그러나 본지 재측정에서는 이보다 5점 넘게 낮은 60.7점이 나왔다.",
    edgeProps: ['SCORED 가온-K 3 -> KMMLU score=60.7'],
  },
  // a later sentence that measures nothing leaves the claim as it was
  {
    cat: 'scored.claim-then-retest',
    text: "가온랩이 '가온-K 3'를 공개했다. 가온랩은 가온-K 3가 KMMLU 66.1점을 받았다고 발표했다. 그러나 업계에서는 60점대 초반이라는 말도 나왔다.",
    edgeProps: ['SCORED 가온-K 3 -> KMMLU score=66.1'],
  },
  // "눈에 띈 건 X의 Y였다. 해당 회사는 …": the company that introduced model belongs to, not one named in an earlier line
  {
    cat: 'references.closing-predicate-owner',
    text: "이번 측정은 업스테이지와 함께 진행했다.\n\n가장 눈에 띈 건 가온랩의 가온-K 3였다. 해당 회사는 지난 9일 이 모델을 공개했다.",
    expect: ['DEVELOPED 가온랩 -> 가온-K 3'],
    absent: ['DEVELOPED 업스테이지 -> 가온-K 3'],
  },
  // a denied rumour that the model is built on a family, no version named: no base at all
  {
    cat: 'based-on.denied-family-rumour',
    text: "가온랩이 '가온-K 3'를 공개했다. 가온랩은 가온-K 3가 알리바바의 큐웬 계열 모델을 기반으로 만들어졌다는 일각의 의혹에 대해 \"모두 자체 구축했다\"고 선을 그었다.",
    absent: ['BASED_ON 가온-K 3 -> 큐웬'],
  },
  // "지난 4월 나온 'X'": a quoted name released at a past time is a model
  {
    cat: 'models.came-out-before',
    text: "다온랩은 올해 '다온-K 2'를 공개했다. 지난해 3월 나온 '다온-K'는 KMMLU에서 52.3점이었다.",
    nodes: ['Model:다온-K'],
  },
  {
    cat: 'models.came-out-before',
    text: "다온랩은 올해 '다온-K 2'를 공개했다. 지난해 3월 나온 '다온 리포트'는 업계 현황을 담았다.",
    noNodes: ['Model:다온 리포트'],
  },
  // "다온-R2 8B" … "R2를 R1의 후속작이라고": the code alone of the one Hangul-named model that carries it
  {
    cat: 'models.hangul-code-short',
    text: "다온랩이 추론 모델 '다온-R2 8B'를 공개했다. 지난해 5월 나온 '다온-R1'은 KMMLU 50.2점이었다. 다온랩은 R2를 R1의 후속작이라고 소개했다.",
    expect: ['SUCCEEDS 다온-R2 8B -> 다온-R1'],
  },
  // two Hangul names carry the code: it names neither
  {
    cat: 'models.hangul-code-short',
    text: "다온랩이 '다온-R2'를, 가온랩이 '가온-R2'를 공개했다. 업계는 R2를 R1의 후속작이라고 소개했다.",
    absent: ['SUCCEEDS 다온-R2 -> R1', 'SUCCEEDS 가온-R2 -> R1'],
    noNodes: ['Model:R2'],
  },
  // "출발점이 된 그 모델 자체가 …": the base of the model in focus, itself the subject; "X의 능력을 Y에 증류해": both are its bases
  {
    cat: 'based-on.base-of-base',
    text: "가온랩이 '가온-R 8B'를 공개했다. 이 모델은 'Nori-Distill-8B'를 출발점으로 추가 학습해 만들었다. 그런데 출발점이 된 그 모델 자체가 'Nori-70B'의 추론 능력을 'Pado-8B'에 증류해 만든 모델이다.",
    expect: ['BASED_ON 가온-R 8B -> Nori-Distill-8B', 'BASED_ON Nori-Distill-8B -> Nori-70B', 'BASED_ON Nori-Distill-8B -> Pado-8B'],
    absent: ['BASED_ON 가온-R 8B -> Nori-70B', 'BASED_ON 가온-R 8B -> Pado-8B'],
  },
  // "X 자체가": the name stays the subject
  {
    cat: 'based-on.base-of-base',
    text: "가온랩이 '가온-R 8B'를 공개했다. 'Nori-Distill-8B' 자체가 'Pado-8B'를 미세조정한 모델이다.",
    expect: ['BASED_ON Nori-Distill-8B -> Pado-8B'],
  },
  // a model whose ability another only matched is no base of it
  {
    cat: 'based-on.base-of-base',
    text: "가온랩이 '가온-R 8B'를 공개했다. 가온-R 8B는 'Nori-70B'의 추론 능력을 절반의 비용으로 따라잡았다.",
    absent: ['BASED_ON 가온-R 8B -> Nori-70B'],
  },
];

describe('generalise: set 135 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
