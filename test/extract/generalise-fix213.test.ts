/**
 * Generalisation rows for the forms of held-out set 213 (policy documents outside news articles): an agreement table
 * whose header carries date and amount columns ("협약일", "협약금액(백만원)") beside the lead and member columns; a member
 * cell's note calling an organisation an adviser ("(자문)"); consortia written inline with bare role words ("주관 A,
 * 참여 B·C"), in a bullet or in parentheses after "차순위 컨소시엄"; an official note in clipped report style ("…임.").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // an agreement table: its date and amount columns are no reason to stop reading its header
  {
    cat: 'consortium-table.agreement-columns',
    text: "해양 AI 실증사업 협약 현황\n\n해양수산부는 「해양 AI 실증사업」 참여 컨소시엄과 협약을 맺었다고 밝혔다.\n\n연번 | 주관기업 | 참여기업 | 개발 모델 | 협약일 | 협약금액(억원) | 비고\n1 | ㈜물결소프트 | ㈜파도데이터 | 물결-해양 8B | 2027.03.02 | 12 | -\n2 | 등대AI㈜ | ㈜갈매기랩 | 등대-Nav 2 | 2027.03.09 | 9 | -",
    expect: ['PARTNERS_WITH 물결소프트 -> 파도데이터', 'DEVELOPED 물결소프트 -> 물결-해양 8B', 'DEVELOPED 등대AI -> 등대-Nav 2', 'PARTICIPATES_IN 갈매기랩 -> 해양 AI 실증사업', 'PARTICIPATES_IN 등대AI -> 해양 AI 실증사업'],
  },
  // a contract table says "계약일" and "계약금액" the same way
  {
    cat: 'consortium-table.agreement-columns',
    text: "스마트 농업 AI 지원사업 계약 체결\n\n농촌진흥청은 「스마트 농업 AI 지원사업」 수행 컨소시엄과 계약을 체결했다.\n\n연번 | 주관기관 | 참여기관 | 개발 모델 | 계약일자 | 계약금액 | 비고\n1 | ㈜들녘테크 | ㈜씨앗로직 | 들녘-팜 3B | 2027.05.11 | 8억원 | -",
    expect: ['PARTNERS_WITH 들녘테크 -> 씨앗로직', 'DEVELOPED 들녘테크 -> 들녘-팜 3B'],
  },
  // a member the cell calls an adviser is no member of the team
  {
    cat: 'consortium-table.adviser-note',
    text: "해양 AI 실증사업 협약 현황\n\n해양수산부는 「해양 AI 실증사업」 참여 컨소시엄과 협약을 맺었다.\n\n연번 | 주관기업 | 참여기업 | 개발 모델\n1 | 등대AI㈜ | ㈜갈매기랩, 법무법인 바닷길(자문) | 등대-Nav 2",
    expect: ['PARTNERS_WITH 등대AI -> 갈매기랩'],
    absent: ['PARTNERS_WITH 등대AI -> 법무법인 바닷길', 'PARTICIPATES_IN 법무법인 바닷길 -> 해양 AI 실증사업'],
  },
  // a work plan's bullet: "(field) 주관 A, 참여 B·C" is one team of the programme its heading names
  {
    cat: 'consortium-roster.role-words',
    text: "2028년도 업무계획\n\n1. 「해안 물류 AI 실증사업」 추진\n ○ 국토교통부 공모에 물류·항만 분야 2개 컨소시엄 선정\n  - (물류) 주관 ㈜하늘정보, 참여 구름로직스(주)·㈜별빛데이터\n  - (항만) 주관 바람AI(주), 참여 ㈜돛단배시스템",
    expect: ['PARTNERS_WITH 하늘정보 -> 구름로직스', 'PARTNERS_WITH 하늘정보 -> 별빛데이터', 'PARTNERS_WITH 바람AI -> 돛단배시스템', 'PARTICIPATES_IN 별빛데이터 -> 해안 물류 AI 실증사업', 'PARTICIPATES_IN 바람AI -> 해안 물류 AI 실증사업'],
  },
  // labels with a colon and a slash between them
  {
    cat: 'consortium-roster.role-words',
    text: "「도시 교통 AI 실증사업」 선정 결과\n\n서울시는 「도시 교통 AI 실증사업」 수행 컨소시엄을 선정했다고 밝혔다.\n ○ 구성 : 주관기관: ㈜신호등랩 / 참여기관: ㈜횡단보도AI, ㈜버스정류장데이터",
    expect: ['PARTNERS_WITH 신호등랩 -> 횡단보도AI', 'PARTNERS_WITH 신호등랩 -> 버스정류장데이터'],
  },
  // a runner-up team named in parentheses: its lead and member, and "차순위" is nobody's name
  {
    cat: 'consortium-roster.role-words',
    text: "해양 AI 실증사업 추가 선정 심의\n\n해양수산부는 「해양 AI 실증사업」 협약을 마쳤다. 차순위 컨소시엄(주관 ㈜모래톱AI, 참여 ㈜조약돌데이터)은 추가 선정 여부를 심의하고 있다.",
    expect: ['PARTNERS_WITH 모래톱AI -> 조약돌데이터'],
    noNodes: ['Company:차순위'],
  },
  // role words with no roster shape: a sentence about leading and taking part is no roster
  {
    cat: 'consortium-roster.role-words',
    text: "해양 AI 실증사업 안내\n\n해양수산부는 「해양 AI 실증사업」은 중소기업 주관을 원칙으로 하며, 대기업의 주관 참여 신청은 받지 않는다고 밝혔다.",
    noNodes: ['Company:대기업'],
  },
  // an official note in clipped report style ("…임.") is a sentence about its topic, no footnote legend
  {
    cat: 'chrome.clipped-report-note',
    text: "해양 AI 실증사업 협약 현황\n\n해양수산부는 「해양 AI 실증사업」 참여 컨소시엄과 협약을 맺었다.\n\n※ 등대AI㈜의 '등대-Nav 2'는 메타의 Llama 3.1 8B를 기반으로 항해 데이터를 추가 학습한 모델임.",
    expect: ['BASED_ON 등대-Nav 2 -> Llama 3.1 8B'],
  },
  // a report's space-aligned table: a team's name column beside its lead's, a year before the amount's title, a member's
  // cell wrapped onto an indented line, a footnote number glued to a name
  {
    cat: 'consortium-table.team-name-column',
    text: "2027회계연도 결산 분석\n\n과학기술정보통신부는 「해저 AI 탐사 모델 개발」 사업(이하 \"본 사업\")을 추진하고 있다. 정예팀 구성은 다음과 같다.\n\n ──────────────────────────────────────────────\n  정예팀      주관기업            참여기업                개발 모델       '27 지원액\n ──────────────────────────────────────────────\n  심해       ㈜파란심연          ㈜산호데이터,           심연-Ocean 20B   95\n                                 ㈜해초로직\n  등대       등대웨이브㈜        ㈜조개칩스2)            등대-Sea 7B      61\n ──────────────────────────────────────────────\n 주: 2) 2027년 3월 합류\n\n심해 컨소시엄의 '심연-Ocean 20B'는 자체 데이터로 학습했다.",
    expect: ['PARTNERS_WITH 파란심연 -> 산호데이터', 'PARTNERS_WITH 파란심연 -> 해초로직', 'PARTNERS_WITH 등대웨이브 -> 조개칩스', 'DEVELOPED 파란심연 -> 심연-Ocean 20B', 'PARTICIPATES_IN 해초로직 -> 해저 AI 탐사 모델 개발'],
    noNodes: ['Company:등대', 'Company:조개칩스2', 'Policy:본 사업'],
  },
  // a programme named in brackets with 사업 outside them, before the short form it defines
  {
    cat: 'policy.bracketed-name-defined-short',
    text: "해양수산부 보도자료\n\n해양수산부는 「연안 어장 AI 예측」 사업(이하 \"어장사업\")을 새로 추진한다. ㈜물고기랩은 어장사업에 선정됐다.",
    expect: ['PARTICIPATES_IN 물고기랩 -> 연안 어장 AI 예측'],
  },
  // a selection table whose header is letter-spaced and whose result column says who was selected: every row's company
  // took part, one that later gave up its agreement too
  {
    cat: 'selection-table.result-column',
    text: "2028년 주요업무계획\n\n3. 「2028년 AI 현장적용 지원사업」 공모 운영\n ○ 신청 30개사, 선정 10개사\n\n연번 | 기 업 명 | 과 제 명 | 비 고\n1 | ㈜단풍소프트 | 민원 분류 | 선정\n2 | 은행나무(주) | 병해 진단 | 선정\n3 | ㈜소나무랩 | 재고 예측 | 협약 포기",
    expect: ['PARTICIPATES_IN 단풍소프트 -> 2028년 AI 현장적용 지원사업', 'PARTICIPATES_IN 은행나무 -> 2028년 AI 현장적용 지원사업', 'PARTICIPATES_IN 소나무랩 -> 2028년 AI 현장적용 지원사업'],
  },
  // the same table without a result column that selects names no participant by itself
  {
    cat: 'selection-table.result-column',
    text: "2028년 주요업무계획\n\n3. 「2028년 AI 현장적용 지원사업」 수요조사\n ○ 관심 기업 현황\n\n연번 | 기 업 명 | 관심 분야 | 비 고\n1 | ㈜단풍소프트 | 민원 분류 | 검토 중",
    absent: ['PARTICIPATES_IN 단풍소프트 -> 2028년 AI 현장적용 지원사업'],
  },
  // the ICT regulatory sandbox is a programme: a company granted a special case in it takes part
  {
    cat: 'policy.ict-sandbox',
    text: "규제샌드박스 심의 결과\n\n과학기술정보통신부는 ICT 규제샌드박스 심의위원회를 열어 ㈜구름다리의 원격 통역 서비스에 실증특례를 부여했다고 밝혔다. 구름다리는 ICT 규제샌드박스에 지난 5월 신청했다.",
    expect: ['PARTICIPATES_IN 구름다리 -> ICT 규제샌드박스'],
  },
  // "양사" after one company: the pair it was named in before, not a model's maker named in passing in between
  {
    cat: 'clause.pair-of-the-one-named',
    text: "실증 과제 소개\n\n① 새벽랩과 노을시스템이 공동 신청한 상담 서비스는 콜센터에서 쓰인다. 상담에는 새벽랩이 만든 '새벽-Call 2B'가 쓰이는데, 메타의 Llama 3.2 3B를 줄인 모델이다. 콜센터 솔루션 업체 노을시스템은 연동을 맡아 양사가 서비스를 함께 개발했다.",
    expect: ['PARTNERS_WITH 새벽랩 -> 노을시스템'],
    absent: ['PARTNERS_WITH 메타 -> 새벽랩', 'PARTNERS_WITH 메타 -> 노을시스템'],
  },
  // two companies the sentence names as actors are still the pair "양사" means next
  {
    cat: 'clause.pair-of-the-one-named',
    text: "협력 소식\n\n㈜새벽랩은 ㈜노을시스템과 상담 데이터를 나누기로 했다. 양사는 지난달 상담 요약 서비스를 함께 개발했다.",
    expect: ['PARTNERS_WITH 새벽랩 -> 노을시스템'],
  },
  // an overview's runner written post first, with a note in parentheses after the name
  {
    cat: 'promotes.overview-post-before-name',
    text: "수시공시 상세\n\n1. 사업 개요\n - 사업명 : 스마트 양식 AI 실증사업(2차년도)\n - 지원규모 : 총 40억원\n - 사업총괄 : 해양산업본부장 서하람 (본부장은 \"현장 실증을 늘리겠다\"고 설명)",
    expect: ['PROMOTES 서하람 -> 스마트 양식 AI 실증사업'],
  },
];

describe('generalise: set 213, policy documents', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
