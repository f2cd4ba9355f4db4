/**
 * Generalisation rows for fix229: government and public-sector documents. A stage-evaluation table whose first column
 * numbers the tasks and whose score and result columns follow the model ('과제번호 | 주관기관 | 참여기관 | 개발 모델 |
 * 평가점수 | 결과'), a model cell naming its base after the base's maker ('M (X사 Y 기반)'), an evaluation line labelled
 * with its consortium ('○ (X 컨소시엄) B와 공동 개발한 …'), action nouns that name no company ('개발 컨소시엄',
 * '(개발사 제출, …)'), a bare model name standing for its version in use where a next version is only planned, a
 * programme named before its selection list ('X 지원사업 선정 현황') over a table with company-size and allotment columns,
 * a base whose weights initialised the model, an eliminated team's model before another company's possessive, a
 * guideline's title in corner brackets with a draft mark, an agenda's numbered item, a county head, a public platform
 * in corner brackets, and a score on a benchmark's subject items.
 * Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, graphOf, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: "a stage-evaluation table: a task-number column first, score and result columns after the model ('과제번호 | 주관기관 | … | 평가점수 | 결과')",
    text: [
      '「2027년 AI 챗봇 실증 지원사업」 1단계 평가 결과를 안내합니다.',
      '과제번호 | 주관기관 | 참여기관 | 개발 모델 | 평가점수 | 결과',
      'AB-2027-0101 | 한울에이아이 | 바른물산 | 한울봇 2.0 (Qwen2.5 기반) | 81.5 | 계속지원',
      'AB-2027-0102 | 다온시스템 | 푸른정보 | 다온 챗 1.0 | 66.0 | 지원중단',
    ].join('\n'),
    nodes: ['Model:한울봇 2.0', 'Model:다온 챗 1.0'],
    noNodes: ['Model:AB-2027-0101', 'Company:평가점수', 'Company:결과'],
    expect: [
      'PARTICIPATES_IN 다온시스템 -> 2027년 AI 챗봇 실증 지원사업',
      'PARTICIPATES_IN 푸른정보 -> 2027년 AI 챗봇 실증 지원사업',
      'PARTNERS_WITH 다온시스템 -> 푸른정보',
      'DEVELOPED 다온시스템 -> 다온 챗 1.0',
      'BASED_ON 한울봇 2.0 -> Qwen2.5',
    ],
  },
  {
    cat: "a model cell's base after its maker's name ('M (X Y 기반)'): the base, and its maker",
    text: [
      '주관기관 | 참여기관 | 개발 모델',
      '한울에이아이 | 바른물산 | 한울봇 2.0 (업스테이지 솔라 프로2 기반)',
    ].join('\n'),
    expect: ['BASED_ON 한울봇 2.0 -> 솔라 프로2', 'DEVELOPED 업스테이지 -> 솔라 프로2', 'DEVELOPED 한울에이아이 -> 한울봇 2.0'],
  },
  {
    cat: "an evaluation line labelled with its consortium: the label is the line's subject, not the company of the line before",
    text: [
      '○ (솔트룩스 컨소시엄) 실증 성과가 우수함. 솔트룩스가 개발한 ‘한울봇 2.0’은 상담 시간을 줄임',
      '○ (포티투마루 컨소시엄) 마음AI와 공동 개발한 상담 에이전트의 완성도는 양호하나, 수요처 확보가 미흡함',
    ].join('\n'),
    expect: ['PARTNERS_WITH 포티투마루 -> 마음AI'],
    absent: ['PARTNERS_WITH 솔트룩스 -> 마음AI'],
  },
  {
    cat: "'모델 개발 컨소시엄': the action noun before a consortium is no company",
    text: '사업 착수 시 공공 특화 모델 개발 컨소시엄을 3개 내외로 선정할 예정이다.',
    noNodes: ['Company:개발'],
  },
  {
    cat: "'(개발사 제출, 8월 기준)': what a developer submitted names no company",
    text: '○ 성능(개발사 제출, 8월 기준)\n- KMMLU : 51.2점',
    noNodes: ['Company:제출'],
  },
  {
    cat: "a known model named bare beside a next version only planned ('Y 3'를 내년 공개하는 것을 목표로'): the bare name keeps its facts",
    text: '카카오가 개발한 ‘카나나’는 공개 검증에서 KMMLU 60.2점을 기록했다. 카카오는 ‘카나나 3’을 내년 하반기 공개하는 것을 목표로 하고 있다.',
    nodes: ['Model:카나나', 'Model:카나나 3'],
    edgeProps: ['SCORED 카나나 -> KMMLU score=60.2'],
    absent: ['SCORED 카나나 3 -> KMMLU'],
  },
  {
    cat: "a new model named bare in a question, its version in the answer, a next version only planned: the bare name is the version in use",
    text: [
      '【질의 2】',
      '○ 공공 상담 모델 ‘누리봇’의 성능이 낮다는 지적이 있음',
      '【답변】',
      '□ ‘누리봇 1.0’은 한울에이아이가 개발한 모델로, 행정 상담에 쓰이고 있음',
      '○ 후속 버전 ‘누리봇 2.0’은 내년 상반기 도입을 목표로 규격을 검토 중임',
    ].join('\n'),
    sameNode: ['누리봇 1.0=누리봇'],
    nodes: ['Model:누리봇 2.0'],
  },
  {
    cat: "a programme named before the list of those it selected ('X 지원사업 선정 현황'), a company-size and an allotment column beside the company's",
    text: [
      '○ 클라우드 AI 학습 지원사업(서버 임차 지원) 선정 기업 현황',
      '',
      '□ 클라우드 AI 학습 지원사업은 김도윤 디지털정책관이 3월 발표한 사업으로, 총 2개 기업이 선정되었음',
      '',
      '< 2027년 클라우드 AI 학습 지원사업 선정 현황 >',
      '구분 | 기업명 | 기업 규모 | 지원 GPU(장)',
      '1 | 해솔테크 | 중소기업 | 64',
      '2 | 솔트룩스 | 중견기업 | 128',
    ].join('\n'),
    expect: ['PARTICIPATES_IN 해솔테크 -> 클라우드 AI 학습 지원사업', 'PARTICIPATES_IN 솔트룩스 -> 클라우드 AI 학습 지원사업', 'PROMOTES 김도윤 -> 클라우드 AI 학습 지원사업'],
  },
  {
    cat: "'Y 모델 가중치 일부로 초기화한 뒤 추가 학습한 모델': the base of the sentence's topic",
    text: '한울봇 2.0은 기술보고서상 알리바바의 Qwen2.5 모델 가중치 일부로 초기화한 뒤 추가 학습한 모델로 확인됨',
    expect: ['BASED_ON 한울봇 2.0 -> Qwen2.5'],
  },
  {
    cat: "a programme's eliminated team's model before a company's possessive ('…에서 탈락한 컨소시엄의 모델이 X의 Y를'): X took no part",
    text: '독자 AI 파운데이션 모델 프로젝트 2차 평가에서 탈락한 컨소시엄의 모델이 메타의 Llama 3.1을 그대로 쓴 것 아닌가?',
    absent: ['PARTICIPATES_IN 메타 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: "a guideline's title in corner brackets with a draft mark ('「X 가이드라인(안)」 공청회'), announced by the official who opens the hearing",
    text: [
      '「지방행정 생성형 AI 활용 가이드라인(안)」 공청회 개최 결과',
      '박서진 행정안전부 디지털정부실장은 개회사에서 “가이드라인은 첫 공통 기준”이라며 “7월 중 확정·시행하겠다”고 밝혔다.',
    ].join('\n\n'),
    nodes: ['Policy:지방행정 생성형 AI 활용 가이드라인'],
    expect: ['PROMOTES 박서진 -> 지방행정 생성형 AI 활용 가이드라인'],
  },
  {
    cat: "an agenda's numbered item in parentheses ('(발제1)') names no model",
    text: '○ (발제1) 한울에이아이 이수민 수석은 모델 검증 절차를 소개하였다.',
    noNodes: ['Model:발제1'],
  },
  {
    cat: "a county head named with the county glued to the title ('NAME X군수(왼쪽)'), promoting the programme he speaks for",
    text: [
      '김하람 다온군수(왼쪽)와 이수민 한울에이아이 대표가 업무협약을 체결했다.',
      '김하람 군수는 “‘스마트 어촌 AI 실증사업’을 통해 어민도 쉽게 쓰는 AI를 만들겠다”고 말했다.',
    ].join('\n'),
    nodes: ['Person:김하람'],
    expect: ['PROMOTES 김하람 -> 스마트 어촌 AI 실증사업'],
  },
  {
    cat: "a public platform a ministry's plan writes in corner brackets ('「X 개방 허브」 구축'), and the official who speaks for it",
    text: [
      '○ 「AI 학습데이터 공공 개방 허브」 구축',
      '',
      '□ 박서진 차관은 “특히 공공 개방 허브는 중소 AI 기업의 판로 확대에 초점을 맞추겠다”고 강조하였다.',
    ].join('\n'),
    nodes: ['Policy:AI 학습데이터 공공 개방 허브'],
    expect: ['PROMOTES 박서진 -> AI 학습데이터 공공 개방 허브'],
  },
  {
    cat: "a score on a benchmark's subject items ('KMMLU 법학 분야 문항에서 N점')",
    text: '‘가람 챗 2.0’은 KMMLU 법학 분야 문항에서 48.2점을 기록해 기반 모델(40.1점)보다 높았다.',
    edgeProps: ['SCORED 가람 챗 2.0 -> KMMLU score=48.2'],
  },
  {
    cat: "a year or half-year before a programme's selection list dates the round, no part of the name ('올해 하반기 X 지원사업 선정 결과')",
    text: "다온도는 'AI 돌봄 실증 지원사업' 수행 기업을 모집했다. 다온도는 올해 하반기 AI 돌봄 실증 지원사업 선정 결과를 발표하고, 솔트룩스 등 2개 기업을 최종 선정했다고 밝혔다.",
    nodes: ['Policy:AI 돌봄 실증 지원사업'],
    noNodes: ['Policy:하반기 AI 돌봄 실증 지원사업', 'Policy:올해 하반기 AI 돌봄 실증 지원사업'],
  },
];

describe('fix229: government and public-sector documents', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
  it('has rows', () => expect(rows.length).toBeGreaterThan(0));
  it("a document's draft mark in parentheses ('X 가이드라인(안)') is no other name of it", () => {
    const g = graphOf('「지방행정 생성형 AI 활용 가이드라인(안)」 공청회 개최 결과\n\n행정안전부는 「지방행정 생성형 AI 활용 가이드라인(안)」을 공개했다.');
    const node = g.nodes.find((n) => n.name === '지방행정 생성형 AI 활용 가이드라인');
    expect(node).toBeDefined();
    expect(node!.aliases).not.toContain('안');
  });
});
