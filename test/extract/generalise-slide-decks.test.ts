/**
 * Slide decks converted to text (rows written for these tests, in their own words): a pipe table of
 * scores whose header names a test set no rule knows, beside known benchmarks.
 */
import { describe, it } from 'vitest';
import { expect } from 'vitest';
import { checkFactRow, graphOf, type FactRow } from './helpers.js';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

const rows: FactRow[] = [
  {
    cat: "a deck's text export: '[슬라이드 N]' labels on lines of their own break pages, and an unframed space-aligned score table (a blank corner, then a label and numbers per row) is read as a table",
    text: [
      '[슬라이드 1]',
      '하람랩스 투자 설명회',
      '',
      '[슬라이드 2]',
      '성능 비교 (사내 측정)',
      '                  KMMLU      CLIcK',
      'Haram-S 4B         51.2       58.9',
      'Haram-S 1B         40.7       47.3',
      'Qwen3-4B           49.8       55.0',
      '• 같은 크기에서 가장 높은 점수',
    ].join('\n'),
    expect: ['SCORED Haram-S 4B -> KMMLU', 'SCORED Haram-S 1B -> CLIcK', 'SCORED Qwen3-4B -> KMMLU'],
    edgeProps: ['SCORED Haram-S 4B -> CLIcK score=58.9', 'SCORED Haram-S 1B -> KMMLU score=40.7'],
    noNodes: ['Model:슬라이드 2'],
  },
  {
    cat: "a slide bullet's '=' as the copula: 'A = B의 후속 플래그십' says A succeeds B",
    text: "노바마인드는 'Nova LM 2'와 'Nova LM 1'을 공개했다.\n\n- Nova LM 2 = Nova LM 1의 후속 플래그십. 컨텍스트 8K → 128K",
    expect: ['SUCCEEDS Nova LM 2 -> Nova LM 1'],
  },
  {
    cat: "a timeline table: a bare '날짜' column beside the model column gives release days; a '기반·비고' column names bases ('Y 기반 …'), and a 'Y 후속' cell names no base",
    text: [
      '연대기 요약',
      '',
      '날짜       | 모델           | 개발사      | 기반·비고',
      '2026.02.11 | Pado-Chat 7B   | 파도랩스    | Llama 3.1 8B 기반 대화 튜닝',
      '2026.09.30 | Pado-Chat 9B   | 파도랩스    | Pado-Chat 7B 후속',
    ].join('\n'),
    expect: ['BASED_ON Pado-Chat 7B -> Llama 3.1 8B', 'DEVELOPED 파도랩스 -> Pado-Chat 9B'],
    props: ['Pado-Chat 7B=releasedOn:2026-02-11', 'Pado-Chat 9B=releasedOn:2026-09-30'],
    absent: ['BASED_ON Pado-Chat 9B -> Pado-Chat 7B'],
    noNodes: ['Model:Llama 3.1 8B 기반 대화 튜닝', 'Model:Pado-Chat 7B 후속'],
  },
  {
    cat: "a line-up table whose base column also says how each model was trained ('베이스 모델 / 학습 방식'): bases from '… 기반' and '…에서 지식 증류', 'from scratch' and open-weights cells with a gloss",
    text: [
      '라인업',
      '',
      '모델명        | 파라미터 | 베이스 모델 / 학습 방식            | 라이선스                 | 출시일',
      'Hansol LM 5     | 40B      | 자체 사전학습 (From scratch)        | 상용                     | 2027.03.02',
      'Hansol LM 5 Lite | 4B      | Hansol LM 5에서 지식 증류(Distillation) | 오픈 웨이트 (MIT)     | 2027.04.11',
      'Hansol Code 9B  | 9B       | Llama 3.1 8B (메타) 기반 코드 강화   | 상용                     | 2027.01.20',
    ].join('\n'),
    expect: ['BASED_ON Hansol LM 5 Lite -> Hansol LM 5', 'BASED_ON Hansol Code 9B -> Llama 3.1 8B'],
    props: ['Hansol LM 5=fromScratch:true', 'Hansol LM 5=parameters:40000000000', 'Hansol LM 5 Lite=openSource:true', 'Hansol Code 9B=releasedOn:2027-01-20'],
    absent: ['BASED_ON Hansol LM 5 -> Llama 3.1 8B'],
  },
  {
    cat: 'a header title in a benchmark name\'s shape on the line of known benchmarks titles a benchmark column; its cells are scores',
    text: [
      'DevDay 2027 발표 자료',
      '',
      '평가 결과',
      '',
      ' 모델                 | KMMLU | MedLogic-Pro | CLIcK',
      ' ---------------------+-------+--------------+------',
      ' 한솔-S 7B            | 58.1  | 33.4         | 61.0',
      ' Qwen3-8B (알리바바)  | 60.2  |  –           | 59.7',
    ].join('\n'),
    expect: ['SCORED 한솔-S 7B -> MedLogic-Pro', 'SCORED 한솔-S 7B -> KMMLU', 'SCORED 한솔-S 7B -> CLIcK', 'SCORED Qwen3-8B -> CLIcK', 'DEVELOPED 알리바바 -> Qwen3-8B'],
    edgeProps: ['SCORED 한솔-S 7B -> MedLogic-Pro score=33.4', 'SCORED 한솔-S 7B -> CLIcK score=61', 'SCORED Qwen3-8B -> CLIcK score=59.7'],
    nodes: ['Benchmark:MedLogic-Pro'],
    absent: ['SCORED Qwen3-8B -> MedLogic-Pro'],
  },
  {
    cat: 'an unknown last title on the header line is a title, not the first row\'s model cell (no score read askew)',
    text: ['평가 결과', '', '모델 | KMMLU | HRM8K | Latency-ms', '한솔-S 7B | 58.1 | 44.0 | 1.2', '한솔-S 3B | 50.3 | 39.9 | 0.8'].join('\n'),
    expect: ['SCORED 한솔-S 7B -> HRM8K', 'SCORED 한솔-S 3B -> KMMLU'],
    edgeProps: ['SCORED 한솔-S 7B -> HRM8K score=44', 'SCORED 한솔-S 3B -> KMMLU score=50.3'],
    noNodes: ['Model:Latency-ms', 'Benchmark:Latency-ms'],
  },
  {
    cat: 'a speaker line with a bar or a dash between the name and the organisation (a Latin gloss after it) names the person, the company and the title',
    text: ['DevDay 2027', '', '김하람 | 솔마루(Solmaru) 최고기술책임자', '', '• 정다온 — 솔마루 리서치 엔지니어 (평가 담당)', '', '• 백이현 – 누리온 CTO'].join('\n'),
    expect: ['WORKS_FOR 김하람 -> 솔마루', 'WORKS_FOR 정다온 -> 솔마루', 'WORKS_FOR 백이현 -> 누리온'],
    edgeProps: ['WORKS_FOR 정다온 -> 솔마루 title=리서치 엔지니어'],
    nodes: ['Company:솔마루', 'Person:김하람'],
  },
  {
    cat: 'a family table\'s base cell that says how the row\'s model was made ("A + 강화학습", "B에서 지식 증류") names its base; a from-scratch cell with a gloss; a 공개 column of dates is no open-source column',
    text: [
      '솔마루 모델 한눈에',
      '',
      ' 모델          | 파라미터 | 기반                            | 공개',
      ' --------------+----------+---------------------------------+---------',
      ' 해오름 3      | 21B      | 프롬 스크래치 (자체 데이터 9T)   | 2027.01',
      ' 해오름-T 21B  | 21B      | 해오름 3 + 추론 강화학습         | 2027.03.02',
      ' 해오름-T 3B   | 3B       | 해오름-T 21B에서 지식 증류       | 2027.03.02',
    ].join('\n'),
    expect: ['BASED_ON 해오름-T 21B -> 해오름 3', 'BASED_ON 해오름-T 3B -> 해오름-T 21B'],
    absent: ['BASED_ON 해오름 3 -> 프롬 스크래치'],
    props: ['해오름 3=fromScratch:true', '해오름 3=parameters:21000000000', '해오름-T 3B=parameters:3000000000'],
  },
  {
    cat: 'a wiki\'s version table ("버전 | 공개일 | 매개변수 | 기반"): the version column names the models, a full date is the release day (a month alone none), the base column the base',
    text: [
      '2. 버전 목록',
      '',
      '버전 | 공개일 | 매개변수 | 기반 | 비고',
      '누리별 1 | 2025.02.11 | 7B | Qwen2.5-7B | 한국어 추가 학습',
      '누리별 2 | 2025.09 | 13B | 비공개 | -',
      '누리별 3 | 2026.05.20 | 30B | 누리별 2 | 오픈 웨이트',
    ].join('\n'),
    expect: ['BASED_ON 누리별 1 -> Qwen2.5-7B', 'BASED_ON 누리별 3 -> 누리별 2'],
    props: ['누리별 1=releasedOn:2025-02-11', '누리별 3=releasedOn:2026-05-20', '누리별 2=parameters:13000000000', '누리별 2=releasedOn:undefined'],
  },
  {
    cat: 'a score table\'s model cell with a wiki footnote mark ("엑사원 4.0 32B[3]") is still that model',
    text: ['4. 성능', '', '모델 | KMMLU | CLIcK', '누리별 3 | 66.0 | 70.1', '엑사원 4.0 32B[3] | 65.9 | -'].join('\n'),
    expect: ['SCORED 엑사원 4.0 32B -> KMMLU', 'SCORED 누리별 3 -> CLIcK'],
    edgeProps: ['SCORED 엑사원 4.0 32B -> KMMLU score=65.9'],
  },
  {
    cat: 'a Hangul benchmark name glossed in Latin ("누리평가(Nuri-Eval)는 … 평가셋") is a benchmark, and the score table\'s column titled with it is read',
    text: ['누리평가(Nuri-Eval)는 다온랩이 자체 구축한 평가셋이다.', '', '모델 | KMMLU | 누리평가', '다온-S 9B | 60.1 | 71.7'].join('\n'),
    nodes: ['Benchmark:누리평가'],
    sameNode: ['누리평가=Nuri-Eval'],
    expect: ['SCORED 다온-S 9B -> 누리평가'],
    edgeProps: ['SCORED 다온-S 9B -> 누리평가 score=71.7'],
  },
  {
    cat: 'a model distilled into a named head model ("A를 증류해 만든 경량 모델 B(20억 개)도") is B\'s base, never the focus model\'s',
    text: '다온랩은 지난해 다온 1을 공개했다. 올해는 후속 모델 다온 2가 나왔다. 같은 날 다온 2를 증류해 만든 경량 모델 다온 2 미니(20억 개)도 함께 공개되었다.',
    expect: ['BASED_ON 다온 2 미니 -> 다온 2'],
    absent: ['BASED_ON 다온 1 -> 다온 2'],
  },
  {
    cat: 'two companies sign an agreement named for its purpose ("…를 위한 업무협약(MOU)도 맺었다"), however long the name; a refusal none',
    text: "네이버와 카카오는 이날 포럼 현장에서 'AI 기반 물류 운영 고도화를 위한 업무협약(MOU)'도 맺었다. 네이버와 LG유플러스는 'AI 기반 물류 데이터 개방을 위한 업무협약'을 맺지 않았다.",
    expect: ['PARTNERS_WITH 네이버 -> 카카오'],
    absent: ['PARTNERS_WITH 네이버 -> LG유플러스'],
  },
  {
    cat: 'a plural noun before "자체 개발한" ("글로벌 해운사들이 자체 개발한 AI") names a kind of company, not one',
    text: "다온랩의 '다온-7B'는 글로벌 제약사들이 자체 개발한 AI에 견줄 만하다는 평가를 받는다.",
    noNodes: ['Company:제약사들'],
    absent: ['DEVELOPED 제약사들 -> 다온-7B'],
  },
  {
    cat: "a deck's cover on two lines (a Latin name, then the Hangul name with 주식회사) names the issuer; a team slide's 'NAME | TITLE' rows work for it, and a 'Partners' heading's logo row partners with it (each slide line a block)",
    text: [
      '[슬라이드 1]',
      'Haneul Robotics',
      '하늘로보틱스 주식회사',
      '물류 로봇용 비전 언어모델',
      '',
      '[슬라이드 2]',
      'Partners (로고)',
      '  카카오 | 리벨리온',
      '',
      '[슬라이드 3]',
      'Team',
      '서하린 | 대표이사 CEO',
      '  前 네이버 연구원',
      'Daniel Ko | Head of Research',
      '',
      '[슬라이드 4]',
      '감사합니다',
    ].join('\n'),
    expect: ['WORKS_FOR 서하린 -> Haneul Robotics', 'WORKS_FOR Daniel Ko -> Haneul Robotics', 'PARTNERS_WITH Haneul Robotics -> 카카오', 'PARTNERS_WITH Haneul Robotics -> 리벨리온'],
    absent: ['WORKS_FOR 서하린 -> 네이버'],
  },
  {
    cat: "a 'NAME | TITLE' row without a cover naming the issuer, and a logo row under a customers' heading, give nothing",
    text: ['[슬라이드 1]', '물류 로봇 이야기', '', '[슬라이드 2]', '고객사 (로고)', '  카카오 | 리벨리온', '', '[슬라이드 3]', '서하린 | 대표이사 CEO', '', '[슬라이드 4]', '끝'].join('\n'),
    absent: ['PARTNERS_WITH 리벨리온 -> 카카오', 'WORKS_FOR 서하린 -> 카카오'],
  },
];

describe('slide decks as text', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});

describe('benchmark editions', () => {
  it('a category note in parentheses after an edition ("HumanEval+(코딩)") is no alias of it, as after the listed name', () => {
    const g = graphOf('달빛소프트의 Dalbit-Code-8B는 HumanEval+(코딩) 77.4점, KMMLU(지식) 51.0점을 받았다.');
    const edition = g.nodes.find((n) => n.name === 'HumanEval+');
    expect(edition).toBeDefined();
    expect(edition!.aliases).not.toContain('코딩');
  });
});

/** An IR deck as text whose cover line names its issuer in two scripts: the issuer's officers, its own line-up. */
describe('an issuer document: cover line, officers roster, own line-up', () => {
  const deck = (cover: string) =>
    [
      cover,
      '2027년 1분기 경영실적 발표',
      '',
      '[Slide 2] 회사 개요',
      '- 경영진',
      '  · 윤하람 대표이사(CEO) — 공동창업자, 前 카카오',
      '  · 서지후 최고기술책임자(CTO) — 공동창업자',
      '',
      '[Slide 5] 모델 라인업',
      '모델명          | 파라미터 | 베이스 모델 / 학습 방식           | 출시일',
      'Lumen LM 4      | 30B      | 자체 사전학습 (From scratch)       | 2027.02.10',
      'Lumen LM 3 ※EOL 예정 | 12B | 자체 사전학습 (From scratch)       | 2026.03.02',
      'Lumen Vision 7B | 7B       | Qwen2.5-VL-7B (알리바바) 기반 추가학습 | 2026.11.20',
    ].join('\n');
  const run = (cover: string) => {
    const g = extractArticle(parseText(deck(cover), { source: 'deck.txt', publishedAt: '2027-05-02' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const co = (n: string) => g.nodes.find((x) => x.type === 'Company' && (x.name === n || x.aliases.includes(n)));
    return { g, edges: g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`), co };
  };
  it('one company in two scripts; officers work for it; its brand models are its own', () => {
    const { g, edges, co } = run('LumenAI Inc. | 루멘에이아이 주식회사');
    const issuer = co('루멘에이아이');
    expect(issuer).toBeDefined();
    expect(co('LumenAI')?.id).toBe(issuer!.id);
    const n = issuer!.name;
    expect(edges).toEqual(expect.arrayContaining([`WORKS_FOR 윤하람 -> ${n}`, `WORKS_FOR 서지후 -> ${n}`, `DEVELOPED ${n} -> Lumen LM 4`, `DEVELOPED ${n} -> Lumen LM 3`, `DEVELOPED ${n} -> Lumen Vision 7B`, 'BASED_ON Lumen Vision 7B -> Qwen2.5-VL-7B']));
    expect(edges).not.toContain(`DEVELOPED ${n} -> Qwen2.5-VL-7B`);
    expect(edges.some((e) => e.startsWith('WORKS_FOR 윤하람 -> 카카오'))).toBe(false);
    expect(g.nodes.find((x) => x.name === 'Lumen LM 3')?.properties.parameters).toBe(12000000000);
  });
  it("a labelled partner line ('- 전략적 파트너: X (…)') partners the issuer with X; a supplier line does not", () => {
    const g = extractArticle(parseText('LumenAI Inc. | 루멘에이아이 주식회사\n2027년 1분기 경영실적 발표\n\n- 전략적 파트너: 업스테이지 (데이터 공동 구축)\n- 인프라: 네이버클라우드 — GPU 공급 계약', { source: 'deck.txt', publishedAt: '2027-05-02' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    const edges = g.edges.map((e) => `${e.type} ${name(e.source)} -> ${name(e.target)}`);
    expect(edges).toContain('PARTNERS_WITH LumenAI -> 업스테이지');
    expect(edges.some((e) => e.includes('네이버클라우드'))).toBe(false);
  });
  it('a title with no issuer in two scripts gives no roster and no line-up developer', () => {
    const { edges } = run('AI 모델 시장 동향 | 2027년 1분기');
    expect(edges.filter((e) => e.startsWith('WORKS_FOR') || e.startsWith('DEVELOPED'))).toEqual(expect.not.arrayContaining([expect.stringMatching(/^(?:WORKS_FOR (?:윤하람|서지후)|DEVELOPED .* -> Lumen)/)]));
  });
});
