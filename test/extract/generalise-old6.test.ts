/**
 * Generalisation rows for the forms met again in the worst held-out pages of the sixth round over old sets: a model line's
 * short name (two words, no size) standing for the one sized member of it the article names; a hearing's transcript
 * marked "▲NAME TITLE=", an official's answer speaking for the programme; a programme's added call ("추가 공모");
 * a summary line ending on the noun of training; a base taken and trained on top of ("Z를 가져와서 그 위에").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "X 리프 11B 플로우" … "X 리프": the line's short name is the one sized member the article names, not a model of its own
  {
    cat: 'names.line-short-form',
    text: "KT는 지난 3일 '믿:음 리프 11B 플로우'를 공개했다. 믿:음 리프 11B 플로우는 KMMLU에서 66.2점을 받았다. 회사는 \"믿:음 리프가 현장에서 쓰이길 기대한다\"고 말했다.",
    expect: ['DEVELOPED KT -> 믿:음 리프 11B 플로우', 'SCORED 믿:음 리프 11B 플로우 -> KMMLU'],
    noNodes: ['Model:믿:음 리프'],
  },
  {
    cat: 'names.line-short-form',
    text: "업스테이지가 '솔라 브리즈 22B 리즌'을 내놨다. 솔라 브리즈 22B 리즌은 법률 문서 요약에 맞춰 학습됐다.\n\n솔라 브리즈는 어디까지 가나\n\n업스테이지는 솔라 브리즈를 내년 공공 서비스에 넣을 계획이다.",
    expect: ['DEVELOPED 업스테이지 -> 솔라 브리즈 22B 리즌'],
    noNodes: ['Model:솔라 브리즈'],
  },
  // the short name beside the sized one in a sentence is a model of its own (here the base of the sized one)
  {
    cat: 'names.line-short-form',
    text: "업스테이지가 '솔라 브리즈 22B 리즌'을 내놨다. 이 모델은 '솔라 브리즈'를 기반으로 추론 데이터를 더 학습했다.",
    expect: ['BASED_ON 솔라 브리즈 22B 리즌 -> 솔라 브리즈'],
    nodes: ['Model:솔라 브리즈'],
  },
  // a hearing's transcript marked "▲NAME TITLE=": an official's answer that names the programme's added call speaks for the programme
  {
    cat: 'promotes.official-turn',
    text: "정부의 '디지털 물류 실증사업' 선정 기준이 국정감사에서 논란이 됐다. 한도윤 산업통상자원부 차관이 의원 질의에 답했다.\n\n▲박서진 의원= 1차 공모 때 빠진 기업은 어떻게 되나.\n\n▲한도윤 차관= 지난 4월 추가 공모를 열어 가온랩스를 새로 선정했다.",
    expect: ['PROMOTES 한도윤 -> 디지털 물류 실증사업', 'PARTICIPATES_IN 가온랩스 -> 디지털 물류 실증사업'],
    absent: ['PROMOTES 박서진 -> 디지털 물류 실증사업'],
  },
  // a lawmaker's question turn is no official's: no PROMOTES for the one who asks
  {
    cat: 'promotes.official-turn',
    text: "정부의 '디지털 물류 실증사업' 선정 기준이 국정감사에서 논란이 됐다.\n\n▲박서진 의원= 추가 공모는 왜 열었나.\n\n▲한도윤 차관= 지원 기업이 적었기 때문이다.",
    absent: ['PROMOTES 박서진 -> 디지털 물류 실증사업'],
  },
  // "추가 공모를 열어 A를 새로 선정했다": the call the programme opened again is the programme the article is about
  {
    cat: 'references.added-call',
    text: "'디지털 물류 실증사업' 2단계가 시작됐다. 정부는 지난달 추가 공모를 열어 가온랩스를 새로 선정했다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> 디지털 물류 실증사업'],
  },
  // (a company that applies to an added call, or only thinks of it, is left to the rules of applying: no reference is made of it here)
  {
    cat: 'references.added-call',
    text: "'디지털 물류 실증사업' 2단계가 시작됐다. 가온랩스는 추가 공모에는 참여를 검토했지만 최종적으로 신청하지 않았다.",
    absent: ['PARTICIPATES_IN 가온랩스 -> 디지털 물류 실증사업'],
  },
  // a summary line that ends on the noun of training ("… Z에 … 추가 학습."): the model of the line is built on Z
  {
    cat: 'based-on.finetune-topic',
    text: "다온랩이 상담용 모델 '바람결-S'를 공개했다.\n\n바람결-S는 어떻게 만들었나 — 업스테이지가 공개한 '솔라 프로 2'에 보험 약관 200억 토큰을 추가 학습.",
    expect: ['BASED_ON 바람결-S -> 솔라 프로 2'],
  },
  {
    cat: 'based-on.finetune-topic',
    text: "다온랩이 상담용 모델 '바람결-S'를 공개했다.\n\n바람결-S의 다음 계획 — 업스테이지가 공개한 '솔라 프로 2'에 추가 학습할지 검토.",
    absent: ['BASED_ON 바람결-S -> 솔라 프로 2'],
  },
  // "Z를 가져와서 그 위에 … 학습시킨": Z is the base the speaker's company built on, not a model it developed
  {
    cat: 'clause.basis-taken-on-top',
    text: "다온랩이 상담용 모델 '바람결-S'를 공개했다.\n\n다온랩은 솔라 프로 2를 가져와서 그 위에 보험 데이터를 추가로 학습시켰다.",
    expect: ['DEVELOPED 다온랩 -> 바람결-S'],
    absent: ['DEVELOPED 다온랩 -> 솔라 프로 2'],
  },
  {
    cat: 'clause.basis-taken-on-top',
    text: "다온랩이 상담용 모델 '바람결-S'를 공개했다. 바람결-S는 솔라 프로 2를 가져와 그 위에 보험 데이터를 추가로 학습시킨 모델이다.",
    expect: ['BASED_ON 바람결-S -> 솔라 프로 2'],
  },
];

describe('generalisation rows (old sets, sixth round)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
