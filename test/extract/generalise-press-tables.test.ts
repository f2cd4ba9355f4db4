/**
 * Generalisation rows for a ministry release's attachments (붙임): a table of selected teams with a serial column and a
 * "개발(활용) 모델" column whose names the prose introduced, a score table whose header adds "종합" to the benchmark, a
 * benchmark glossed after a word for results ("검증 결과(X-Bench)"), a team sentence "A가 주관하고 B가 참여한다", and a
 * platform the results will be put on ("X에 탑재") that is no programme the teams were selected for. Every sentence is
 * written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const cells = (rows: string[][]) => rows.flat().join('\n\n');

const RELEASE =
  "중기부는 '2027년 지역 특화 AI 실증 사업' 최종 선정 결과를 발표했다. 성과가 좋은 모델은 범정부 AI 공통기반에 탑재하게 된다.\n\n" +
  "물류 분야는 누리웨이가 주관하고 가온데이터가 참여한다. 누리웨이는 구글의 젬마 3 12B를 기반으로 배차 상담 모델 '누리길'을 개발한다.\n\n" +
  "농업 분야는 팜솔루션이 주관하고 KT가 참여한다. 팜솔루션은 업스테이지의 솔라 프로2를 바탕으로 농업 상담 모델 '팜젠'을 만든다.\n\n" +
  '붙임 1. 선정 과제 목록\n\n' +
  cells([['연번', '분야', '주관기관', '참여기관', '개발(활용) 모델'], ['1', '물류', '누리웨이', '가온데이터', '누리길'], ['2', '농업', '팜솔루션', 'KT', '팜젠']]) +
  '\n\n붙임 2. 사전 검증 결과(RGA-Bench)\n\n' +
  cells([['모델', 'RGA-Bench 종합', '비고'], ['누리길', '77.5', '-'], ['팜젠', '74.25', '-']]) +
  '\n\n세부 점수는 붙임 2와 같다.';

const rows: FactRow[] = [
  {
    cat: 'consortium-table.model-column-note',
    text: RELEASE,
    expect: ['DEVELOPED 누리웨이 -> 누리길', 'DEVELOPED 팜솔루션 -> 팜젠', 'PARTICIPATES_IN 누리웨이 -> 2027년 지역 특화 AI 실증 사업', 'PARTICIPATES_IN 팜솔루션 -> 2027년 지역 특화 AI 실증 사업', 'PARTNERS_WITH KT -> 팜솔루션'],
    absent: ['PARTICIPATES_IN 누리웨이 -> 범정부 AI 공통기반', 'DEVELOPED 구글 -> 누리길'],
    nodes: ['Company:가온데이터'],
    noNodes: ['Model:붙임 2', 'Model:붙임 1', 'Company:RGA-Bench 종합', 'Benchmark:결과'],
  },
  { cat: 'score-table.overall-column', text: RELEASE, expect: ['SCORED 누리길 -> RGA-Bench', 'SCORED 팜젠 -> RGA-Bench'] },
  // a markdown table headed 주관사 | 컨소시엄 참여사(note) | 대표 모델 | … | 현 단계; and a consortium clause after a sentence naming another programme
  {
    cat: 'consortium-table.member-note-status',
    text:
      '가온테크는 정부의 AI 바우처 사업에 선정됐다. 팜솔루션도 AI 바우처 사업에 선정됐다. 남은 팀과 탈락 팀을 정리하면 다음과 같다.\n\n' +
      '| 주관사 | 컨소시엄 참여사(주요) | 대표 모델 | 현 단계 |\n|---|---|---|---|\n| 가온테크 | 누리웨이 | 가온-7B | 3차 진출 |\n| 팜솔루션 | - | 팜젠-2 | 2차 탈락 |\n| 솔빛랩 | - | 솔빛-3 | 2차 탈락 |\n\n' +
      '한편 K-클라우드 사업도 병행된다. 바다시스템 컨소시엄이 사업자로 선정됐다.',
    expect: ['PARTICIPATES_IN 가온테크 -> AI 바우처', 'PARTICIPATES_IN 솔빛랩 -> AI 바우처', 'DEVELOPED 가온테크 -> 가온-7B', 'PARTICIPATES_IN 바다시스템 -> K-클라우드'],
    absent: ['PARTICIPATES_IN 바다시스템 -> AI 바우처'],
  },
  // a base column headed with its gloss in parentheses: "기반(베이스) 모델"
  {
    cat: 'model-table.glossed-base-column',
    text: '국내 모델의 뿌리를 정리했다.\n\n| 모델 | 개발사 | 기반(베이스) 모델 | 비고 |\n|---|---|---|---|\n| 솔빛-7B | 솔빛데이터 | 젬마 3 12B | 공개 |\n| 가온-2 | 가온테크 | - | 자체 개발 |\n',
    expect: ['BASED_ON 솔빛-7B -> 젬마 3 12B', 'DEVELOPED 가온테크 -> 가온-2'],
  },
  { cat: 'company.leads-and-joins', text: '사업은 한빛대학교가 주관하고 가온테크가 참여한다. 행사는 정부가 주관하고 여러 기업이 함께한다.', nodes: ['Company:가온테크'], noNodes: ['Company:한빛대학교', 'Company:정부', 'Company:여러'] },
];

describe("a release's attachment tables", () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
