/**
 * Generalisation rows for fix220: a mixed week of page forms. A ministry's speech page (a programme named before its
 * kickoff event, a vice-minister introducing himself, a team that failed a round named in an adnominal clause, a known
 * model's edition after its maker's possessive). Every sentence and name is written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, hasFact, pageFacts, pageGraph, type FactRow } from './helpers.js';

const SPEECH =
  '<html><head><meta charset="utf-8"><title>누리 AI 돌봄 실증사업 출범식 축사 - 연설문</title></head><body><table><tr><td class="view">' +
  '<p>누리 AI 돌봄 실증사업 출범식 축사</p><p>2027. 3. 4.(목) 행정안전부 제2차관 도하림</p>' +
  '<p>존경하는 내빈 여러분, 반갑습니다. 행정안전부 제2차관 도하림입니다.</p>' +
  '<p>오늘 우리는 누리 AI 돌봄 실증사업의 첫 발을 뗍니다. 저는 지난 1월 이 사업의 계획을 직접 발표드렸습니다.</p>' +
  '<p>치열한 평가 끝에 바다소프트가 주관하고 구름데이터가 참여하는 컨소시엄이 최종 선정되었습니다.</p></td></tr></table></body></html>';

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
];

describe('fix220: a mixed week of page forms', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));

  it("a speech page: a vice-minister ('제2차관') introducing himself announces the programme the title names", () => {
    const g = pageGraph(SPEECH);
    expect(hasFact(g, 'PROMOTES 도하림 -> 누리 AI 돌봄 실증사업'), pageFacts(SPEECH).join('\n')).toBe(true);
  });
});
