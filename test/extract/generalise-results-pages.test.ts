/**
 * Results pages, lab posts and newsletters (written for these tests in their own words): a ranked
 * table whose model cells give a Hangul name and its Latin spelling on a second line, a last column
 * titled with a benchmark no list knows, and Hangul names with a size and a hyphenated variant word;
 * a lab post's model co-developed 'with' companies, weights published on a hub, a repository path
 * and a licence after the model, a results row marked '(ours)'.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, graphOf, nodeNamed, type FactRow } from './helpers.js';

const cells = (...c: string[]) => c.join('\n\n');

const rows: FactRow[] = [
  {
    cat: "a model cell with a Hangul name and its Latin spelling ('솔라 프로2 Solar Pro2') names one model, the Latin spelling its alias",
    text: cells(
      '11월 순위표',
      '순위', '모델', '개발사', 'KMMLU', 'CLIcK',
      '1', '엑사원 4.0 32B EXAONE 4.0 32B', 'LG AI연구원', '70.15', '66.40',
      '2', '솔라 프로2 Solar Pro2', '업스테이지', '68.02', '64.90',
    ),
    expect: ['SCORED 엑사원 4.0 32B -> KMMLU', 'SCORED 엑사원 4.0 32B -> CLIcK', 'SCORED 솔라 프로2 -> KMMLU', 'SCORED 솔라 프로2 -> CLIcK'],
    edgeProps: ['SCORED 솔라 프로2 -> CLIcK score=64.9'],
  },
  {
    cat: "a last column titled with a hyphenated name no list knows ('바다-지시평가') after benchmark columns is one more benchmark, not a model",
    text: cells(
      '표 2. 이달의 평가',
      '순위', '모델', '개발사', 'KMMLU', 'HAERAE', '바다-지시평가',
      '1', '솔라 프로2', '업스테이지', '61.20', '70.40', '77.10',
      '2', 'A.X 4.0', 'SK텔레콤', '59.75', '68.30', '74.25',
    ),
    nodes: ['Benchmark:바다-지시평가'],
    noNodes: ['Model:바다-지시평가'],
    expect: ['SCORED 솔라 프로2 -> 바다-지시평가', 'SCORED A.X 4.0 -> 바다-지시평가', 'SCORED A.X 4.0 -> HAERAE'],
    edgeProps: ['SCORED A.X 4.0 -> 바다-지시평가 score=74.25', 'SCORED 솔라 프로2 -> KMMLU score=61.2'],
  },
  {
    cat: "a first row whose model has a hyphen ('누리-3') under a header that fits without it stays a row, not a benchmark title",
    text: cells(
      '모델', 'KMMLU', 'HAERAE',
      '누리-3', '55.10', '61.00',
      '솔라 프로2', '61.20', '70.40',
    ),
    noNodes: ['Benchmark:누리-3'],
    expect: ['SCORED 솔라 프로2 -> KMMLU'],
  },
  {
    cat: "a Hangul name with a size and a hyphenated variant word ('바람-9B-인스트럭트가') is the whole name",
    text: '수학 평가에서는 가온랩스가 공개한 바람-9B-인스트럭트가 가장 높은 점수를 받았다.',
    nodes: ['Model:바람-9B-인스트럭트'],
    noNodes: ['Model:바람-9B'],
  },
  {
    cat: "a Hangul name with a size and a training-method tag ('바람-9B-DPO', '가람-3B-SFT') is the whole name",
    text: "하위권에서는 개인 개발자가 올린 '바람-9B-DPO'가 7위에 올랐다. 메타의 라마 3.1 8B를 선호 데이터로 미세조정한 모델이다. 가람랩은 '가람-3B-SFT'를 공개했다.",
    nodes: ['Model:바람-9B-DPO', 'Model:가람-3B-SFT'],
    noNodes: ['Model:바람-9B', 'Model:가람-3B'],
    expect: ['BASED_ON 바람-9B-DPO -> 라마 3.1 8B'],
  },
  {
    cat: "a lab that built a model 'with' companies ('연구실이 A, 스타트업 B와 함께 개발한 모델 M'): the companies developed it and are partners",
    text: "한결대학교 음성지능연구실이 카카오, 음성 AI 스타트업 소리랩스와 함께 개발한 음성 인식 모델 '소리온-2'를 오늘 허깅페이스에 공개했다.",
    expect: ['DEVELOPED 카카오 -> 소리온-2', 'DEVELOPED 소리랩스 -> 소리온-2', 'PARTNERS_WITH 소리랩스 -> 카카오'],
    noNodes: ['Company:허깅페이스', 'Company:음성지능연구실'],
  },
  {
    cat: "a model hub named only as where weights are published is no node; a hub that partners stays",
    text: cells(
      "가온소프트는 새 모델 '바람-3'을 허깅페이스를 통해 오픈소스로 공개했다.",
      '가온소프트는 허깅페이스와 업무협약을 맺고 한국어 평가 도구를 함께 만들기로 했다.',
    ),
    nodes: ['Company:허깅페이스'],
    expect: ['PARTNERS_WITH 가온소프트 -> 허깅페이스'],
  },
  {
    cat: "a base, a comma, then a clause with a subject and a count of training items ('…를 기반으로, 연구실이 만든 인코더를 결합하고 판독문 약 20만 건으로 추가 학습했습니다')",
    text: cells(
      "가온소프트는 새 모델 '바람-V'를 공개했다.",
      '바람-V는 영상과 판독문을 함께 읽는 모델이다.',
      "카카오가 공개한 '카나나 1.5 8B'를 기반으로, 연구실이 자체 개발한 영상 인코더를 결합하고 판독문 약 20만 건으로 추가 학습했습니다.",
    ),
    expect: ['BASED_ON 바람-V -> 카나나 1.5 8B'],
    noNodes: ['Company:연구실'],
  },
  {
    cat: "a sized name in a weights repository's path ('org/Name-7B') is the model introduced before under that name, not a sibling; the licence in parentheses names nothing",
    text: cells(
      "가온랩스는 법률 모델 '로앤-KO(LawN-KO)'를 공개했다.",
      '로앤-KO는 판례를 읽고 요약한다.',
      '모델 가중치: GaonLabs/LawN-KO-7B (CC BY-NC 4.0, 비상업적 연구 목적)',
    ),
    sameNode: ['로앤-KO=LawN-KO-7B'],
    noNodes: ['Model:LawN-KO-7B', 'Model:BY-NC 4.0'],
  },
  {
    cat: "a results row whose model is marked '(ours)' is that model, scored",
    text: cells(
      "가온랩스는 법률 모델 '로앤-KO'를 공개했다.",
      '모델', 'KMMLU', 'CLIcK',
      '로앤-KO (ours)', '61.5', '58.2',
      'GPT-4o', '70.3', '66.0',
    ),
    expect: ['SCORED 로앤-KO -> KMMLU', 'SCORED GPT-4o -> CLIcK'],
    noNodes: ['Model:ours'],
    edgeProps: ['SCORED 로앤-KO -> CLIcK score=58.2'],
  },
  {
    cat: "'창업 기업인 X' (기업 + the copula's adnominal) names no person",
    text: '김하늘 교수는 2023년 연구실 창업 기업인 업스테이지를 세워 지금도 대표를 겸하고 있다.',
    noNodes: ['Person:기업인'],
    absent: ['WORKS_FOR 기업인 -> 업스테이지'],
  },
  {
    cat: "a Latin group name glued to an investor's suffix ('DS인베스트먼트', 'IBK캐피탈') in a list of investors is a company; 'AI파트너스' as a word is not",
    text: '이번 투자에는 카카오를 비롯해 한국투자파트너스, DS인베스트먼트, IBK캐피탈 등 4곳이 참여했다.\n\n회사는 AI파트너스 생태계를 넓힌다.',
    nodes: ['Company:DS인베스트먼트', 'Company:IBK캐피탈'],
    noNodes: ['Company:AI파트너스'],
  },
];

describe('results pages: bilingual model cells, unknown benchmark titles, hyphenated variant words', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
  it("the '(ours)' mark is no alias of the row's model", () => {
    const g = graphOf(cells("가온랩스는 법률 모델 '로앤-KO'를 공개했다.", '모델', 'KMMLU', 'CLIcK', '로앤-KO (ours)', '61.5', '58.2', 'GPT-4o', '70.3', '66.0'));
    expect(nodeNamed(g, '로앤-KO')?.aliases ?? []).not.toContain('ours');
  });
});
