/**
 * Generalisation rows for the forms first met in held-out set 118: a consortium table with a column of each team's
 * site beside its members, a member cell naming a company's department, and a company word before a name whose last
 * syllable looks like a particle, a marine insurer's suffix, a quoted strategy word before 승부.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const TABLE = (site: string) =>
  `충청도는 '스마트 공정 AI 실증사업' 수행 컨소시엄을 확정했다.\n\n스마트 공정 AI 실증사업 선정 컨소시엄\n\n주관기업 | 참여기업 | ${site}\n\n가람웍스(천안) | 도담시스템 | 도장·조립 공정 검사\n\n새봄로직스(청주) | 한결은행 데이터혁신팀 | 물류 창고 재고 관리\n`;

const rows: FactRow[] = [
  // a column of each team's site ("실증 현장", "적용 대상") is neither a member nor a row of its own
  {
    cat: 'participates.consortium-table-site-column',
    text: TABLE('실증 현장'),
    expect: ['PARTICIPATES_IN 가람웍스 -> 스마트 공정 AI 실증사업', 'PARTICIPATES_IN 도담시스템 -> 스마트 공정 AI 실증사업', 'PARTICIPATES_IN 새봄로직스 -> 스마트 공정 AI 실증사업'],
    noNodes: ['Company:실증 현장', 'Company:도장'],
  },
  {
    cat: 'participates.consortium-table-site-column',
    text: TABLE('적용 대상'),
    expect: ['PARTICIPATES_IN 새봄로직스 -> 스마트 공정 AI 실증사업'],
    noNodes: ['Company:적용 대상', 'Company:물류 창고 재고 관리'],
  },
  // a member cell naming a department stands for its company
  {
    cat: 'participates.consortium-table-department',
    text: TABLE('실증 현장'),
    nodes: ['Company:한결은행'],
    noNodes: ['Company:한결은행 데이터혁신팀'],
  },
  // "기업 NAME 컨소시엄": a name ending in 이 after an open syllable keeps it
  {
    cat: 'discover.company-word-open-syllable-name',
    text: "도는 구미의 비전 기업 다솜아이 컨소시엄을 선정했다. 비전 기업 다솜아이는 자체 비전 모델 '다솜 VL'을 개발했다.",
    expect: ['DEVELOPED 다솜아이 -> 다솜 VL'],
    noNodes: ['Company:다솜아'],
  },
  // a closed syllable before 이 is the name and its particle
  {
    cat: 'discover.company-word-open-syllable-name',
    text: '구미의 비전 기업 가온랩이 새 모델을 공개했다.',
    noNodes: ['Company:가온랩이'],
  },
  // a marine insurer ("…해상") is a company by its suffix, as "…화재" and "…생명" are
  {
    cat: 'discover.company-suffix-marine-insurer',
    text: "가온에이아이는 지난 10일 한결해상과 보험 상담 모델 '가온-2 케어'를 함께 만드는 계약을 맺었다. 양사는 내년 시범 적용을 시작한다.",
    nodes: ['Company:한결해상'],
  },
  {
    cat: 'discover.company-suffix-marine-insurer',
    text: '기상청은 이날 서해상에 풍랑주의보를 내렸다. 가온에이아이는 새 모델을 준비 중이다.',
    noNodes: ['Company:서해상'],
  },
  // "…으로 'X' 승부": a quoted word a contest follows is a strategy, no model
  {
    cat: 'discover.quoted-strategy-not-model',
    text: "가온에이아이, 법률 특화 LLM으로 '틈새' 승부\n\n가온에이아이는 메타의 라마 3 8B를 기반으로 판례를 추가 학습한 '가온-2'를 내놨다.",
    noNodes: ['Model:틈새'],
    expect: ['BASED_ON 가온-2 -> 라마 3 8B'],
  },
];

describe('generalise: set 118 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
