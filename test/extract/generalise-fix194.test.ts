/**
 * Generalisation rows for set 194's forms, scores and evaluations outside news articles: an experiment tracker's runs table
 * (a run-id column before the model column), a test set named with its edition ("XBench v3"), a report's panel headings, a
 * bare version as a sentence's topic after an adverb ("덧붙여 1.5는 …"), a company's research team releasing on a model hub,
 * a public bid's results table (순위 | 업체명 | 제안 모델 | …) and a certification board's applicant table (연번 | 신청 기업 |
 * 모델명 | …) whose applicants take part in the programme, a joint bid ("공동수급체"), a notice's nominal ending before a
 * bracketed remark ("…가 자체 개발한 모델임(신청서상 Z 기반)"), a fact sheet's line labelled by its model ("Y: X가 Z를 바탕으로 … 모델."), renamed test sets, score lines with a remark in brackets,
 * differences that are no scores, a trial's "보니" before a number, a maker's brand in camel case ("NuriChat" of 누리랩스), and an in-house tool's header naming the memo's owner.
 * Pages and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, factsOf, type FactRow } from './helpers.js';

// an experiment tracker's report: a run-id column, then the model column, then test sets (one named with its edition)
const RUNS = `## Panel 2 — 평가 요약

Run ID | Model | CLIcK | KoLogicBench v3 | KoBEST
exp-0301-x | Doyo-Chat-2-9B | 71.4 | 58.2 | 44.9
exp-0301-y | Doyo-Chat-1-9B | 66.0 | 51.7 | 40.3

Doyo-Chat-2-9B는 KoLogicBench v3에서 58.2점을 받았다.`;

// a public bid's results: a vendor column (a joint bid's partner in the cell), the proposed model, scores and latency
const BID = `「스마트 민원 챗봇 고도화 사업」 성능시험 결과를 다음과 같이 알려드립니다.

순위 | 업체명 | 제안 모델 | KMMLU | 응답시간(초)
1 | (주)다온소프트 | 다온-LM 5 (13B) | 63.8 | 1.4
2 | 한울정보(주) 외 1 (공동수급: 별빛데이터(주)) | 별빛-Ko 8B | 60.2 | 0.9`;

// a certification board: an applicant column, a test-set column and a measured value, one row per test
const CERT = `「K-AI 품질인증 지원사업」에 따른 제2차 인증시험 결과를 공고합니다.

연번 | 신청 기업 | 모델명 | 시험 항목 | 측정값 | 판정
1 | 하람테크(주) | 하람-Law 3 | KMMLU | 52.6 | 적합
2 | (주)새벽AI | 새벽-Med 2 | KMMLU | 49.1 | 부적합`;

describe("a tracker's runs table: run ids before the model column", () => {
  const { facts, graph } = factsOf(RUNS);
  it.each(['SCORED Doyo-Chat-2-9B -> CLIcK', 'SCORED Doyo-Chat-2-9B -> KoLogicBench v3', 'SCORED Doyo-Chat-1-9B -> KoBEST'])('%s', (f) => expect(facts).toContain(f));
  it('run ids and panel headings are no models', () => {
    const names = graph.nodes.map((n) => n.name);
    expect(names).not.toContain('exp-0301-x');
    expect(names).not.toContain('Panel 2');
  });
  it('the test set keeps its edition', () => expect(graph.nodes.filter((n) => n.type === 'Benchmark').map((n) => n.name)).toContain('KoLogicBench v3'));
});

describe("a bid's results table: the vendors take part, the proposed models are scored", () => {
  const { facts } = factsOf(BID);
  it.each(['SCORED 다온-LM 5 -> KMMLU', 'SCORED 별빛-Ko 8B -> KMMLU', 'PARTICIPATES_IN 다온소프트 -> 스마트 민원 챗봇 고도화 사업', 'PARTICIPATES_IN 한울정보 -> 스마트 민원 챗봇 고도화 사업', 'PARTICIPATES_IN 별빛데이터 -> 스마트 민원 챗봇 고도화 사업'])('%s', (f) => expect(facts).toContain(f));
  it('a vendor is no developer by its column', () => expect(facts).not.toContain('DEVELOPED 한울정보 -> 별빛-Ko 8B'));
});

describe("a certification board's applicant table", () => {
  const { facts } = factsOf(CERT);
  it.each(['PARTICIPATES_IN 하람테크 -> K-AI 품질인증 지원사업', 'PARTICIPATES_IN 새벽AI -> K-AI 품질인증 지원사업'])('%s', (f) => expect(facts).toContain(f));
});

const rows: FactRow[] = [
  // a Latin brand with a product word glued on in camel case is the brand of the company whose Hangul name it spells
  { cat: 'camel-brand', text: '누리랩스 내부 평가 메모입니다.\n\nNuriChat-7B와 NuriChat-2B의 KMMLU 점수를 정리했다. NuriChat-7B는 52.1점이었다.', expect: ['DEVELOPED 누리랩스 -> NuriChat-7B', 'DEVELOPED 누리랩스 -> NuriChat-2B'] },
  { cat: 'camel-brand', text: '누리랩스 내부 평가 메모입니다.\n\nMiraChat-7B의 KMMLU 점수를 정리했다.', absent: ['DEVELOPED 누리랩스 -> MiraChat-7B'] },
  // a bare version opening the sentence as its topic, after an adverb: the article's model of that version
  { cat: 'bare-version-topic', text: '누리봇 2.0은 누리랩이 만든 상담 모델로 누리봇 1.5의 후속이다. 덧붙여 1.5는 Llama 3.1 8B를 바탕으로 만들었다.', expect: ['BASED_ON 누리봇 1.5 -> Llama 3.1 8B'], absent: ['BASED_ON 누리봇 2.0 -> Llama 3.1 8B'], noNodes: ['Model:덧붙여 1.5'] },
  // a company's research team releasing a model on a hub: the company made it; the team is no company
  { cat: 'research-team-release', text: '하람테크 리서치팀이 지난주 허깅페이스에 공개한 추론 모델 하람-R 2는 수학 문제에 강하다.', expect: ['DEVELOPED 하람테크 -> 하람-R 2'], noNodes: ['Company:리서치팀'] },
  { cat: 'research-team-release', text: '별빛데이터 AI팀이 선보인 별빛-Ko 8B는 한국어 요약에 특화됐다.', expect: ['DEVELOPED 별빛데이터 -> 별빛-Ko 8B'] },
  // a notice's nominal ending before a bracketed remark: the model in the remark is not what the company built
  { cat: 'notice-remark', text: '하람-Law 3는 하람테크(주)가 자체 개발한 모델임(신청서상 Qwen2.5-7B 기반으로 기재).', expect: ['DEVELOPED 하람테크 -> 하람-Law 3', 'BASED_ON 하람-Law 3 -> Qwen2.5-7B'], absent: ['DEVELOPED 하람테크 -> Qwen2.5-7B'] },
  // a fact sheet's line labelled by the model, a nominal sentence after the colon: the label is its topic
  { cat: 'labelled-line', text: '하람-Law 3: 하람테크가 메타의 Llama 3.1 8B를 바탕으로 판례 데이터로 추가 학습한 법률 특화 모델.', expect: ['BASED_ON 하람-Law 3 -> Llama 3.1 8B', 'DEVELOPED 하람테크 -> 하람-Law 3'] },
  { cat: 'labelled-line', text: '하람-Law 3: 52.6점, Llama 3.1 8B: 47.0점.', absent: ['BASED_ON 하람-Law 3 -> Llama 3.1 8B'] },
  // an in-house tool's header names the document's owner: the memo's omitted subject; a tie the memo says there is none of is no partnership
  { cat: 'in-house-header', text: '# kadak-bench 1.2 | 다온소프트 내부 평가 파이프라인\n\n요약 메모. 메타가 공개한 Llama 3.1 8B를 비교 대상으로 삼았다.\n\n평가 데이터 일부는 데이터 전문 업체 별빛데이터와 공동 구축한 것.\n\n한울클라우드에서 GPU를 빌려 쓰는 것일 뿐, 한울클라우드와 제휴 관계는 없음.', expect: ['PARTNERS_WITH 다온소프트 -> 별빛데이터'], absent: ['PARTNERS_WITH 메타 -> 별빛데이터', 'PARTNERS_WITH 다온소프트 -> 한울클라우드'] },
  // a bare family name before the word for a table's row names that row, no model
  { cat: 'row-word', text: '표의 Qwen 행은 알리바바 기술 보고서의 수치를 옮겨 적은 것이다.', noNodes: ['Model:Qwen'], absent: ['DEVELOPED 알리바바 -> Qwen'] },
  { cat: 'row-word', text: 'Qwen3-8B 행은 알리바바 기술 보고서의 수치를 옮겨 적은 것이다.', nodes: ['Model:Qwen3-8B'] },
  // a joint bid is a partnership
  { cat: 'joint-bid', text: '별빛데이터(주)는 한울정보(주)와 공동수급체를 구성해 입찰에 참여했다.', expect: ['PARTNERS_WITH 별빛데이터 -> 한울정보'] },
  // renamed test sets: the older name is the same benchmark's alias
  { cat: 'renamed-benchmark', text: "KMMLU-Pro 1.1은 지난해 자료에 'KMMLU'라는 이름으로 적혀 있던 것과 동일한 세트다. 다온-LM 5는 KMMLU-Pro 1.1에서 61.0점을 받았다.", expect: ['SCORED 다온-LM 5 -> KMMLU-Pro 1.1'], noNodes: ['Benchmark:KMMLU'] },
  // a score line with a remark in brackets between the model and the colon
  { cat: 'remarked-score-line', text: 'KoBEST 개발셋 정확도는 다음과 같다.\n\nLumi-7B (지시문 없이): 51.0\n\nLumi-7B-Tuned: 63.5', expect: ['SCORED Lumi-7B -> KoBEST', 'SCORED Lumi-7B-Tuned -> KoBEST'], edgeProps: ['SCORED Lumi-7B -> KoBEST score=51'] },
  // a difference from another figure is no score
  { cat: 'relative-gap', text: 'KMMLU를 다른 설정으로 돌려 보니 다온-LM 5가 공식 수치보다 3점가량 낮게 나왔다.', absent: ['SCORED 다온-LM 5 -> KMMLU'], noNodes: ['Model:보니 다온-LM 5'] },
  { cat: 'trial-number', text: '같은 조건에서 KMMLU를 측정해 보니 61.2가 나왔습니다.', noNodes: ['Model:보니 61.2'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text, () => checkFactRow(row));
});
