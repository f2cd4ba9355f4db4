/**
 * Generalisation rows for the forms first met in held-out set 72 (each row says the form it covers).
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "Y를 교사 모델로 삼아 증류한 경량 모델로, …": a subjectless sentence describing the model just released as distilled from Y
  {
    cat: 'based-on.focus-teacher-model-made',
    text: "가온테크는 12월 20억 개 매개변수의 '다온 3 라이트'를 출시했다. 다온 3를 교사 모델로 삼아 증류한 경량 모델로, 응답 속도가 네 배 빠르다.",
    expect: ['BASED_ON 다온 3 라이트 -> 다온 3'],
  },
  {
    cat: 'based-on.focus-teacher-model-made',
    text: "가온테크는 지난달 '다온 3 라이트'를 공개했습니다. 다온 3을 교사 모델로 삼아 증류한 작은 모델입니다.",
    expect: ['BASED_ON 다온 3 라이트 -> 다온 3'],
  },
  // a distilled model the sentence denies is no base
  {
    cat: 'based-on.focus-teacher-model-made',
    text: "가온테크는 지난달 '다온 3 라이트'를 공개했습니다. 큐웬3-8B를 교사 모델로 삼아 증류한 모델이 아닙니다.",
    absent: ['BASED_ON 다온 3 라이트 -> 큐웬3-8B'],
  },
  // "베이스였던 Y보다 12점 높았다": the base the model in focus was built on, named in a comparison with it
  {
    cat: 'based-on.focus-former-base',
    text: "가온테크는 지난달 추론 모델 '다온 3'을 공개했다. 수학 평가에서 베이스였던 라마 3.1 8B보다 12점 높았다.",
    expect: ['BASED_ON 다온 3 -> 라마 3.1 8B'],
  },
  // a rival of another company in focus (named last before the phrase) gets no base from it
  {
    cat: 'based-on.focus-former-base',
    text: "가온테크는 지난달 추론 모델 '다온 3'을 공개했다. 비교 대상으로는 LG AI연구원의 엑사원 4.0 32B를 골랐다. 엑사원 4.0 32B는 한국어 성능이 가장 좋았다. 수학 평가에서 베이스였던 라마 3.1 8B보다 12점 높았다.",
    absent: ['BASED_ON 엑사원 4.0 32B -> 라마 3.1 8B'],
  },
  // the text states another model's base to be the one named: the phrase points back to that model
  {
    cat: 'based-on.focus-former-base',
    text: "가온테크의 '다온 2'는 라마 3.1 8B를 미세조정한 모델이었다. 올해 나온 '다온 3'은 큐웬3-14B를 가져와 추가 학습했다. 다온 2는 한국어 평가에서 61점을 받았다. 기반이 된 큐웬3-14B는 같은 평가에서 58점이었다.",
    expect: ['BASED_ON 다온 3 -> 큐웬3-14B'],
    absent: ['BASED_ON 다온 2 -> 큐웬3-14B'],
  },
  // an English question's auxiliary opens no company's name
  {
    cat: 'companies.question-auxiliary',
    text: 'Orbit Labs released Brook-3 last week. Q: Did Orbit Labs apply for the national AI program? A: No, we did not.',
    nodes: ['Company:Orbit Labs'],
    noNodes: ['Company:Did Orbit Labs'],
  },
  {
    cat: 'companies.question-auxiliary',
    text: 'Q: Has Orbit Labs signed with a cloud firm? A: Yes. Orbit Labs released Brook-3 last week.',
    noNodes: ['Company:Has Orbit Labs'],
  },
  // a company's English name opening a hospital's or an institute's is no mention of the company
  {
    cat: 'companies.institution-after',
    text: 'Chief medical officer Dr. Han Ji-woo joined Orbit Labs from Samsung Medical Center last year.',
    noNodes: ['Company:Samsung'],
  },
  {
    cat: 'companies.institution-after',
    text: 'Orbit Labs signed a cloud deal with Samsung last year.',
    nodes: ['Company:Samsung'],
  },
  // "A 전무가 X를, B 부사장이 Y를 (각각) 맡는다": the second officer of the gapped clauses works where the first does
  {
    cat: 'works-for.subject-company-gapped-officer',
    text: '가온테크는 한지훈 전무가 모델 연구를, 박서진 부사장(CFO)이 비용 구조 개선을 각각 맡는다.',
    expect: ['WORKS_FOR 한지훈 -> 가온테크', 'WORKS_FOR 박서진 -> 가온테크'],
  },
  // a second officer named with a company of their own works there
  {
    cat: 'works-for.subject-company-gapped-officer',
    text: '가온테크는 한지훈 전무가 모델 연구를, 누리소프트 박서진 부사장이 비용 구조 개선을 각각 맡는다.',
    expect: ['WORKS_FOR 박서진 -> 누리소프트'],
    absent: ['WORKS_FOR 박서진 -> 가온테크'],
  },
  // a glossary's "큰 '교사' 모델 … 작은 '학생' 모델": the roles of distillation in quotes are no model names
  {
    cat: 'models.distillation-roles',
    text: "가온테크는 '다온 3'을 공개했다. 증류는 큰 '교사' 모델이 내놓는 답을 작은 '학생' 모델이 따라 배우도록 하는 기법이다.",
    nodes: ['Model:다온 3'],
    noNodes: ['Model:교사', 'Model:학생'],
  },
  // "Our previous model, Y, was at 61.3.": a score with no test named is on the benchmark named just before
  {
    cat: 'scored.en-bench-first-stood-at',
    text: 'Haru Labs released Brook-3. On KorMedMCQA, Brook-3 scored 78.5. Our previous model, Brook-2, was at 61.3.',
    expect: ['SCORED Brook-2 -> KorMedMCQA', 'SCORED Brook-3 -> KorMedMCQA'],
    edgeProps: ['SCORED Brook-2 -> KorMedMCQA score=61.3'],
  },
  // no benchmark named before: "was at 61" is no score
  {
    cat: 'scored.en-bench-first-stood-at',
    text: 'Haru Labs released Brook-3 with 12 billion parameters. Brook-3 was at 61 hospitals by March.',
    absent: ['SCORED Brook-3 -> KorMedMCQA'],
    noNodes: ['Benchmark:KorMedMCQA'],
  },
  // "주력 모델은 'X'로, Y에 … 추가 학습시켜 만들었다": the model a topic is equated with, then what it was made from
  {
    cat: 'based-on.copular-then-made',
    text: "가온테크는 코딩 모델을 만든다. 주력 모델은 지난해 내놓은 '다온 코더 14B'로, 알리바바의 오픈소스 모델 큐웬3-14B에 코드 2조 토큰을 추가 학습시켜 만들었다.",
    expect: ['BASED_ON 다온 코더 14B -> 큐웬3-14B'],
  },
  {
    cat: 'based-on.copular-then-made',
    text: "가온테크는 코딩 모델을 만든다. 주력 모델은 '다온 코더 14B'로, 라마 3.1 8B보다 빠르다.",
    absent: ['BASED_ON 다온 코더 14B -> 라마 3.1 8B'],
  },
  // "기반 모델로 A와 B 가운데 어느 쪽을 쓸지": a choice still open names no base
  {
    cat: 'based-on.base-model-open-choice',
    text: "가온테크는 올해 '다온 코더 32B'를 공개할 계획이다. 다만 기반 모델로 큐웬3-14B와 LG AI연구원의 엑사원 4.0 가운데 어느 쪽을 쓸지는 아직 정하지 않았다.",
    absent: ['BASED_ON 다온 코더 32B -> 큐웬3-14B', 'BASED_ON 다온 코더 32B -> 엑사원 4.0'],
  },
  {
    cat: 'based-on.base-model-open-choice',
    text: "가온테크는 올해 '다온 코더 32B'를 공개할 계획이다. 기반 모델로 큐웬3-14B를 쓴다.",
    expect: ['BASED_ON 다온 코더 32B -> 큐웬3-14B'],
  },
];

describe('generalise: set 72 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
