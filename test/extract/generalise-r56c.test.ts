/**
 * Generalisation rows for r56c's round on held-out sets 72, 127, 194, 51, 129 and 85: an interview answer that
 * presents one model after "네," (no list's comma) … Every row is a short text written for these tests; none comes
 * from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, pageFacts, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // an answer opening on "네," / "맞습니다," then the model and the copula presents that model: the next subject-less
  // sentence (its teacher, its base) is about it — the comma is the answer's, not a list's
  {
    cat: 'focus.answer-comma-presents-model',
    text: "누리소프트가 올봄 누리-Chat 4를 내놨다.\n\nQ. 작은 모델도 준비했나요?\n\n한도윤 연구원 네, '누리-Chat 4 라이트(Nuri-Chat 4 Lite)'입니다.\n\n누리-Chat 4를 교사 모델로 삼아 지식을 증류한 20억 파라미터 모델입니다.",
    expect: ['BASED_ON 누리-Chat 4 라이트 -> 누리-Chat 4'],
  },
  {
    cat: 'focus.answer-comma-presents-model',
    text: "누리소프트가 올봄 누리-Chat 4를 내놨다.\n\n맞습니다, '누리-Chat 4 라이트(Nuri-Chat 4 Lite)'예요.\n\n누리-Chat 4를 교사 모델로 삼아 증류했습니다.",
    expect: ['BASED_ON 누리-Chat 4 라이트 -> 누리-Chat 4'],
  },
  // a real list before the copula still presents no one model
  {
    cat: 'focus.answer-comma-presents-model',
    text: "누리소프트가 올봄 누리-Chat 4를 내놨다.\n\n비교 대상은 솔라 프로 2, 엑사원 4.0이었다.\n\n누리-Chat 4를 교사 모델로 삼아 증류했습니다.",
    absent: ['BASED_ON 엑사원 4.0 -> 누리-Chat 4'],
  },
  // a unit's name between a person's name and the rank ("NAME 데이터파트 책임", "NAME 검색팀 매니저") still titles the person
  { cat: 'person.unit-between-name-and-rank', text: '새봄AI 표재원 평가팀 매니저는 "사내 평가셋을 새로 짰다"고 말했다.', expect: ['WORKS_FOR 표재원 -> 새봄AI'] },
  // (a bare 책임 after a unit with no name before it is responsibility, no one's rank)
  { cat: 'person.unit-between-name-and-rank', text: '새봄AI는 사고가 나면 모든 운영팀 책임은 회사가 진다고 밝혔다.', absent: ['WORKS_FOR 모든 -> 새봄AI'] },
  // "X, Y 같은 곳은 신청했다가 떨어졌다": the spoken "places like X and Y" names applicants as a kind noun does ("같은 기업은")
  {
    cat: 'participates.places-like-list',
    text: "해양수산부의 '스마트 항만 AI 실증사업' 심사 결과를 두고 말이 많다.\n\n물결테크, 파도소프트 같은 곳은 지원했다가 탈락했다.",
    expect: ['PARTICIPATES_IN 물결테크 -> 스마트 항만 AI 실증사업', 'PARTICIPATES_IN 파도소프트 -> 스마트 항만 AI 실증사업'],
  },
  {
    cat: 'participates.places-like-list',
    text: "해양수산부의 '스마트 항만 AI 실증사업' 2차 평가가 끝났다.\n\n물결테크와 파도소프트 같은 곳들이 최종 선정됐다.",
    expect: ['PARTICIPATES_IN 물결테크 -> 스마트 항만 AI 실증사업', 'PARTICIPATES_IN 파도소프트 -> 스마트 항만 AI 실증사업'],
  },
  {
    cat: 'participates.places-like-list',
    text: "해양수산부의 '스마트 항만 AI 실증사업' 공모가 시작됐다.\n\n물결테크, 파도소프트 같은 곳은 아직 신청 여부를 정하지 못했다.",
    absent: ['PARTICIPATES_IN 물결테크 -> 스마트 항만 AI 실증사업'],
  },
  // a company's model named as what it submitted ("X도 제출 모델 'Y'", "X가 제출한 'Y'는") in a story about a programme
  // the sentence does not name: the company entered the programme (not a leaderboard's or a contest's submission)
  {
    cat: 'participates.submitted-model',
    text: "과기정통부의 '공공 AI 모델 실증사업' 1차 심사 결과가 나왔다.\n\n물결테크는 제출 모델 '물결-L 12B'가 외부 가중치를 쓰지 않았다고 강조했다.",
    expect: ['PARTICIPATES_IN 물결테크 -> 공공 AI 모델 실증사업'],
  },
  {
    cat: 'participates.submitted-model',
    text: "과기정통부의 '공공 AI 모델 실증사업' 1차 심사 결과가 나왔다.\n\n파도소프트가 당시 제출한 '파도-M 3'는 오픈소스 모델을 바탕으로 했다는 지적을 받았다.",
    expect: ['PARTICIPATES_IN 파도소프트 -> 공공 AI 모델 실증사업'],
  },
  {
    cat: 'participates.submitted-model',
    text: "과기정통부의 '공공 AI 모델 실증사업' 1차 심사 결과가 나왔다.\n\n파도소프트가 사내 해커톤에 제출한 '파도-M 3'는 상을 받았다.",
    absent: ['PARTICIPATES_IN 파도소프트 -> 공공 AI 모델 실증사업'],
  },
  {
    cat: 'participates.submitted-model',
    text: "과기정통부의 '공공 AI 모델 실증사업' 1차 심사 결과가 나왔다.\n\n파도소프트가 제출할 '파도-M 3'는 아직 학습 중이다.",
    absent: ['PARTICIPATES_IN 파도소프트 -> 공공 AI 모델 실증사업'],
  },
  // (a policy word that names no programme, "소버린 AI", is nothing a model is submitted to)
  {
    cat: 'participates.submitted-model',
    text: "정부는 올해도 '소버린 AI'를 앞세웠다.\n\n파도소프트가 제출한 '파도-M 3'는 지난해 모델의 후속이다.",
    absent: ['PARTICIPATES_IN 파도소프트 -> 소버린 AI'],
  },
];

describe('generalisation rows (r56c)', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});

// a team photo's caption naming each member by name, unit and rank ("NAME 검증파트 책임") under the caption that names the company
const teamPhoto = (roster: string): string => `<html><head><title>팀 탐방</title></head><body><article><h1>번역 모델을 만든 사람들</h1>
<figure><img src="t.jpg"><figcaption>바른소프트 번역모델팀.</figcaption><figcaption>${roster}</figcaption></figure>
<p>바른소프트가 올여름 공개한 번역 모델 바른-T 2는 사내 팀이 만들었다.</p><p>팀은 올해 열두 명으로 늘었다.</p></article></body></html>`;

describe('a caption roster with a unit between name and rank (r56c)', () => {
  it('reads each member, the one with a unit before a bare rank too', () => {
    const facts = pageFacts(teamPhoto('왼쪽부터 도하람 검증파트 책임, 서은결 팀장, 표재원 평가팀 매니저.'), 'team.html');
    expect(facts).toEqual(expect.arrayContaining(['WORKS_FOR 도하람 -> 바른소프트', 'WORKS_FOR 서은결 -> 바른소프트', 'WORKS_FOR 표재원 -> 바른소프트']));
  });
});
