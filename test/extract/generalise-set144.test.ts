/**
 * Generalisation rows for the forms first met in held-out set 144: a pilot or programme called back by "이 시범사업",
 * "이 프로젝트 2단계에는" with the members left in it, companies entering a programme in pairs ("A는 B와, C는 D와 각각
 * 짝을 이뤄 …에 들어간다") or as one consortium they formed, a bare phase ("2단계 사업") of the programme named with its
 * phases, an official called back as "이 대통령" before a quoted statement on the programme, and "않지만" as a negation.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "이 시범사업에는 A와 B가 한 팀을 꾸려 참여한다": the pilot named before, both members of the team
  {
    cat: 'references.compound-programme-word',
    text: "행안부는 'AI 민원 시범사업'을 내년 1월 시작한다. 이 시범사업에는 뤼튼과 솔트룩스가 한 팀을 꾸려 참여한다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> AI 민원 시범사업', 'PARTICIPATES_IN 솔트룩스 -> AI 민원 시범사업'],
  },
  {
    cat: 'references.compound-programme-word',
    text: "행안부는 'AI 민원 시범사업'을 내년 1월 시작한다. 이 시범사업에는 뤼튼과 솔트룩스가 한 팀을 꾸려 참여하지 않기로 했다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> AI 민원 시범사업', 'PARTICIPATES_IN 솔트룩스 -> AI 민원 시범사업'],
  },
  // "이 사업 2단계에는 A, B, 그리고 새로 뽑힌 C가 남아 있다": a stage of the programme named before; every member of the list is left in it
  {
    cat: 'clause.stage-members-remaining',
    text: "정부는 'AI 물류 실증사업'을 3년째 이어가고 있다. 지금 이 사업 2단계에는 뤼튼, 솔트룩스, 그리고 올해 새로 뽑힌 마음AI가 남아 있다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> AI 물류 실증사업', 'PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업', 'PARTICIPATES_IN 마음AI -> AI 물류 실증사업'],
  },
  {
    cat: 'clause.stage-members-remaining',
    text: "정부는 'AI 물류 실증사업'을 3년째 이어가고 있다. 이 사업 2단계에는 뤼튼과 솔트룩스가 남아 있지 않다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> AI 물류 실증사업', 'PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업'],
  },
  // "A는 B와, C는 D와 각각 짝을 이뤄 P에 들어간다": four entrants, two pairs, never crosswise
  {
    cat: 'gapping.paired-entry',
    text: "과기정통부는 'AI 물류 실증사업'의 첫 참여 조합을 공개했다. 뤼튼은 솔트룩스와, 마음AI는 셀렉트스타와 각각 짝을 이뤄 이 사업에 들어간다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> AI 물류 실증사업', 'PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업', 'PARTICIPATES_IN 마음AI -> AI 물류 실증사업', 'PARTICIPATES_IN 셀렉트스타 -> AI 물류 실증사업', 'PARTNERS_WITH 뤼튼 -> 솔트룩스', 'PARTNERS_WITH 마음AI -> 셀렉트스타'],
    absent: ['PARTNERS_WITH 뤼튼 -> 셀렉트스타', 'PARTNERS_WITH 솔트룩스 -> 마음AI'],
  },
  {
    cat: 'gapping.paired-entry',
    text: "과기정통부는 'AI 물류 실증사업'의 계획을 공개했다. 뤼튼은 솔트룩스와, 마음AI는 셀렉트스타와 각각 짝을 이뤄 새 서비스를 만든다.",
    absent: ['PARTICIPATES_IN 솔트룩스 -> AI 물류 실증사업', 'PARTICIPATES_IN 셀렉트스타 -> AI 물류 실증사업'],
  },
  // "2단계 사업에": a phase of the programme named with its phases, not the pilot named since; no programme of its own
  {
    cat: 'references.bare-phase',
    text: "정부는 'AI 물류 실증사업' 2단계 평가를 마쳤다. 이어 행안부는 'AI 민원 시범사업'을 설명했다. 새로 합류한 뤼튼도 2단계 사업에 참여하고 있다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> AI 물류 실증사업'],
    absent: ['PARTICIPATES_IN 뤼튼 -> AI 민원 시범사업'],
    noNodes: ['Policy:2단계 사업'],
  },
  // "이 대통령은 모두발언에서 "P는 …. …"며": the president named before, speaking for the programme
  {
    cat: 'references.official-surname',
    text: '이재명 대통령은 오늘 회의를 주재했다. 이 대통령은 모두발언에서 "독자 AI 파운데이션 모델 프로젝트는 멈추지 않는다. 끝까지 책임지겠다"며 "정부가 뒤를 받치겠다"고 말했다.',
    expect: ['PROMOTES 이재명 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'references.official-surname',
    text: '이재명 대통령은 오늘 회의를 주재했다. 이 대통령은 모두발언에서 "규제 개혁이 먼저"라고 말했다. 업계는 독자 AI 파운데이션 모델 프로젝트를 주목한다.',
    absent: ['PROMOTES 이재명 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // "들어가 있지 않지만": not in the programme
  {
    cat: 'negation.contrast',
    text: "정부는 'AI 물류 실증사업'을 시작했다. 뤼튼은 이 사업에 들어가 있지 않지만 관심이 크다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> AI 물류 실증사업'],
  },
  // "도는 … 결과, A 컨소시엄과 B 컨소시엄을 최종 선정했다": the consortia the programme named before selected
  {
    cat: 'clause.selected-object',
    text: "경북도가 '경북 AI 물류 실증사업' 수행 컨소시엄 2곳을 최종 선정했다. 도는 지난 10일 발표 평가를 진행한 결과, 뤼튼 컨소시엄과 솔트룩스 컨소시엄을 최종 선정했다고 12일 밝혔다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> 경북 AI 물류 실증사업', 'PARTICIPATES_IN 솔트룩스 -> 경북 AI 물류 실증사업'],
  },
  // a company choosing its own suppliers takes nobody into the programme
  {
    cat: 'clause.selected-object',
    text: "경북도가 '경북 AI 물류 실증사업'을 시작했다. 카카오는 뤼튼과 솔트룩스를 협력사로 선정했다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> 경북 AI 물류 실증사업', 'PARTICIPATES_IN 솔트룩스 -> 경북 AI 물류 실증사업'],
  },
  // "X 광양제철소와 손잡고": a company's site after its name is the company
  {
    cat: 'patterns.company-site',
    text: '가온랩스는 포스코 광양제철소와 손잡고 설비 진단 모델을 만든다.',
    expect: ['PARTNERS_WITH 가온랩스 -> 포스코'],
  },
  {
    cat: 'patterns.company-site',
    text: '가온랩스는 포스코 광양제철소를 방문해 설비를 살폈다.',
    absent: ['PARTNERS_WITH 가온랩스 -> 포스코'],
  },
  // a steelmaker the gazetteer now knows, with its country
  {
    cat: 'gazetteer.industrial-partner',
    text: '가온랩스는 현대제철과 손잡고 설비 진단 모델을 만든다.',
    expect: ['PARTNERS_WITH 가온랩스 -> 현대제철'],
    props: ['현대제철=country:KR'],
  },
  // "NAME 지사가 지난 3월 … 발표한 'X 전략'": a governor's strategy is a policy, no model
  {
    cat: 'discovery.governor-plan',
    text: "김도윤 지사가 지난 3월 민선 도정 핵심 목표로 발표한 'AI 항만 혁신 전략'은 올해 본격화된다.",
    nodes: ['Policy:AI 항만 혁신 전략'],
    noNodes: ['Model:AI 항만 혁신 전략'],
  },
  // "NAME 지사는", "NAME 경제부지사는": a governor and a vice-governor are officials who speak for the province's programme
  {
    cat: 'titles.provincial-heads',
    text: "KT 강원지사는 춘천에 새 사무실을 열었다. 김도윤 지사는 \"'AI 물류 실증사업'을 끝까지 챙기겠다\"고 말했다.",
    expect: ['PROMOTES 김도윤 -> AI 물류 실증사업'],
    noNodes: ['Company:강원지사', 'Company:지사'],
  },
  {
    cat: 'titles.provincial-heads',
    text: "경북도는 'AI 물류 실증사업'을 시작한다. 사업을 총괄하는 한지석 경제부지사는 \"내년에는 규모를 늘리겠다\"고 밝혔다.",
    expect: ['PROMOTES 한지석 -> AI 물류 실증사업'],
  },
  // "한편 도는 … 원장에 NAME 전 KT 상무를 임명했다": the province appoints; no company the passage spoke of hires
  {
    cat: 'references.province-subject',
    text: "경북도는 올해 'AI 물류 실증사업'을 시작했다. 다만 뤼튼은 최종 단계에서 빠졌다. 한편 도는 경북AI진흥원 초대 원장에 오태민 전 KT 상무를 지난 5일 임명했다.",
    absent: ['WORKS_FOR 오태민 -> 뤼튼'],
  },
  // ("…을 대상으로 평가한 결과": the applicants evaluated, no award)
  {
    cat: 'clause.selected-object',
    text: "경북도가 '경북 AI 물류 실증사업' 수행 기업을 모집했다. 도는 신청 기업 5곳을 대상으로 평가한 결과 뤼튼과 솔트룩스를 최종 선정했다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> 경북 AI 물류 실증사업', 'PARTICIPATES_IN 솔트룩스 -> 경북 AI 물류 실증사업'],
  },
  // an award's winners are no members of the programme the story named
  {
    cat: 'clause.selected-object',
    text: "경북도가 '경북 AI 물류 실증사업' 경진대회를 열었다. 심사위원단은 최우수상에 뤼튼을, 우수상에 솔트룩스를 각각 선정했다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> 경북 AI 물류 실증사업', 'PARTICIPATES_IN 솔트룩스 -> 경북 AI 물류 실증사업'],
  },
  // "A 컨소시엄은 B와 함께 A가 만든 Y로": B works with the consortium; it made nothing
  {
    cat: 'clause.with-together',
    text: "업스테이지 컨소시엄은 핀테크 기업 다온페이와 함께 업스테이지가 자체 개발한 '솔라 프로 3'로 심사 에이전트를 개발한다.",
    absent: ['DEVELOPED 다온페이 -> 솔라 프로 3'],
  },
  // "서울의 의료 AI 스타트업 X를 언급했다": a startup named as the object of mentioning it is a company; its model is its own
  {
    cat: 'discovery.startup-object',
    text: "그는 국내 사례를 소개하며 서울의 의료 AI 스타트업 다온메디를 언급했다. 다온메디는 젬마 3를 바탕으로 의료 기록을 추가 학습시켜 '다온-메드'를 만들었다.",
    expect: ['DEVELOPED 다온메디 -> 다온-메드', 'BASED_ON 다온-메드 -> 젬마 3'],
  },
  {
    cat: 'discovery.startup-object',
    text: '그는 국내 사례를 소개하며 스타트업 생태계를 언급했다.',
    noNodes: ['Company:생태계'],
  },
];

describe('generalisation: set 144 forms in other wordings', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
