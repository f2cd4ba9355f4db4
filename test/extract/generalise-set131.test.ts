/**
 * Generalisation rows for the forms first met in held-out set 131: an interviewee's "저희 공동창업자" (the speaker's own
 * company, no company named "저희"), a predecessor read from the model in focus while the focus rests on a base model
 * another company made, scores spelt out in words ("칠십칠 점"), and a company's unit after a company word ("대기업
 * 연구조직"), which is no company. Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "저희 공동창업자인 NAME CTO": the speaker's own company, never a company called "저희" or "우리"
  {
    cat: 'discover.founder-own-company',
    text: '하늘결 AI는 지난달 문서 요약 모델을 내놨다. 한도윤 하늘결 AI 대표는 "저희 공동창업자인 윤서진 CTO가 모델 설계를 맡았다"고 말했다.',
    noNodes: ['Company:저희'],
    absent: ['WORKS_FOR 윤서진 -> 저희'],
  },
  {
    cat: 'discover.founder-own-company',
    text: '한도윤 대표는 "우리 공동창업자 윤서진 CTO와 함께 처음부터 모델을 짰다"고 말했다.',
    noNodes: ['Company:우리'],
  },
  // a company named before a founder's title still is one
  {
    cat: 'discover.founder-own-company',
    text: '솔비랩 공동창업자인 윤서진 CTO는 "모델을 처음부터 다시 짰다"고 말했다.',
    nodes: ['Company:솔비랩'],
  },
  // "전작 Y" while the focus rests on a base another company made: the successor is not the base's
  {
    cat: 'succeeds.cross-maker-focus',
    text: "가람지능이 지난 5일 '가람-3'를 공개했다. 지난해 선보인 가람-2의 후속이다. 회사는 \"엑사원 4.0을 뼈대로 삼았다\"고 했다. 엑사원 4.0은 LG AI연구원이 올해 공개한 모델이다. 회사는 \"전작 가람-2는 같은 시험에서 60점을 넘지 못했다\"고 했다.",
    expect: ['SUCCEEDS 가람-3 -> 가람-2'],
    absent: ['SUCCEEDS 엑사원 4.0 -> 가람-2'],
  },
  // the same maker's earlier model in focus still gives the successor
  {
    cat: 'succeeds.cross-maker-focus',
    text: "가람지능이 지난 5일 '가람-3'를 공개했다. 회사는 \"전작 가람-2보다 두 배 빠르다\"고 했다.",
    expect: ['SUCCEEDS 가람-3 -> 가람-2'],
  },
  // "각각 N점, 칠십칠 점으로": a score spelt out in a written list reads as the digits it spells, each to its model
  {
    cat: 'parse.spelt-score',
    text: "평가판 '가온 리더보드'의 결과가 나왔다. 누리랩의 누리-7과 한빛AI의 빛-3도 각각 69.4점, 육십팔 점으로 5위와 6위에 올랐다.",
    expect: ['SCORED 누리-7 -> 가온 리더보드', 'SCORED 빛-3 -> 가온 리더보드'],
    edgeProps: ['SCORED 누리-7 -> 가온 리더보드 score=69.4', 'SCORED 빛-3 -> 가온 리더보드 score=68'],
  },
  {
    cat: 'parse.spelt-score',
    text: "평가판 '가온 리더보드'의 결과가 나왔다. 한빛AI의 빛-3가 종합 칠십이 점 오(72.5점)로 1위를 지켰다.",
    edgeProps: ['SCORED 빛-3 -> 가온 리더보드 score=72.5'],
  },
  // a spelt number before a word that begins with 점 is no score
  {
    cat: 'parse.spelt-score',
    text: "평가판 '가온 리더보드'의 결과가 나왔다. 한빛AI의 빛-3는 오백 점포에 깔렸다.",
    absent: ['SCORED 빛-3 -> 가온 리더보드'],
  },
  // "대기업 연구조직의 수장이": a company's unit after a company word is no company
  {
    cat: 'discover.company-word-unit',
    text: '연말 인사가 시작됐다. 대기업 개발조직의 수장이 바뀌었고, 통신사 전략본부도 새 얼굴을 맞았다.',
    noNodes: ['Company:개발조직', 'Company:전략본부'],
  },
  // a name after a company word still is one
  {
    cat: 'discover.company-word-unit',
    text: '연말 인사가 시작됐다. 스타트업 솔비랩스의 윤서진 대표는 "조직을 키운다"고 말했다.',
    nodes: ['Company:솔비랩스'],
  },
];

describe('generalise: set 131 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
