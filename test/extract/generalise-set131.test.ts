/**
 * Generalisation rows for the forms first met in held-out set 131: an interviewee's "저희 공동창업자" (the speaker's own
 * company, no company named "저희"), and a predecessor read from the model in focus while the focus rests on a base model
 * another company made. Every row is a short article written for these tests; none comes from a test page.
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
];

describe('generalise: set 131 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
