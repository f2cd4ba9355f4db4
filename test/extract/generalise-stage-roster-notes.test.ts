/**
 * Generalisation rows for a programme's coming stage and who faces it ("X 2차 평가를 앞둔 곳은 A와 B, C다"), its participants
 * besides one named ("이 사업에는 A 외에 B 등이 참여"), a ※ note under a
 * table that states a fact about a model ("※ A는 B의 후속 모델."), and a model a sentence describes as its topic after a short
 * descriptor ("막내 Y는 B의 첫 모델이다. Z 위에 … 학습했다"). Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'participates.stage-ahead',
    text: '과기정통부의 독자 AI 파운데이션 모델 프로젝트 3차 평가를 앞둔 곳은 한빛텔레콤과 가온랩스, 누리소프트다.',
    expect: ['PARTICIPATES_IN 한빛텔레콤 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 가온랩스 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 누리소프트 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'participates.stage-ahead',
    text: '독자 AI 파운데이션 모델 프로젝트 최종 평가를 앞둔 팀은 한빛텔레콤과 가온랩스 두 곳이다.',
    expect: ['PARTICIPATES_IN 한빛텔레콤 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 가온랩스 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // a guess about who will face it is no participation
  {
    cat: 'participates.stage-ahead',
    text: '독자 AI 파운데이션 모델 프로젝트 3차 평가를 앞둔 곳은 한빛텔레콤과 가온랩스일 것으로 보인다.',
    absent: ['PARTICIPATES_IN 한빛텔레콤 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // a programme's other participant besides one named ("이 사업에는 A 외에 B 등이 참여하고 있다")
  {
    cat: 'participates.besides',
    text: "가온랩스는 'AI 특화 파운데이션 모델 프로젝트'의 법률 분야 수행기관으로 선정됐다. 이 프로젝트에는 가온랩스 외에 교육 분야의 누리소프트 등이 참여하고 있다.",
    expect: ['PARTICIPATES_IN 가온랩스 -> AI 특화 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 누리소프트 -> AI 특화 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'participates.besides',
    text: "가온랩스는 'AI 특화 파운데이션 모델 프로젝트'의 법률 분야 수행기관으로 선정됐다. 이 프로젝트에는 가온랩스 외에 누리소프트가 참여할지 관심이 모인다.",
    absent: ['PARTICIPATES_IN 누리소프트 -> AI 특화 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'note.fact',
    text: "표. 주요 모델 제원\n\n모델 | 개발사 | KMMLU\n누리-3 | 한빛텔레콤 | 71.2\n가온-7B | 가온랩스 | 60.4\n\n※ 누리-3은 누리-2의 후속 모델. 점수는 각 사 발표 기준.",
    expect: ['SUCCEEDS 누리-3 -> 누리-2', 'SCORED 누리-3 -> KMMLU'],
  },
  // a legend note stays chrome
  {
    cat: 'note.fact',
    text: "한빛텔레콤은 새 AI 모델 '누리 바람 3'를 공개했다.\n\n※ 관련기사: 가온랩스, '가온-7B' 공개",
    absent: ['DEVELOPED 가온랩스 -> 가온-7B'],
  },
  {
    cat: 'focus.described',
    text: "한빛텔레콤의 누리-3은 외산 모델을 토대로 했다.\n\n막내 가온-7B는 스타트업 가온랩스의 첫 모델이다. 누리-2 위에 상담 데이터를 추가 학습했다.",
    expect: ['BASED_ON 가온-7B -> 누리-2'],
    absent: ['BASED_ON 누리-3 -> 누리-2'],
  },
  // a model a release sentence introduces stays the focus
  {
    cat: 'focus.described',
    text: "가온랩스는 새 모델 '가온-7B'를 공개했다. 한빛텔레콤의 누리-2 위에 상담 데이터를 추가 학습했다.",
    expect: ['BASED_ON 가온-7B -> 누리-2'],
  },
];

describe('generalise: stage rosters, ※ notes, described models', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
