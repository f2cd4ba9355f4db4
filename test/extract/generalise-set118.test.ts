/**
 * Generalisation rows for the forms first met in held-out set 118: a consortium table with a column of each team's
 * site beside its members, a member cell naming a company's department, and a company word before a name whose last
 * syllable looks like a particle, a marine insurer's suffix,  a quoted strategy word before 승부, a
 * list whose last item runs to three words before a base's training verb, a partner that 공동 개발s a model.
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
  // "Y를 기반으로, … A와 B, C D E를 추가로 학습시키는 방식이다": a list's last item of three words before its object particle
  {
    cat: 'based-on.focus-list-of-phrases',
    text: "AI 스타트업 가온에이아이와 한결그룹의 IT 계열사 한결정보가 물류업에 특화한 거대언어모델(LLM)을 공동 개발한다.\n\n두 회사는 18일 '물류 특화 생성형 AI 공동 개발 업무협약(MOU)'을 체결했다고 19일 밝혔다. 양사가 함께 만드는 모델의 이름은 '다온 로지스(Daon Logis)'이다. 가온에이아이의 '누리-7(Nuri-7)'을 기반으로, 계열 물류사들이 모아 온 배송 기록과 창고 문의, 현장 안전 지침서를 추가로 학습시키는 방식이다.",
    expect: ['BASED_ON 다온 로지스 -> 누리-7'],
  },
  // a clause that ends after the comma does not carry the base on
  {
    cat: 'based-on.focus-list-of-phrases',
    text: "AI 스타트업 가온에이아이와 한결그룹의 IT 계열사 한결정보가 물류업에 특화한 거대언어모델(LLM)을 공동 개발한다.\n\n두 회사는 18일 '물류 특화 생성형 AI 공동 개발 업무협약(MOU)'을 체결했다고 19일 밝혔다. 양사가 함께 만드는 모델의 이름은 '다온 로지스(Daon Logis)'이다. 가온에이아이의 '누리-7(Nuri-7)'을 기반으로 검토했으나 결론을 내지 못했고, 한결정보는 배송 기록과 창고 문의, 현장 안전 지침서를 따로 학습시키는 방식이다.",
    absent: ['BASED_ON 다온 로지스 -> 누리-7'],
  },
  // "A는 B와 'M'을 공동 개발하는 계약을 맺었다": the partner named with 와/과 co-develops the model too
  {
    cat: 'developed.partner-made-together',
    text: "가온에이아이는 지난 20일 한결생명과 보험 특화 모델 '누리-2 케어'를 공동 개발하는 계약을 맺었다.",
    expect: ['DEVELOPED 한결생명 -> 누리-2 케어', 'DEVELOPED 가온에이아이 -> 누리-2 케어'],
  },
  {
    cat: 'developed.partner-made-together',
    text: "가온에이아이는 한결생명과 보험 특화 모델 '누리-2 케어'를 공동 개발하지 않기로 했다고 밝혔다.",
    absent: ['DEVELOPED 한결생명 -> 누리-2 케어'],
  },
  // the partner of one co-developed model is no maker of its siblings: the maker's other models stay the maker's alone
  {
    cat: 'developed.family-sibling-partner-aside',
    text: "가온에이아이의 주력 모델은 지난 9월 내놓은 '누리-2'다. 전작 '누리-1'보다 한국어 문서를 더 많이 학습했다.\n\n가온에이아이는 지난 20일 한결생명과 보험 특화 모델 '누리-2 케어'를 공동 개발하는 계약을 맺었다.",
    expect: ['DEVELOPED 한결생명 -> 누리-2 케어', 'DEVELOPED 가온에이아이 -> 누리-2'],
    absent: ['DEVELOPED 한결생명 -> 누리-2', 'DEVELOPED 한결생명 -> 누리-1'],
  },
  // partners named with 와/과 beside a maker that is no company give the maker's earlier model no developer
  {
    cat: 'developed.family-sibling-partner-aside',
    text: "한결대학교 AI연구소는 AI 스타트업 가온에이아이, 반도체 기업 새봄칩스와 함께 의료 특화 언어모델 '다온-Med 2'를 공동 개발해 공개했다. 다온-Med 2는 지난해 연구소가 내놓은 다온-Med 1의 후속 모델이다.",
    absent: ['DEVELOPED 가온에이아이 -> 다온-Med 1', 'DEVELOPED 새봄칩스 -> 다온-Med 1'],
  },
  // "이 사업은 NAME 시장이 "…"며 공을 들여 온 핵심 사업이다": a city's head who drives the programme, a quotation between
  {
    cat: 'promotes.policy-led-by',
    text: "가온에이아이는 대전시가 추진하는 '대전 AI 반도체 클러스터 조성사업'에 참여하고 있다. 이 사업은 한도윤 대전시장이 \"대전을 AI 도시로 만들겠다\"며 공을 들여 온 핵심 사업이다.",
    expect: ['PROMOTES 한도윤 -> 대전 AI 반도체 클러스터 조성사업'],
  },
  {
    cat: 'promotes.policy-led-by',
    text: "가온에이아이는 대전시가 추진하는 '대전 AI 반도체 클러스터 조성사업'에 참여하고 있다. 이 사업은 한도윤 대전시장이 \"대전을 AI 도시로 만들겠다\"며 공을 들여 온 사업이 아니다.",
    absent: ['PROMOTES 한도윤 -> 대전 AI 반도체 클러스터 조성사업'],
  },
];

describe('generalise: set 118 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
