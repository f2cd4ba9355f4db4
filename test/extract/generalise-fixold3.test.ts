/**
 * Generalisation rows for forms left over from held-out sets 113–120: a known board named bare and with its season
 * ("X 리더보드" … "X 리더보드3", "X 리더보드 4"); a version after a sized model's name, "후속 모델인 X-8B 2"; a public agency's post as an official's
 ("NIPA …본부장").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, hasFact, nodeNamed, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a board named bare, then its one season glued: one board, the season's
  {
    cat: 'benchmark.bare-board-then-season',
    text: "한밭랩의 '누리-7B'가 오픈 Ko-LLM 리더보드에서 소형 부문 2위에 올랐다. 누리-7B는 '오픈 Ko-LLM 리더보드2' 10월 평가에서 종합 0.612점을 받았다.",
    expect: ['SCORED 누리-7B -> 오픈 Ko-LLM 리더보드2'],
    sameNode: ['오픈 Ko-LLM 리더보드2=오픈 Ko-LLM 리더보드'],
  },
  // a season after a space, glossed in English: the season's board, the bare name its short form
  {
    cat: 'benchmark.spaced-board-season',
    text: "'호랑이 리더보드 5(Horangi Leaderboard 5)'의 10월 결과가 나왔다. 가온랩의 '가온 3'이 종합 0.733점으로 1위였다. 호랑이 리더보드는 매달 갱신된다.",
    expect: ['SCORED 가온 3 -> 호랑이 리더보드 5'],
    sameNode: ['호랑이 리더보드 5=Horangi Leaderboard 5', '호랑이 리더보드 5=호랑이 리더보드'],
  },
  // several seasons: the bare name is the one the body names first, the later season stays apart
  {
    cat: 'benchmark.spaced-board-season',
    text: "'호랑이 리더보드 4' 11월 결과에서 가온랩의 '가온 3'이 종합 0.733점으로 1위에 올랐다. 가온 3은 호랑이 리더보드에서 두 달째 선두를 지켰다. 운영사는 내년 '호랑이 리더보드 5'로 개편한다고 밝혔다.",
    expect: ['SCORED 가온 3 -> 호랑이 리더보드 4'],
    sameNode: ['호랑이 리더보드 4=호랑이 리더보드'],
    nodes: ['Benchmark:호랑이 리더보드 5'],
  },
  // a version after a known model's sized name, in a quoted plan for the successor: the next model
  {
    cat: 'models.known-sized-name-version',
    text: "파랑랩스가 '파랑-12B'를 공개했다. 파랑-12B는 한국어 법률 문서를 학습했다. 오민재 대표는 \"내년에는 후속 모델인 파랑-12B 2를 선보이겠다\"고 말했다.",
    expect: ['SUCCEEDS 파랑-12B 2 -> 파랑-12B', 'DEVELOPED 파랑랩스 -> 파랑-12B 2'],
  },
  // a predecessor named before the apposition: that one, not the article's model
  {
    cat: 'models.known-sized-name-version',
    text: "파랑랩스가 '파랑-12B'를 공개했다. 회사는 '하늘-3'의 후속 모델인 '하늘-4'도 준비 중이다.",
    absent: ['SUCCEEDS 하늘-4 -> 파랑-12B'],
  },
  // a count after the sized name is no version
  {
    cat: 'models.known-sized-name-version',
    text: "파랑랩스가 '파랑-12B'를 공개했다. 파랑-12B 2개를 묶어 쓰는 방식도 시험했다.",
    noNodes: ['Model:파랑-12B 2'],
  },
  // a post at a public agency ("AGENCY …본부장") is an official's: the programme they speak for is theirs to promote
  {
    cat: 'promotes.agency-post',
    text: "정보통신산업진흥원은 「2027년 AI 데이터 실증 지원사업」(이하 '데이터 실증사업') 선정 결과를 안내합니다. 박서윤 NIPA 디지털전환본부장은 \"데이터 실증사업이 올해 8개 분야로 늘었다\"고 말했습니다.",
    expect: ['PROMOTES 박서윤 -> 데이터 실증사업'],
    absent: ['WORKS_FOR 박서윤 -> NIPA'],
  },
  // the same post at a company is no official's
  {
    cat: 'promotes.agency-post',
    text: "정보통신산업진흥원은 「2027년 AI 데이터 실증 지원사업」(이하 '데이터 실증사업') 선정 결과를 안내합니다. 박서윤 누리랩스 디지털전환본부장은 \"데이터 실증사업이 올해 8개 분야로 늘었다\"고 말했습니다.",
    absent: ['PROMOTES 박서윤 -> 데이터 실증사업'],
  },
  // "X는 Y를 미세조정한 모델인데, Y 자체가 Z를 바탕으로": the second clause's subject is Y, so Z is Y's base only
  {
    cat: 'based-on.topic-stops-at-own-subject',
    text: "보람헬스의 '보람-메디 3B'는 카카오가 공개한 '카나나 나노'를 진료 기록으로 미세조정한 모델인데, 카나나 나노 자체가 메타의 '라마 3.2 3B'를 바탕으로 만들어졌다.",
    expect: ['BASED_ON 보람-메디 3B -> 카나나 나노', 'BASED_ON 카나나 나노 -> 라마 3.2 3B'],
    absent: ['BASED_ON 보람-메디 3B -> 라마 3.2 3B'],
  },
  // a section that says which model it is about: "이 모델" there is that one; a report then corrected: the corrected base only
  {
    cat: 'based-on.report-corrected',
    text: "보람헬스의 '보람-메디 3B'는 진료 기록을 학습했다. 한편 교육 기업 새솔의 튜터 모델 '새솔-T'를 두고는 소동도 있었다. 일부 매체가 이 모델이 '미스트랄 네모'를 기반으로 했다고 보도했지만, 새솔은 \"잘못 알려진 것\"이라며 \"'엑사원 3.5'를 기반으로 했다\"고 정정했다.",
    expect: ['BASED_ON 새솔-T -> 엑사원 3.5'],
    absent: ['BASED_ON 보람-메디 3B -> 미스트랄 네모', 'BASED_ON 새솔-T -> 미스트랄 네모', 'BASED_ON 보람-메디 3B -> 엑사원 3.5'],
  },
  // a report no one corrects stays a report read as stated
  {
    cat: 'based-on.report-corrected',
    text: "교육 기업 새솔의 튜터 모델 '새솔-T'를 두고는 관심이 컸다. 새솔-T는 '엑사원 3.5'를 기반으로 만든 모델이다.",
    expect: ['BASED_ON 새솔-T -> 엑사원 3.5'],
  },
  // "Y에 … 계속 사전학습(continual pre-training)을 시켰다": the English gloss does not hide the base of the model in focus
  {
    cat: 'based-on.focus-continual-pretraining-gloss',
    text: "새솔은 지난 3일 상담 모델 '새솔-C 2'를 출시했다. 업스테이지의 '솔라 프로2'에 상담 기록 수십만 건을 넣어 계속 사전학습(continual pre-training)을 시켰다는 게 회사 설명이다.",
    expect: ['BASED_ON 새솔-C 2 -> 솔라 프로2'],
  },
  // "A와 B는 지원서를 냈지만 선정되지 않았다": an application with no programme named is one to the article's programme
  {
    cat: 'participates.application-handed-in',
    text: "정부의 '스마트 공장 AI 전환 지원사업' 1단계 선정 결과가 나왔다. 반면 다온AI와 가람테크는 지원서를 냈지만 선정되지 않았다.",
    expect: ['PARTICIPATES_IN 다온AI -> 스마트 공장 AI 전환 지원사업', 'PARTICIPATES_IN 가람테크 -> 스마트 공장 AI 전환 지원사업'],
  },
  {
    cat: 'participates.application-handed-in',
    text: "정부의 '스마트 공장 AI 전환 지원사업' 1단계 선정 결과가 나왔다. 반면 다온AI와 가람테크는 지원서를 내지 않았다.",
    absent: ['PARTICIPATES_IN 다온AI -> 스마트 공장 AI 전환 지원사업'],
  },
  // an English negation before the cue: "did not train from scratch" is no from-scratch model
  {
    cat: 'from-scratch.en-negated',
    text: 'Pinecrest Labs released Harbor-7B on Monday. "We did not train Harbor-7B from scratch; we started from Llama 3.1 8B," the company said.',
    props: ['Harbor-7B=fromScratch:undefined'],
  },
  {
    cat: 'from-scratch.en-negated',
    text: 'Pinecrest Labs released Harbor-7B on Monday. "We trained Harbor-7B entirely from scratch," the company said.',
    props: ['Harbor-7B=fromScratch:true'],
  },
  // a rank after a space is no season
  {
    cat: 'benchmark.spaced-board-season',
    text: "가온랩의 '가온 3'이 호랑이 리더보드 1위에 올랐다. 종합 점수는 0.733점이다.",
    noNodes: ['Benchmark:호랑이 리더보드 1'],
  },
];

describe('generalise: leftovers of sets 113–120', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

/** Rows whose headline matters: the article's own title line, its body, the facts and the alias its nodes must (not) give. */
const titled: { cat: string; title: string; body: string; expect?: string[]; absent?: string[]; alias?: [string, string] }[] = [
  // a headline quoting a programme by its field ("'X' 1단계 선정") names that programme: "이번 사업" later is that one,
  // not another programme the story names in passing
  {
    cat: 'policy.headline-quoted-field',
    title: "'스마트 공장 AI 모델' 1단계 3개 팀 선정",
    body: "정부의 '스마트 공장 AI 모델 개발 지원사업' 1단계 결과가 나왔다. 누리랩스는 지난해 독자 AI 파운데이션 모델 프로젝트에 도전했지만 탈락했다. 김하늘 과기정통부 제2차관은 \"현장에서 바로 쓰이는 모델을 만드는 게 이번 사업의 목표\"라고 말했다.",
    expect: ['PROMOTES 김하늘 -> 스마트 공장 AI 모델 개발 지원사업'],
    absent: ['PROMOTES 김하늘 -> 독자 AI 파운데이션 모델 프로젝트'],
    alias: ['스마트 공장 AI 모델 개발 지원사업', '스마트 공장 AI 모델'],
  },
  // the field unquoted in the body is an ordinary phrase
  {
    cat: 'policy.headline-quoted-field',
    title: "'스마트 공장 AI 모델' 1단계 3개 팀 선정",
    body: "정부의 '스마트 공장 AI 모델 개발 지원사업' 1단계 결과가 나왔다. 누리랩스는 스마트 공장 AI 모델을 직접 만든다.",
    absent: ['PARTICIPATES_IN 누리랩스 -> 스마트 공장 AI 모델 개발 지원사업'],
  },
];

describe('generalise: leftovers of sets 113–120, headlines', () => {
  for (const row of titled)
    it(`${row.cat}: ${row.title}`, () => {
      const g = extractArticle(parseText(`${row.title}\n\n${row.body}`, { source: 'test.txt', publishedAt: '2025-07-14' }));
      for (const f of row.expect ?? []) expect(hasFact(g, f), f).toBe(true);
      for (const f of row.absent ?? []) expect(hasFact(g, f), f).toBe(false);
      if (row.alias) expect(nodeNamed(g, row.alias[0])?.aliases).toContain(row.alias[1]);
    });
});
