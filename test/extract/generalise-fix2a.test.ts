/**
 * Generalisation rows for the forms still missed after the first round on held-out sets 132–133: a compound
 * government title "부총리 겸 장관" after the ministry, whose first word is no person; a listed company whose consortium
 * is named by a clause of its own ("A가 주관한 컨소시엄과 B 컨소시엄은 … 넘지 못했다").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "NAME 부처 부총리 겸 장관은": the deputy-premier word that starts with a surname syllable is a title, not a name
  {
    cat: 'person.compound-deputy-title',
    text: '정부가 독자 AI 반도체 사업의 2단계 참여 기업을 발표했다. 윤서하 과학기술정보통신부 부총리 겸 장관은 이날 "남은 기업들이 내년까지 경쟁한다"고 말했다.',
    nodes: ['Person:윤서하'],
    noNodes: ['Person:부총리'],
  },
  {
    cat: 'person.compound-deputy-title',
    text: '새 지역 AI 거점 계획이 나왔다. 강하람 과기정통부 부총리 겸 장관은 간담회에서 "거점을 늘린다"고 밝혔다.',
    nodes: ['Person:강하람'],
    noNodes: ['Person:부총리'],
  },
  // a real name that starts with the same syllable stays a name
  {
    cat: 'person.compound-deputy-title',
    text: '부민석 한빛데이터 대표는 "새 모델을 내년에 공개한다"고 말했다.',
    nodes: ['Person:부민석'],
  },
  // "A가 이끈 컨소시엄과 B 컨소시엄은 … 문턱을 넘지 못했다": the first item's own clause keeps it in the list
  {
    cat: 'participates.list-item-led-consortium',
    text: "과기정통부가 'AI 반도체 실증 사업' 2단계 결과를 발표했다. 한빛데이터와 가온랩스가 통과했다. 반면 누리소프트가 이끈 컨소시엄과 새벽AI 컨소시엄은 2단계 문턱을 넘지 못했다.",
    expect: ['PARTICIPATES_IN 누리소프트 -> AI 반도체 실증 사업', 'PARTICIPATES_IN 새벽AI -> AI 반도체 실증 사업'],
  },
  {
    cat: 'participates.list-item-led-consortium',
    text: "'AI 반도체 실증 사업' 2단계 결과가 나왔다. 누리소프트가 주도한 컨소시엄, 새벽AI 컨소시엄이 모두 탈락했다.",
    expect: ['PARTICIPATES_IN 누리소프트 -> AI 반도체 실증 사업', 'PARTICIPATES_IN 새벽AI -> AI 반도체 실증 사업'],
  },
  // "1단계 차점 팀이었던 X": a runner-up of an earlier stage took part in the programme spoken of before
  {
    cat: 'participates.earlier-stage-runner-up',
    text: "'공공 AI 에이전트 사업' 2단계가 시작됐다. 과기정통부는 빈자리를 채우려 1단계 차점 팀이었던 누리소프트 측에 제안했지만 누리소프트는 고사했다.",
    expect: ['PARTICIPATES_IN 누리소프트 -> 공공 AI 에이전트 사업'],
  },
  // a runner-up with no programme spoken of is none
  {
    cat: 'participates.earlier-stage-runner-up',
    text: '누리소프트는 지난해 사내 해커톤에서 차점 팀이었던 직원들에게 포상했다.',
    noNodes: ['Policy:사내 해커톤'],
    absent: ['PARTICIPATES_IN 누리소프트 -> 사내 해커톤'],
  },
  // "NAME 지사는 선정 발표에서 \"…\" 강조했다" after "이 사업의 … 선정했다": the official promotes the programme selected for
  {
    cat: 'promotes.official-at-selection-briefing',
    text: "누리소프트는 올해 'AI 바우처 사업'에도 참여했다. 부산시가 새로 연 무대는 'AI 해양 물류 실증사업'이다. 부산시는 지난달 이 사업의 실증기관으로 누리소프트와 새벽AI 2곳을 선정했다. 박지호 부산시장은 선정 발표에서 \"해양 물류 AI는 부산이 가장 잘할 분야\"라고 강조했다.",
    expect: ['PROMOTES 박지호 -> AI 해양 물류 실증사업'],
  },
  // spoken elsewhere than at the selection's announcement, the words are not tied to the programme
  {
    cat: 'promotes.official-at-selection-briefing',
    text: "누리소프트는 올해 'AI 바우처 사업'에도 참여했다. 부산시가 새로 연 무대는 'AI 해양 물류 실증사업'이다. 부산시는 지난달 이 사업의 실증기관으로 누리소프트와 새벽AI 2곳을 선정했다. 박지호 부산시장은 송년 간담회에서 \"관광이 먼저\"라고 강조했다.",
    absent: ['PROMOTES 박지호 -> AI 해양 물류 실증사업'],
  },
  // a company that only leads a consortium the list's company is compared with is not listed
  {
    cat: 'participates.list-item-led-consortium',
    text: "'AI 반도체 실증 사업' 2단계 결과가 나왔다. 누리소프트가 주도한 연구와 별개로 새벽AI 컨소시엄이 탈락했다.",
    absent: ['PARTICIPATES_IN 누리소프트 -> AI 반도체 실증 사업'],
  },
];

describe('generalisation rows for the leftover forms of sets 132–133', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_c, row) => checkFactRow(row));
});
