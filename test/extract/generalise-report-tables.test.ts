/**
 * Generalisation rows for report tables (a research institute's issue brief): a table of public
 * programmes with the companies selected for each, a score table whose developer column is titled
 * "개발 주체" and whose sizes are written with thousands separators, and a programme's own test set
 * ("X 벤치"). Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const INTRO = '정부의 인공지능 지원 사업과 그 성과를 정리하면 다음과 같다. 자료는 각 부처 발표를 바탕으로 하였다.';
const doc = (...lines: string[]) => [INTRO, ...lines].join('\n\n');

const rows: FactRow[] = [
  // a programme table: each company of a row's selection column takes part in that row's programme
  { cat: 'report.programme-table', text: doc('사업명 | 소관 | 선정 기업 | 기간', '독자 AI 파운데이션 모델 프로젝트 | 과기정통부 | 가람온, 누리별(추가 공모) | 2025~2027'), expect: ['PARTICIPATES_IN 가람온 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 누리별 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'report.programme-table', text: doc('사업명 | 소관 | 선정(주관) 기업 | 기간', '독자 AI 파운데이션 모델 프로젝트 | 과기정통부 | 대학·연구소 등 12개 기관 | 2025~2026'), absent: ['PARTICIPATES_IN 대학 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a lead-and-member column ("주관/참여 기업"), "외" closing a short list, and a stage after the programme's name ("K-클라우드 3단계")
  { cat: 'report.programme-table', text: doc('번호 | 사업명 | 예산 | 주관/참여 기업', '1 | K-클라우드 3단계 | 900 | 가람온, 누리별 외'), expect: ['PARTICIPATES_IN 가람온 -> K-클라우드 3단계', 'PARTICIPATES_IN 누리별 -> K-클라우드 3단계'], absent: ['PARTICIPATES_IN 가람온 -> K-클라우드'] },
  // a plan's bullet: a joint effort "공동 추진" is a partnership; a kind of company ("중견기업") in a consortium is no company
  { cat: 'partners.with-verb', text: doc('- 가온텔레콤은 노을랩스와 물류 로봇용 비전 모델 고도화를 공동 추진'), expect: ['PARTNERS_WITH 가온텔레콤 -> 노을랩스'] },
  { cat: 'nonentity.company-kind', text: doc('- 대기업·중견기업 컨소시엄의 참여를 유도하되 선정은 평가를 거쳐 결정'), noNodes: ['Company:중견기업', 'Company:대기업'] },
  // "개발 주체" is a developer column; "1,480억" a size with a thousands separator
  { cat: 'report.score-table-columns', text: doc('모델명 | 개발 주체 | 매개변수 | KMMLU', '한결-L 2 | 다온랩스 | 1,480억 | 66.2', '바람-X | 누리별 | 320억 | 61.0'), expect: ['DEVELOPED 다온랩스 -> 한결-L 2', 'SCORED 한결-L 2 -> KMMLU'], props: ['한결-L 2=parameters:148000000000'] },
  // a programme's name with "벤치" after it is that programme's test set, a benchmark
  { cat: 'report.programme-bench', text: doc('다온랩스의 한결-L 2는 KMMLU에서 66.2점, K-AI 벤치에서 58.4점을 얻었다.'), expect: ['SCORED 한결-L 2 -> K-AI 벤치'], edgeProps: ['SCORED 한결-L 2 -> K-AI 벤치 score=58.4'] },
  {
    // (a company report's own-model table: the title says whose models the rows are; counts glossed in the other unit,
    // open weights under a named licence, a base after its owner's possessive and in quotes, a distillation without a particle)
    cat: "a report's table titled '당사가 개발·운영 중인 주요 AI 모델': the report's company develops every row's model; '320억(32B)', '오픈웨이트(… 라이선스)', \"메타의 'Y' 기반 미세조정\" and 'Y 지식 증류' are read",
    text: [
      '2026 가람소프트 지속가능경영보고서',
      '가람소프트는 올해 자체 모델 \'가람 LM 3\'을 공개했습니다. 당사는 모델을 직접 운영합니다.',
      '표 1. 당사가 개발·운영 중인 주요 AI 모델',
      '모델 | 매개변수 | 개발 방식 | 공개 방식 | 출시일',
      '가람 LM 3 | 320억(32B) | 프롬 스크래치(자체 사전학습) | 오픈웨이트(가람 커뮤니티 라이선스) | 2026.03.17',
      '가람 LM 3 Mini | 24억(2.4B) | 가람 LM 3 지식 증류 | 오픈웨이트 | 2026.05.06',
      "가람 비전 2 | 110억(11B) | 메타의 '라마 3.2 11B 비전' 기반 미세조정 | 비공개(API 제공) | 2025.11.20",
    ].join('\n\n'),
    expect: ['DEVELOPED 가람소프트 -> 가람 비전 2', 'DEVELOPED 가람소프트 -> 가람 LM 3 Mini', 'BASED_ON 가람 LM 3 Mini -> 가람 LM 3', 'BASED_ON 가람 비전 2 -> 라마 3.2 11B 비전'],
    props: ['가람 LM 3=parameters:32000000000', '가람 LM 3=openSource:true', '가람 LM 3 Mini=parameters:2400000000', '가람 비전 2=parameters:11000000000'],
  },
  {
    cat: "a table titled with another company's own models ('X가 자체 개발한 모델') gives X; a table with no such title gives no maker",
    text: [
      '국내 기업들이 잇따라 언어모델을 내놓고 있다. 주요 모델은 다음과 같다.',
      '표 2. 누리랩스가 자체 개발한 모델 현황',
      '모델 | 매개변수 | 출시일',
      '바람 LM 4 | 70억(7B) | 2026.02.03',
      '표 3. 시장의 주요 모델',
      '모델 | 매개변수 | 출시일',
      '바다 9 | 90억(9B) | 2026.04.01',
    ].join('\n\n'),
    expect: ['DEVELOPED 누리랩스 -> 바람 LM 4'],
    absent: ['DEVELOPED 누리랩스 -> 바다 9'],
  },
  {
    // (models as the header, one benchmark per row; a reference model marked '(비교)', cells not measured '-',
    // an in-house test glossed in parentheses)
    cat: "a transposed score table: '(비교) X' in the header is model X, '-' cells give nothing and keep the row, an unknown hyphened test glossed in parentheses is a benchmark",
    text: [
      '가람소프트는 올해 자체 모델 \'가람 LM 3\'을 공개했습니다.',
      '표 2. 주요 벤치마크 성능 (당사 측정)',
      '벤치마크 | 가람 LM 3 | 가람 LM 3 Mini | (비교) GPT-4o mini',
      'KMMLU | 66.1 | 51.4 | 62.0',
      'HAE-RAE Bench | 80.3 | - | -',
      'GR-가드(자체 안전성 평가) | 92.5 | - | -',
    ].join('\n\n'),
    expect: ['SCORED 가람 LM 3 -> KMMLU', 'SCORED GPT-4o mini -> KMMLU', 'SCORED 가람 LM 3 -> HAE-RAE Bench', 'SCORED 가람 LM 3 -> GR-가드'],
    absent: ['SCORED 가람 LM 3 Mini -> HAE-RAE Bench'],
    edgeProps: ['SCORED GPT-4o mini -> KMMLU score=62', 'SCORED 가람 LM 3 -> GR-가드 score=92.5'],
  },
  {
    // (the reference mark after the name, with a superscript footnote: "X (참고)¹"; h69_02's press-kit FAQ printed its table so)
    cat: "a transposed score table whose reference models are marked after the name ('X (참고)', 'Y (비교)²') reads those columns too",
    text: [
      '누리별은 새 모델 바람-X 2를 공개했다.',
      '벤치마크 | 바람-X 2 | 바람-X 2 Lite | GPT-4o mini (참고) | 한결-L 2 (비교)²',
      'KMMLU | 61.2 | 50.3 | 62.0 | 58.8',
      'HRM8K | 44.0 | 31.9 | - | 40.5',
    ].join('\n\n'),
    expect: ['SCORED 바람-X 2 Lite -> KMMLU', 'SCORED GPT-4o mini -> KMMLU', 'SCORED 한결-L 2 -> HRM8K'],
    absent: ['SCORED GPT-4o mini -> HRM8K'],
    edgeProps: ['SCORED 한결-L 2 -> HRM8K score=40.5', 'SCORED GPT-4o mini -> KMMLU score=62'],
  },
  // the test set's edition after its word ('X 벤치 2.0') is part of its name; a rank or a score after it is not
  { cat: 'report.programme-bench-edition', text: doc("정부 공통 평가 세트인 'K-AI 벤치 3.0'에서 다온랩스의 한결-L 2는 71.5점을 얻었다."), nodes: ['Benchmark:K-AI 벤치 3.0'], noNodes: ['Benchmark:K-AI 벤치'], edgeProps: ['SCORED 한결-L 2 -> K-AI 벤치 3.0 score=71.5'] },
  { cat: 'report.programme-bench-edition', text: doc('누리별의 바람-X는 K-AI 벤치 2 기준 64.0점으로 집계됐다.'), edgeProps: ['SCORED 바람-X -> K-AI 벤치 2 score=64'] },
  { cat: 'report.programme-bench-edition', text: doc('다온랩스의 한결-L 2는 K-AI 벤치 3위에 올랐고, 누리별의 바람-X는 K-AI 벤치 7.5점이었다.'), nodes: ['Benchmark:K-AI 벤치'], noNodes: ['Benchmark:K-AI 벤치 3', 'Benchmark:K-AI 벤치 7.5'] },
];

describe('report tables', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
