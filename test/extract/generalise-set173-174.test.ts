/**
 * Generalisation rows for the further round on sets 173 and 174: a consortium table's size and release columns
 * ("파라미터 | 공개형태") on the row's model; a programme's role noun as a builder ("주관기관이 자체 개발한 모델", a
 * dataset's field description) and a portal's category word, no companies; a dataset's column dictionary ("컬럼명 |
 * 설명 | 타입"), no facts; "팀별 컨소시엄" and a bullet before a committee's title ("○ 평가위원 명단은"), no names; a
 * filing's officer table under a heading with a note ("(참고)"); a former role after "총괄을" ("… 총괄을 지냈으며");
 * a models table's description column, whose cells describe the row's model ("모델 | 공개 | 설명"). Names and
 * sentences written for these tests, with their traps.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const consortiumTable = (sizes: [string, string]) =>
  `과기정통부는 'AI 가람 모델 지원사업' 선정 결과를 공개했다.\n\n연번 | 주관기관 | 참여기관 | 고도화대상모델 | 파라미터 | 공개형태\n\n1 | 바람소프트 | 들꽃데이터 | 바람-L 3 | ${sizes[0]} | 오픈웨이트\n\n2 | 누리비전 | 한결로보틱스 | 누리-V 2 | ${sizes[1]} | 비공개`;

const modelsTable = (cell: string) =>
  `노을비전은 2021년 대전에서 설립된 의료 영상 모델 회사입니다.\n\n공서하\n\nCTO\n\n전 네이버클라우드 하이퍼클로바X 팀. 학습 인프라를 설계했습니다.\n\n우리가 만든 모델\n\n모델\n\n공개\n\n설명\n\n누리-V 1\n\n2025.02\n\n노을비전의 첫 비전 모델\n\n누리-V 2\n\n2026.04.20\n\n${cell}`;

const rows: FactRow[] = [
  // a consortium table's size and release columns: the row's model's parameters and open release ("비공개" says nothing)
  { cat: 'consortium-table.model-columns', text: consortiumTable(['140억', '9B']), expect: ['DEVELOPED 바람소프트 -> 바람-L 3'], props: ['바람-L 3=parameters:14000000000', '바람-L 3=openSource:true', '누리-V 2=parameters:9000000000', '누리-V 2=openSource:undefined'] },
  { cat: 'consortium-table.model-columns', text: consortiumTable(['-', '미정']), props: ['바람-L 3=parameters:undefined', '누리-V 2=parameters:undefined'] },
  // a programme's role noun as the builder ("주관기관이 자체 개발한"): a field description, no company taking part
  { cat: 'discover.self-built-role', text: "설명: 본 데이터는 'AI 가람 모델 지원사업'에 신청한 컨소시엄의 주관기관·참여기관, 대상 모델(주관기관이 자체 개발한 모델) 및 선정결과를 제공합니다.", noNodes: ['Company:주관기관'], absent: ['PARTICIPATES_IN 주관기관 -> AI 가람 모델 지원사업'] },
  { cat: 'discover.self-built-role', text: '공모 안내\n\n참여기업이 자체 개발한 데이터와 수요기관이 자체 구축한 장비는 평가에서 제외된다.', noNodes: ['Company:참여기업', 'Company:수요기관'] },
  { cat: 'discover.self-built-role', text: "바람소프트가 자체 개발한 모델 '바람-L 3'가 'AI 가람 모델 지원사업'에 선정됐다.", nodes: ['Company:바람소프트'] },
  // a dataset's column dictionary ("컬럼명 | 설명 | 타입"): its rows name fields and roles, no company; the records after it are read
  { cat: 'names.column-dictionary', text: "항만 AI 데이터\n\n컬럼명 | 설명 | 타입\n\n주관기관 | 컨소시엄 주관기관명 | VARCHAR\n\n모델명 | 주관기관이 자체 개발한 기반 모델의 이름 | VARCHAR\n\n선정 | 'AI 가람 모델 지원사업' 선정 여부 | CHAR(1)", noNodes: ['Company:주관기관', 'Company:모델명'], absent: ['PARTICIPATES_IN 모델명 -> AI 가람 모델 지원사업'] },
  { cat: 'names.column-dictionary', text: `항만 AI 데이터\n\n컬럼명\n\n설명\n\n타입\n\n모델명\n\n주관기관이 자체 개발한 기반 모델의 이름\n\nVARCHAR\n\n미리보기\n\n${consortiumTable(['140억', '9B']).split('\n\n').slice(1).join('\n\n')}`, noNodes: ['Company:모델명'], expect: ['DEVELOPED 바람소프트 -> 바람-L 3', 'PARTNERS_WITH 바람소프트 -> 들꽃데이터'] },
  // a data portal's category word in its breadcrumb and captions
  { cat: 'names.portal-words', text: '홈 > 데이터찾기 > 파일데이터 > 상세\n\n파일데이터 정보\n\n제공기관: 과학기술정보통신부', noNodes: ['Company:파일데이터'] },
  // a distributive "per team" before 컨소시엄 is no lead; a name before it still is
  { cat: 'discover.consortium-lead', text: '【질의 3】 2단계 진출 팀별 컨소시엄 구성과 분야별 컨소시엄 예산을 제출하시기 바랍니다.', noNodes: ['Company:팀별', 'Company:분야별'] },
  { cat: 'discover.consortium-lead', text: '평가 결과 가온소프트 컨소시엄이 추가로 선정됐다.', nodes: ['Company:가온소프트'] },
  // a bullet "○ " before a committee's title and a topic is no speaker's label; a minutes turn still is
  { cat: 'names.minutes-label', text: '【답변】\n\n○ 심사위원 명단은 관련 법률에 따라 비공개입니다.', noNodes: ['Person:명단은'] },
  { cat: 'names.minutes-label', text: '○위원장 노하은 성원이 되었으므로 회의를 시작하겠습니다.', nodes: ['Person:노하은'] },
  // a filing's officer table under a heading with a note: the filer's officers; a retired officer's row ('-') gives none
  { cat: 'works-for.officer-table', text: '회사명 : 주식회사 노을비전\n\n대표이사 : 공민서\n\n당사는 의료 영상 모델을 개발하고 있습니다.\n\n5. 주요 미등기임원 현황 (참고)\n\n성명 | 직위 | 담당업무\n\n변하민 | 상무 | 데이터연구소장\n\n탁윤후 | 전무 | 최고재무책임자(CFO)\n\n여민결 | - | 前 영업총괄 (2026.03 퇴임)', expect: ['WORKS_FOR 변하민 -> 노을비전', 'WORKS_FOR 탁윤후 -> 노을비전'], absent: ['WORKS_FOR 여민결 -> 노을비전'] },
  { cat: 'works-for.officer-table', text: '회사명 : 주식회사 노을비전\n\n당사는 의료 영상 모델을 개발하고 있습니다.\n\n5. 주요 협력사 현황 (참고)\n\n성명 | 직위 | 담당업무\n\n변하민 | 상무 | 데이터연구소장', absent: ['WORKS_FOR 변하민 -> 노을비전'] },
  // "NAME 대표는 X에서 … 총괄을 지냈으며": a former role, no employer now; "총괄을 맡고 있다" is one
  { cat: 'works-for.leads-at', text: '공서하 대표는 한결클라우드에서 검색 사업 총괄을 지냈으며, 올해 3월 노을비전에 합류했다.', absent: ['WORKS_FOR 공서하 -> 한결클라우드'] },
  { cat: 'works-for.leads-at', text: '공서하 대표는 한결클라우드에서 검색 사업 총괄을 역임한 뒤 창업했다.', absent: ['WORKS_FOR 공서하 -> 한결클라우드'] },
  { cat: 'works-for.leads-at', text: '공서하 대표는 한결클라우드에서 검색 사업 총괄을 맡고 있다.', expect: ['WORKS_FOR 공서하 -> 한결클라우드'] },
  // a models table's description column: the row's model is what its cell describes, not the model the page spoke of before
  {
    cat: 'focus.described-row',
    text: modelsTable('누리-V 1의 후속 모델. 메타의 Llama-3.1-8B를 기반으로 추가 학습한 80억 파라미터 모델로, 오픈소스(Apache-2.0)로 공개'),
    expect: ['SUCCEEDS 누리-V 2 -> 누리-V 1', 'BASED_ON 누리-V 2 -> Llama-3.1-8B'],
    absent: ['SUCCEEDS 하이퍼클로바X -> 누리-V 1', 'BASED_ON 하이퍼클로바X -> Llama-3.1-8B'],
    props: ['누리-V 2=releasedOn:2026-04-20', '누리-V 2=parameters:8000000000', '누리-V 2=openSource:true'],
  },
  { cat: 'focus.described-row', text: modelsTable('누리-V 1을 개선한 모델로, 아직 공개 일정은 정하지 않았습니다.'), props: ['누리-V 2=releasedOn:2026-04-20', '누리-V 2=openSource:undefined', '누리-V 1=openSource:undefined'], absent: ['BASED_ON 하이퍼클로바X -> 누리-V 1'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
