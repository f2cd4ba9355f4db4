/**
 * Practitioners' review posts and customer case studies (written for these tests in their own words):
 * a home-made test set that closes a list of benchmarks or follows 평가셋, score tables with columns that
 * measure something else (speed, latency, price), a column titled 'X 점수', a developer cell of two
 * companies, and an integrator introduced as a company's partner ('X의 공식 파트너사인 Y').
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const cells = (...c: string[]) => c.join('\n\n');

const rows: FactRow[] = [
  {
    cat: "a quoted name that closes a list of benchmarks ('KMMLU, CLIcK, 그리고 직접 만든 ‘X’') is a benchmark, not a model",
    text: cells(
      "평가 항목: KMMLU, CLIcK(한국 문화), 그리고 우리 팀이 직접 만든 ‘민원QA-30’ 세트를 썼다.",
      "솔라 프로2는 민원QA-30에서 77.5점을 받았다.",
    ),
    nodes: ['Benchmark:민원QA-30'],
    noNodes: ['Model:민원QA-30'],
    expect: ['SCORED 솔라 프로2 -> 민원QA-30'],
  },
  {
    cat: "score table with a speed column ('속도(tok/s)') after the benchmarks: the rows stay aligned",
    text: cells(
      '결과는 아래 표와 같다.',
      '모델', '파라미터', 'KMMLU', 'HAERAE', '속도(tok/s)',
      '솔라 프로2', '22B', '61.2', '70.4', '18.5',
      '카나나 1.5 8B', '8B', '48.3', '62.0', '55.1',
    ),
    expect: ['SCORED 솔라 프로2 -> KMMLU', 'SCORED 솔라 프로2 -> HAERAE', 'SCORED 카나나 1.5 8B -> KMMLU', 'SCORED 카나나 1.5 8B -> HAERAE'],
    edgeProps: ['SCORED 솔라 프로2 -> KMMLU score=61.2', 'SCORED 카나나 1.5 8B -> HAERAE score=62'],
  },
  {
    cat: "score table with latency and price columns ('지연 시간(ms)', '가격($/1M)'): no score is read from them",
    text: cells(
      '모델', 'KMMLU', '지연 시간(ms)', '가격($/1M)',
      '엑사원 4.0 32B', '66.1', '420', '0.8',
      'GPT-4o', '71.3', '610', '5.0',
    ),
    expect: ['SCORED 엑사원 4.0 32B -> KMMLU', 'SCORED GPT-4o -> KMMLU'],
    edgeProps: ['SCORED 엑사원 4.0 32B -> KMMLU score=66.1', 'SCORED GPT-4o -> KMMLU score=71.3'],
  },
  {
    cat: "a quoted name after '평가셋' / '테스트 세트' (a company's own test set) is a benchmark, even with a note in parentheses before the score",
    text: "한빛물류가 자체 구축한 평가셋 ‘DocBench-Log’(운송 서류 문항 800개)에서 엑사원 4.0 32B는 83.4점을 받았다.",
    nodes: ['Benchmark:DocBench-Log'],
    expect: ['SCORED 엑사원 4.0 32B -> DocBench-Log'],
    edgeProps: ['SCORED 엑사원 4.0 32B -> DocBench-Log score=83.4'],
  },
  {
    cat: "a results table whose score column is titled with the benchmark ('X 점수') and whose developer cell lists two companies ('A·B')",
    text: cells(
      '사내 평가 결과',
      '모델', '개발사', 'KMMLU 점수',
      '누리-법무 9B', '가온소프트·한결로펌', '71.4',
      'GPT-4.1', '오픈AI', '76.0',
    ),
    expect: ['SCORED 누리-법무 9B -> KMMLU', 'SCORED GPT-4.1 -> KMMLU', 'DEVELOPED 가온소프트 -> 누리-법무 9B', 'DEVELOPED 한결로펌 -> 누리-법무 9B'],
    edgeProps: ['SCORED 누리-법무 9B -> KMMLU score=71.4'],
  },
  {
    cat: "'X의 (공식) 파트너사인 (AI 전문기업) Y', 'X 파트너사 Y': a stated partnership; not where it is denied",
    text: cells(
      '도입은 네이버클라우드의 공식 파트너사인 데이터 전문기업 솔빛데이터가 맡았다.',
      '구축…LG AI연구원 파트너사 솔트룩스, 8주 만에 완료',
      '다만 KT의 파트너사가 아닌 무지개랩은 이번 사업에서 빠졌다.',
    ),
    expect: ['PARTNERS_WITH 네이버클라우드 -> 솔빛데이터', 'PARTNERS_WITH LG AI연구원 -> 솔트룩스'],
    absent: ['PARTNERS_WITH KT -> 무지개랩'],
  },
  {
    cat: "an alias in parentheses after a quoted name ('‘하이퍼클로바X 씽크’(HyperCLOVA X THINK)는 83.2점') is the name's: the score is read, the alias kept",
    text: "평가셋 ‘공공민원-QA’에서 누리온 8B는 71.4점을 받았다. 같은 표에서 네이버클라우드의 ‘하이퍼클로바X 씽크’(HyperCLOVA X THINK)는 83.2점이었다.",
    expect: ['SCORED 하이퍼클로바X 씽크 -> 공공민원-QA', 'DEVELOPED 네이버클라우드 -> 하이퍼클로바X 씽크'],
    edgeProps: ['SCORED 하이퍼클로바X 씽크 -> 공공민원-QA score=83.2'],
    sameNode: ['하이퍼클로바X 씽크=HyperCLOVA X THINK'],
  },
  {
    cat: "a numbered section heading that is only a model's name ('② X (Latin X)') makes the section's subject-less sentences about that model, not the one before",
    text: cells(
      '① 솔라 프로2 (Solar Pro 2)',
      '업스테이지 모델이고 220억 파라미터예요. API로만 쓸 수 있어요.',
      '② 카나나 1.5 8B (Kanana 1.5 8B)',
      '카카오가 만든 모델이에요.',
      '가중치가 오픈 웨이트로 공개돼 있어서 바로 받아서 돌릴 수 있었어요.',
    ),
    props: ['카나나 1.5 8B=openSource:true', '솔라 프로2=openSource:undefined'],
  },
  {
    cat: "a from-scratch claim the writer only reports ('처음부터 자체 학습했다고는 하는데 … 확실하지 않아요') sets no fromScratch",
    text: cells(
      '③ 카나나 1.5 8B (Kanana 1.5 8B)',
      '카카오가 만든 80억 파라미터 모델이에요.',
      '카카오가 처음부터 자체 학습했다고는 하는데, 보고서를 못 읽어봐서 확실하지 않아요.',
    ),
    props: ['카나나 1.5 8B=parameters:8000000000', '카나나 1.5 8B=fromScratch:undefined'],
  },
  // a smaller model introduced as there being one ("X도 있는데, …"), then distilled from another by a means ("Y에서 지식 증류로 뽑아낸"): its base and size
  {
    cat: 'based-on.distilled-by-means',
    text: '한결랩이 같이 내놓은 Hangyeol-2B-Mini도 있는데, Hangyeol-12B에서 지식 증류(distillation)로 뽑아낸 20억 파라미터 경량 버전입니다.',
    expect: ['BASED_ON Hangyeol-2B-Mini -> Hangyeol-12B'],
    props: ['Hangyeol-2B-Mini=parameters:2000000000'],
  },
  { cat: 'based-on.distilled-by-means', text: 'Hangyeol-2B-Mini는 Hangyeol-12B에서 증류로 만든 모델이다.', expect: ['BASED_ON Hangyeol-2B-Mini -> Hangyeol-12B'] },
  // a part of the model (its language part, backbone, encoder) trained further on another model: the model's base
  { cat: 'based-on.component', text: "소리결 3의 언어 이해부는 메타의 오픈소스 모델 '라마 3.1 8B'에 상담 대화 데이터를 추가 학습한 구조다.", expect: ['BASED_ON 소리결 3 -> 라마 3.1 8B'] },
  { cat: 'based-on.component', text: '소리결 3의 백본은 메타의 라마 3.1 8B에 음성 데이터를 추가 학습한 것이다.', expect: ['BASED_ON 소리결 3 -> 라마 3.1 8B'] },
  // (a part named apart from the model, its data or its team, is no base statement)
  { cat: 'based-on.component', text: '소리결 3의 학습 데이터는 라마 3.1 8B의 답변을 추가 학습한 것과 다르다.', absent: ['BASED_ON 소리결 3 -> 라마 3.1 8B'] },
];

describe('review posts: home-made benchmarks in a list, score tables with measurement columns', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
