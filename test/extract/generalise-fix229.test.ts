/**
 * Generalisation rows for fix229: government and public-sector documents. A stage-evaluation table whose first column
 * numbers the tasks and whose score and result columns follow the model ('과제번호 | 주관기관 | 참여기관 | 개발 모델 |
 * 평가점수 | 결과'), a model cell naming its base after the base's maker ('M (X사 Y 기반)'), an evaluation line labelled
 * with its consortium ('○ (X 컨소시엄) B와 공동 개발한 …'), action nouns that name no company ('개발 컨소시엄',
 * '(개발사 제출, …)'), and a bare model name standing for its version in use where a next version is only planned.
 * Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

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
];

describe('fix229: government and public-sector documents', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
  it('has rows', () => expect(rows.length).toBeGreaterThan(0));
});
