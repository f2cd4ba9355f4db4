/**
 * Generalisation rows for the forms first met in held-out set 110: a province's head named with the region glued to
 * the title ("전남특별자치도지사", "충청북도지사"), and more below.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a region's head: the region's full or shortened name glued to the title, with 특별자치 before it
  {
    cat: 'promotes.regional-head',
    text: "AI 스타트업 누리봇은 '바다 AI 실증사업' 참여 기업이다. 한서준 제주특별자치도지사는 지난 3일 \"바다 AI 실증사업을 도 전역으로 넓히겠다\"고 말했다.",
    nodes: ['Person:한서준'],
    expect: ['PROMOTES 한서준 -> 바다 AI 실증사업'],
  },
  {
    cat: 'promotes.regional-head',
    text: "AI 스타트업 누리봇은 '산림 AI 돌봄 사업' 참여 기업이다. 윤가람 충청북도지사는 \"산림 AI 돌봄 사업을 내년에 두 배로 키우겠다\"고 밝혔다.",
    nodes: ['Person:윤가람'],
    expect: ['PROMOTES 윤가람 -> 산림 AI 돌봄 사업'],
  },
  // 현대위아 (Hyundai WIA, a Hyundai Motor Group machine-tool and parts maker) is a company of the gazetteer
  {
    cat: 'gazetteer.company',
    text: '가온AI는 현대위아와 설비 진단 모델을 공동 개발하는 협약을 맺었다.',
    nodes: ['Company:현대위아'],
    props: ['현대위아=country:KR'],
    expect: ['PARTNERS_WITH 가온AI -> 현대위아'],
  },
  // a venture investor's title ("파트너", "심사역") names a person right after an investor's name; alone, "파트너" is a common
  // noun ("정해진 파트너는 없다", "도메인 파트너") and "파트너 변호사" a law firm's rank
  {
    cat: 'persons.investor-title',
    text: '가온AI가 투자를 유치했다. 한빛벤처스의 도하람 파트너는 "제조 데이터가 강점"이라고 말했다. 다온인베스트먼트 서지율 수석심사역도 거들었다.',
    nodes: ['Person:도하람', 'Person:서지율'],
  },
  {
    cat: 'persons.investor-title',
    text: '가온AI는 "아직 정해진 파트너는 없다"고 밝혔다. 다래테크는 도메인 파트너로 함께한다. 이 사무소 파트너 변호사의 말이다.',
    noNodes: ['Person:정해진', 'Person:도메인', 'Person:사무소', 'Person:변호사'],
  },
  // "NAME TITLE가 합류했다" with where to left unsaid: the company the story is about, also after "이달 초에는" and a former employer
  {
    cat: 'works-for.omitted-subject',
    text: '가온AI는 새 모델을 냈다. 이달 초에는 네이버클라우드 출신 서다온 리서치 리드가 합류했다.',
    expect: ['WORKS_FOR 서다온 -> 가온AI'],
    absent: ['WORKS_FOR 서다온 -> 네이버클라우드'],
  },
  {
    cat: 'works-for.omitted-subject',
    text: '가온AI는 새 모델을 냈다. 이번에 서다온 리서치 리드가 새로 합류했다.',
    expect: ['WORKS_FOR 서다온 -> 가온AI'],
  },
  {
    cat: 'works-for.omitted-subject',
    text: '가온AI는 새 모델을 냈다. 서다온 리서치 리드가 합류할지는 정해지지 않았다.',
    absent: ['WORKS_FOR 서다온 -> 가온AI'],
  },
  // "B(의 X팀)과 … 작업했고, 두 회사가 …": the clause's omitted subject (the company the story is about) and the partner it names
  {
    cat: 'partners.pair-of-omitted-subject',
    text: '가온AI는 첫 모델을 올렸다. 데이터 정제는 다래손해보험 데이터팀과 석 달간 같이 작업했고, 두 회사가 공동연구 협약도 맺었다.',
    expect: ['PARTNERS_WITH 가온AI -> 다래손해보험'],
  },
  {
    cat: 'partners.pair-of-omitted-subject',
    text: '가온AI는 첫 모델을 올렸다. 속도는 다래손해보험과 비교하면 느렸고, 두 회사 모두 적자를 냈다.',
    absent: ['PARTNERS_WITH 가온AI -> 다래손해보험'],
  },
  // "정부가 추진하는 대형 AI 모델 개발 사업": a size word and generic words describe a kind of project, no programme's name
  // (so a later "이번 공모" still points at the programme the article names)
  {
    cat: 'policy.described-kind',
    text: "부산의 한 스타트업이 정부가 추진하는 초거대 AI 모델 개발 사업의 주관 기업으로 뽑혔다. 다온랩은 '해양 특화 모델 실증사업'에 선정됐다. 이번 공모에는 열 곳이 지원했다. 함께 도전한 부산의 바다소프트는 고배를 마셨다.",
    noNodes: ['Policy:초거대 AI 모델 개발 사업'],
    expect: ['PARTICIPATES_IN 다온랩 -> 해양 특화 모델 실증사업', 'PARTICIPATES_IN 바다소프트 -> 해양 특화 모델 실증사업'],
  },
  {
    cat: 'policy.described-kind',
    text: '다온랩은 정부가 추진하는 AI 바우처 지원사업에 선정됐다.',
    nodes: ['Policy:AI 바우처 지원사업'],
  },
  // "A는 'P'의 주관 기업으로 선정됐다 … 이 사업에는 B가 참여 기관으로 함께한다": B joins the one lead's project, a partner of A
  {
    cat: 'partners.sole-lead-project',
    text: "제목\n\n가온AI는 경남도가 올해 처음 추진하는 'AI 양식 실증사업'의 주관 기업으로 선정됐다. 가온AI는 통영 지역 양식장 30곳에 AI를 보급하게 된다.\n\n이 사업에는 경상국립대학교와 지역 장비 업체 한빛마린이 참여 기관으로 함께한다.",
    expect: ['PARTNERS_WITH 가온AI -> 한빛마린', 'PARTICIPATES_IN 한빛마린 -> AI 양식 실증사업'],
  },
  {
    cat: 'partners.sole-lead-project',
    text: "제목\n\n가온AI는 'AI 양식 실증사업'의 주관 기업으로 선정됐다. 이 사업에는 지역 장비 업체 한빛마린도 참여 기관으로 함께한다.",
    expect: ['PARTNERS_WITH 가온AI -> 한빛마린'],
  },
  // not a company only weighing it, nor one of a programme's many teams (no one lead), nor after another company's topic
  {
    cat: 'partners.sole-lead-project',
    text: "제목\n\n가온AI는 'AI 양식 실증사업'의 주관 기업으로 선정됐다. 가온AI는 양식장 30곳에 AI를 보급한다. 이 사업에는 한빛마린도 참여를 검토하고 있다.",
    absent: ['PARTNERS_WITH 가온AI -> 한빛마린'],
  },
  {
    cat: 'partners.sole-lead-project',
    text: "제목\n\n가온AI는 '독자 AI 파운데이션 모델 프로젝트'의 정예팀으로 선정됐다. 가온AI는 새 모델을 준비한다. 이 사업에는 한빛소프트도 정예팀으로 참여한다.",
    absent: ['PARTNERS_WITH 가온AI -> 한빛소프트'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
