/**
 * Generalisation rows for the forms of held-out set 139 read in its second round: an English subject that names its
 * model in apposition ("X's first model, Y, was …", "Its successor, Z, …") as the model the next sentences are about,
 * a base the company "took … and continued pre-training it", a bare "…에 … 더 학습시켰다" of the model in focus, a
 * person named with the age in brackets before the title ("NAME(41) 전 리더가"), and a round figure a score passed
 * ("70점을 겨우 넘는 수준") read as no score.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "Its successor, Z, …" after "X's first model, Y, was …": Z follows Y (the apposed subject is the model in focus)
  {
    cat: 'focus.en-apposed-subject',
    text: "Nuri Labs' first model, Brook-1, was a small project. Released in 2024, the 3-billion-parameter model ran on phones. Its successor, Brook-2, released in May, takes another route. On KMMLU, Brook-2 scored 60.1.",
    expect: ['SUCCEEDS Brook-2 -> Brook-1'],
    props: ['Brook-1=parameters:3000000000'],
  },
  // an apposed subject that is no model of the company's line-up ("Its rival, Y") is no predecessor
  {
    cat: 'focus.en-apposed-subject',
    text: "Nuri Labs' first model, Brook-1, was a small project. Its rival, Brook-2, arrived this spring. On KMMLU, Brook-2 scored 60.1.",
    absent: ['SUCCEEDS Brook-2 -> Brook-1'],
  },
  // "The company took Y, …, and continued pre-training it": the model in focus is built on Y
  {
    cat: 'based-on.en-took-then-trained-it-focus',
    text: "Nuri Labs released Brook-2 this spring. The startup took Harbor AI's Wave 30B, an open model published last year, and continued pre-training it on legal text. On KMMLU, Brook-2 scored 60.1.",
    expect: ['BASED_ON Brook-2 -> Wave 30B'],
  },
  {
    cat: 'based-on.en-took-then-trained-it-focus',
    text: 'Nuri Labs released Brook-2 this spring. Nuri Labs took Wave 30B for a test, and then dropped it. On KMMLU, Brook-2 scored 60.1.',
    absent: ['BASED_ON Brook-2 -> Wave 30B'],
  },
  // "…, X가 풀었던 'Y(Y')'에 … 토큰을 더 학습시켰다": the subject omitted, the model in focus is built on Y
  {
    cat: 'based-on.focus-further-trained',
    text: "가온랩스는 이날 첫 모델 '가온-1'을 공개했다. 파라미터 70억 개 규모로, 누리소프트가 올해 오픈소스로 풀었던 '누리 베이스 7B(Nuri Base 7B)'에 법률 판례 약 300억 토큰을 더 학습시켰다.",
    expect: ['BASED_ON 가온-1 -> 누리 베이스 7B'],
  },
  {
    cat: 'based-on.focus-further-trained',
    text: "가온랩스는 이날 첫 모델 '가온-1'을 공개했다. 누리소프트의 '누리 베이스 7B'에 데이터를 더 학습시키면 성능이 오를지는 미지수다.",
    absent: ['BASED_ON 가온-1 -> 누리 베이스 7B'],
  },
  // "NAME(41) 전 리더가": the age in brackets between a name and its title
  {
    cat: 'persons.name-age-title',
    text: '누리클라우드에서 모델링을 이끌어 온 박서준(41) 전 리더가 회사를 떠나 AI 스타트업 가온랩스를 창업했다. 박 대표는 지난달 누리클라우드를 퇴사했다.',
    nodes: ['Person:박서준'],
    expect: ['WORKS_FOR 박서준 -> 가온랩스'],
  },
  {
    cat: 'persons.name-age-title',
    text: '누리클라우드 연구팀(12) 전 리더가 회사를 떠났다.',
    noNodes: ['Person:연구팀'],
  },
  // "B가 70점을 겨우 넘는 수준": a threshold passed, no score; the next model's stated score stays
  {
    cat: 'scored.threshold-passed',
    text: "가온랩은 '가온-2'를 공개했다. 전작 '가온-1'은 KoBEST가 70점을 겨우 넘는 수준이었다. '가온-2'는 KoBEST에서 79.4점을 받았다.",
    expect: ['SCORED 가온-2 -> KoBEST'],
    absent: ['SCORED 가온-1 -> KoBEST'],
  },
  {
    cat: 'scored.threshold-passed',
    text: "가온랩은 '가온-2'를 공개했다. '가온-1'은 KoBEST에서 70점을 받았다.",
    expect: ['SCORED 가온-1 -> KoBEST'],
    edgeProps: ['SCORED 가온-1 -> KoBEST score=70'],
  },
  // a rival's score the model passed is still the rival's score
  {
    cat: 'scored.threshold-passed',
    text: "가온랩의 '가온-2'는 KoBEST에서 78점으로, 같은 조건에서 '누리-1'이 얻은 74점을 넘어섰다.",
    expect: ['SCORED 누리-1 -> KoBEST', 'SCORED 가온-2 -> KoBEST'],
  },
];

describe('generalise: set 139 forms (second round)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
