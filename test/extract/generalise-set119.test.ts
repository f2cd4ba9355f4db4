/**
 * Generalisation rows for the forms first met in held-out set 119: teams each led by a listed company that advanced
 * or were picked (the programme named in the sentence or the one before), and a programme's teams told as standing
 * at a stage ("P는 A, B 2개 팀이 3단계에 올라 있다"), a model's maker in a relative clause on its base ("A는 B가 오픈소스로 푼
 * Y를 기반으로 Z를 개발한다"), a weight merge of two models, a team's roster line, and two real companies.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "P 2차 평가 결과 A, B, C가 각각 이끄는 컨소시엄 3곳이 3단계에 진출했다": every lead takes part
  {
    cat: 'participates.led-teams-advanced',
    text: "디지털부는 '섬 AI 실증 사업' 2차 평가 결과 바다소프트, 하람테크, 누리랩스가 각각 이끄는 컨소시엄 3곳이 3단계에 진출했다고 밝혔다.",
    expect: ['PARTICIPATES_IN 바다소프트 -> 섬 AI 실증 사업', 'PARTICIPATES_IN 하람테크 -> 섬 AI 실증 사업', 'PARTICIPATES_IN 누리랩스 -> 섬 AI 실증 사업'],
  },
  // the programme named in the sentence before: "… 이 가운데 A, B가 각각 주관하는 2개 팀이 뽑혔다"
  {
    cat: 'participates.led-teams-advanced',
    text: "디지털부는 지난 5일 '섬 AI 실증 사업' 1단계 선정 결과를 공개했다. 모두 5개 컨소시엄이 지원했고 이 가운데 바다소프트, 하람테크가 각각 주관하는 2개 팀이 뽑혔다.",
    expect: ['PARTICIPATES_IN 바다소프트 -> 섬 AI 실증 사업', 'PARTICIPATES_IN 하람테크 -> 섬 AI 실증 사업'],
  },
  // a team only hoped to advance is no fact
  {
    cat: 'participates.led-teams-advanced',
    text: "'섬 AI 실증 사업' 2차 평가에서 바다소프트, 하람테크가 각각 이끄는 컨소시엄 2곳이 3단계에 진출할지 주목된다.",
    absent: ['PARTICIPATES_IN 바다소프트 -> 섬 AI 실증 사업', 'PARTICIPATES_IN 하람테크 -> 섬 AI 실증 사업'],
  },
  // "P는 A, B, C 3개 팀이 N단계에 올라 있다": the teams standing at a stage take part
  {
    cat: 'participates.programme-teams-stage',
    text: "한편 이와 별도로 진행 중인 '섬 AI 실증 사업'은 바다소프트, 하람테크, 누리랩스 3개 팀이 3단계에 올라 있다.",
    expect: ['PARTICIPATES_IN 바다소프트 -> 섬 AI 실증 사업', 'PARTICIPATES_IN 하람테크 -> 섬 AI 실증 사업', 'PARTICIPATES_IN 누리랩스 -> 섬 AI 실증 사업'],
  },
  {
    cat: 'participates.programme-teams-stage',
    text: "'섬 AI 실증 사업'은 바다소프트, 하람테크 2개 팀이 3단계에 오르지 못했다.",
    absent: ['PARTICIPATES_IN 바다소프트 -> 섬 AI 실증 사업'],
  },
  // "A는 B가 오픈소스로 푼 'Y'를 기반으로 'Z'를 개발한다": B released Y; Z is A's alone
  {
    cat: 'clause.developed.subject-object',
    text: "바다소프트는 하람테크가 오픈소스로 푼 '하람 LM 7B'를 기반으로 상담 모델 '바다 케어'를 개발한다.",
    expect: ['DEVELOPED 바다소프트 -> 바다 케어', 'BASED_ON 바다 케어 -> 하람 LM 7B'],
    absent: ['DEVELOPED 하람테크 -> 바다 케어'],
  },
  {
    cat: 'clause.developed.subject-object',
    text: "하람테크가 오픈소스로 푼 '하람 LM 7B'를 기반으로 바다소프트는 상담 모델 '바다 케어'를 개발한다.",
    absent: ['DEVELOPED 하람테크 -> 바다 케어'],
  },
  // "Y와 Z를 가중치 단위로 합친 (병합) 모델": a weight merge is derived from both
  {
    cat: 'clause.based-on.merged',
    text: "가람랩스의 '가람-머지 9B'는 독특하다. 해외 모델 '오로라 9B'와 '누리 LM 8B'를 가중치 단위로 합친 이른바 병합 방식으로 만들어졌다.",
    expect: ['BASED_ON 가람-머지 9B -> 오로라 9B', 'BASED_ON 가람-머지 9B -> 누리 LM 8B'],
  },
  {
    cat: 'clause.based-on.merged',
    text: "'가람-머지 9B'는 '오로라 9B'와 '누리 LM 8B'를 병합한 모델이다.",
    expect: ['BASED_ON 가람-머지 9B -> 오로라 9B', 'BASED_ON 가람-머지 9B -> 누리 LM 8B'],
  },
  // a merge denied is no stated base
  {
    cat: 'clause.based-on.merged',
    text: "'가람-머지 9B'는 '오로라 9B'와 '누리 LM 8B'를 합친 모델이 아니다.",
    absent: ['BASED_ON 가람-머지 9B -> 오로라 9B'],
  },
  // "두 모델을 합쳤다": a group noun names no merged model (the last pair named may be others)
  {
    cat: 'clause.based-on.merged',
    text: "'오로라 9B'와 '누리 LM 8B'는 지난해 나왔다. 가람랩스의 '가람-머지 9B'는 아예 두 모델을 합쳤다.",
    absent: ['BASED_ON 가람-머지 9B -> 오로라 9B', 'BASED_ON 가람-머지 9B -> 누리 LM 8B'],
  },
  // a roster line "LEAD 팀 - A, B(신규) (모델: Y)": the lead partners each member
  {
    cat: 'partners.team-roster-line',
    text: "디지털부는 '섬 AI 실증 사업' 2차 평가 결과를 발표했다.\n\n바다소프트 팀 - 하람테크, 누리랩스(신규) (모델: 바다 LM 2)",
    expect: ['PARTNERS_WITH 바다소프트 -> 하람테크', 'PARTNERS_WITH 바다소프트 -> 누리랩스'],
  },
  // a sentence that goes on is no roster line
  {
    cat: 'partners.team-roster-line',
    text: "바다소프트 팀 - 하람테크와 경쟁하는 구도가 됐다.",
    absent: ['PARTNERS_WITH 바다소프트 -> 하람테크'],
  },
  // a Korean subsidiary's name ("X코리아") and a listed maker of rail cars are known companies
  {
    cat: 'companies.gazetteer',
    text: "바다소프트는 이번에 현대로템과 손잡고 설비 진단 모델을 만든다. 올거나이즈코리아도 지원했다. 올거나이즈 관계자는 재도전하겠다고 말했다.",
    expect: ['PARTNERS_WITH 바다소프트 -> 현대로템'],
    nodes: ['Company:현대로템'],
    sameNode: ['올거나이즈=올거나이즈코리아'],
  },
];

describe('generalise: set 119 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
