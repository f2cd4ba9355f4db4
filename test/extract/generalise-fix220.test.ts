/**
 * Generalisation rows for fix220: a mixed week of page forms. A ministry's speech page (a programme named before its
 * kickoff event, a vice-minister introducing himself, a team that failed a round named in an adnominal clause, a known
 * model's edition after its maker's possessive). Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, nodeLines, pageFacts, pageGraph, type FactRow } from './helpers.js';

const SPEECH =
  '<html><head><meta charset="utf-8"><title>누리 AI 돌봄 실증사업 출범식 축사 - 연설문</title></head><body><table><tr><td class="view">' +
  '<p>누리 AI 돌봄 실증사업 출범식 축사</p><p>2027. 3. 4.(목) 행정안전부 제2차관 도하림</p>' +
  '<p>존경하는 내빈 여러분, 반갑습니다. 행정안전부 제2차관 도하림입니다.</p>' +
  '<p>오늘 우리는 누리 AI 돌봄 실증사업의 첫 발을 뗍니다. 저는 지난 1월 이 사업의 계획을 직접 발표드렸습니다.</p>' +
  '<p>치열한 평가 끝에 바다소프트가 주관하고 구름데이터가 참여하는 컨소시엄이 최종 선정되었습니다.</p></td></tr></table></body></html>';

const CASE_STUDY =
  '<html><head><meta charset="utf-8"><title>바람캐피탈 × 누리랩스 고객 사례</title></head><body><header><nav><a href="/">제품</a></nav></header>' +
  '<main class="case-study"><section class="hero"><h1>바람캐피탈, 누리-fin 3로 심사 시간 절반</h1><p class="date">2027.02.10</p></section>' +
  '<aside class="fact-card"><dl><dt>고객</dt><dd>바람캐피탈</dd><dt>도입 모델</dt><dd>누리-fin 3 (90억 파라미터)</dd><dt>구축 파트너</dt><dd>구름클라우드</dd></dl></aside>' +
  '<section class="story"><h2>해결</h2><p>누리랩스는 자사 금융 특화 언어모델 누리-fin 3를 바람캐피탈 데이터센터에 설치했습니다. 서버 구성은 누리랩스의 공식 구축 파트너인 구름클라우드가 맡았습니다.</p></section>' +
  '<section class="more-cases"><h3>다른 고객 사례</h3><div class="cards"><a class="card" href="/c/1"><span>보험</span>한솔손해보험, 청구 서류 자동 분류</a></div></section>' +
  '</main></body></html>';

const rows: FactRow[] = [
  {
    cat: "a programme named before the first spade of its work ('X 실증사업의 첫 삽을 뜹니다'), then teams selected in its call",
    text: '오늘 우리는 K-바람언어모델 실증사업의 첫 삽을 뜹니다. 치열한 평가 끝에 누리소프트가 주관하고 한결데이터가 참여하는 컨소시엄이 최종 선정되었습니다.',
    expect: ['PARTICIPATES_IN 누리소프트 -> K-바람언어모델 실증사업', 'PARTICIPATES_IN 한결데이터 -> K-바람언어모델 실증사업', 'PARTNERS_WITH 누리소프트 -> 한결데이터'],
  },
  {
    cat: "a programme named before its kickoff meeting ('X 사업 착수보고회')",
    text: '해솔시는 K-돌봄 AI 사업 착수보고회를 열었다. 이 사업에는 바다소프트가 참여한다.',
    nodes: ['Policy:K-돌봄 AI 사업'],
    expect: ['PARTICIPATES_IN 바다소프트 -> K-돌봄 AI 사업'],
  },
  {
    cat: "a team that did not pass a round, named in an adnominal clause after the programme ('…의 문턱을 넘지 못한 X 컨소시엄')",
    text: '오늘 우리는 K-바람언어모델 실증사업의 첫 삽을 뜹니다. 아쉽게도 1차 평가의 문턱을 넘지 못한 구름소프트 컨소시엄에도 감사드립니다.',
    expect: ['PARTICIPATES_IN 구름소프트 -> K-바람언어모델 실증사업'],
  },
  {
    cat: "a known model's edition named with one Hangul word after its maker's possessive ('X의 'Y 공공'')",
    text: "이번에 현장에 투입되는 모델은 네이버클라우드의 '하이퍼클로바X 바른', 그리고 카카오의 '카나나 K-바른'입니다.",
    expect: ['DEVELOPED 네이버클라우드 -> 하이퍼클로바X 바른', 'DEVELOPED 카카오 -> 카나나 K-바른'],
    absent: ['DEVELOPED 네이버클라우드 -> 하이퍼클로바X'],
  },
  {
    cat: "what a deed was done without is no negation of it ('회사는 Y를 외부 모델의 가중치 없이 … 구축했다')",
    text: '누리소프트는 2023년 설립된 스타트업이다. 이번 바람-3는 그 후속 모델이다. 회사는 바람-3를 외부 모델의 가중치 없이 프롬 스크래치로 구축했다고 밝혔다.',
    expect: ['DEVELOPED 누리소프트 -> 바람-3'],
    props: ['바람-3=fromScratch:true'],
  },
  {
    cat: "a field edition's word after a model's name ('Y 메디', 'Y Med'), co-developed and trained on the model",
    text: '해솔랩스는 바람-2를 공개했다. 세 번째 모델인 바람-2 메디는 병원 기업 구름헬스와 공동 개발했다. 바람-2에 진료 데이터를 추가 학습한 모델이다.',
    expect: ['DEVELOPED 해솔랩스 -> 바람-2 메디', 'DEVELOPED 구름헬스 -> 바람-2 메디', 'BASED_ON 바람-2 메디 -> 바람-2'],
  },
  {
    cat: "a Hangul name, a hyphen and a lower-case field word before a version ('누리-fin 2'), a successor of the one before",
    text: '누리랩스는 자사 금융 특화 언어모델 누리-fin 2를 설치했습니다. 올해 3월 출시한 누리-fin 2는 지난해 나온 누리-fin 1의 후속 모델로, 문맥 길이를 4배로 늘렸습니다.',
    expect: ['DEVELOPED 누리랩스 -> 누리-fin 2', 'SUCCEEDS 누리-fin 2 -> 누리-fin 1'],
  },
  {
    cat: "a day an earlier adnominal release verb takes is not the later model's ('올해 3월 출시한 A는 지난해 나온 B의 후속')",
    text: '누리랩스는 누리 2를 설치했습니다. 올해 3월 출시한 누리 2는 지난해 나온 누리 1의 후속 모델이다.',
    props: ['누리 2=releasedOn:2025-03', '누리 1=releasedOn:undefined'],
  },
  {
    cat: "a role put in apposition to the company after it names no person ('X의 공식 구축 파트너인 Y가')",
    text: '서버 구성은 누리랩스의 공식 구축 파트너인 메가존클라우드가 맡았습니다.',
    noNodes: ['Person:공식 구축'],
  },
  {
    cat: "a solutions architect's title ('X NAME 솔루션 아키텍트가')",
    text: '이번 프로젝트의 기술 총괄은 누리랩스 이하솔 솔루션 아키텍트가 맡았습니다.',
    expect: ['WORKS_FOR 이하솔 -> 누리랩스'],
    edgeProps: ['WORKS_FOR 이하솔 -> 누리랩스 title=솔루션 아키텍트'],
  },
  {
    cat: "a customer story's 'A × B' names a customer and its vendor, no partnership ('A × B 고객 사례')",
    text: '바람캐피탈 × 누리랩스 고객 사례',
    absent: ['PARTNERS_WITH 바람캐피탈 -> 누리랩스'],
  },
  {
    cat: "an alumni list's line: the degree and year in parentheses between the name and the dash ('NAME (석사 2015) — X 상무')",
    text: '졸업생 진로\n\n하도겸 (석사 2016) — KT 상무, 기술혁신부문',
    expect: ['WORKS_FOR 하도겸 -> KT'],
  },
  {
    cat: "an alumni list's career line: a post passed through, then the one held now ('NAME (박사 2021) — A를 거쳐 현재 B 수석연구원')",
    text: '바람웨이브AI는 바람-70B를 공개했다.\n\n하서윤 (박사 2020) — 삼성리서치를 거쳐 현재 바람웨이브AI 수석연구원, 사전학습 총괄',
    expect: ['WORKS_FOR 하서윤 -> 바람웨이브AI'],
    absent: ['WORKS_FOR 하서윤 -> 삼성리서치'],
  },
];

describe('fix220: a mixed week of page forms', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));

  it("a speech page: a vice-minister ('제2차관') introducing himself announces the programme the title names", () => {
    const g = pageGraph(SPEECH);
    expect(hasFact(g, 'PROMOTES 도하림 -> 누리 AI 돌봄 실증사업'), pageFacts(SPEECH).join('\n')).toBe(true);
  });

  it("a customer story: a `<dl>` fact card in an `<aside>` of `<main>` is read, the cards after '다른 고객 사례' are not", () => {
    const g = pageGraph(CASE_STUDY);
    expect(g.nodes.find((n) => n.name === '누리-fin 3')?.properties.parameters).toBe(9000000000);
    expect(hasFact(g, 'PARTNERS_WITH 바람캐피탈 -> 누리랩스'), pageFacts(CASE_STUDY).join('\n')).toBe(false);
    expect(nodeLines(g).filter((n) => n.includes('손해보험'))).toEqual([]);
  });
});
