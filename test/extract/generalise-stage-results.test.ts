/**
 * Generalisation rows for an evaluation stage's results and an engineering post: a table whose team
 * column names the lead company ("팀(주관사)"), a listed company described by its age ("창업 3년 차
 * 스타트업 X"), a successor named as the object after "A의 후속으로 … 개발한", a Hangul name with a
 * long Latin word and a size ("하람-Writer 9B"), and an option only considered ("…를 교사로 쓰는
 * 방안도 검토했다"). Sentences and tables written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a Hangul name, a hyphen, a Latin word of five letters or more, then a size: one model with that size
  {
    cat: 'model-name.hangul-latin-word-size',
    text: '하람소프트는 한국어 글쓰기 모델 하람-Writer 9B를 공개했다. 하람-Writer 9B는 지난 3월 공개한 하람-Writer 4B의 후속 모델이다.',
    nodes: ['Model:하람-Writer 9B', 'Model:하람-Writer 4B'],
    noNodes: ['Model:하람-Writer'],
    expect: ['SUCCEEDS 하람-Writer 9B -> 하람-Writer 4B', 'DEVELOPED 하람소프트 -> 하람-Writer 9B'],
    props: ['하람-Writer 9B=parameters:9000000000'],
  },
  {
    cat: 'model-name.hangul-latin-word-size',
    text: '누리랩은 코드 생성 모델 누리-Coder 14B를 오픈소스로 공개했다.',
    nodes: ['Model:누리-Coder 14B'],
    noNodes: ['Model:누리-Coder'],
  },
  // a teacher or base only weighed as an option ("…를 교사로 쓰는 방안도 검토했다") is none
  {
    cat: 'based-on.option-considered',
    text: '## 교사 모델에서 증류하기\n\n3단계에서는 사내 교사 모델인 가람-Coder 30B가 만든 풀이 50만 건으로 증류 학습을 했습니다. 가람-Coder 30B는 외부에 공개하지 않은 내부 모델입니다.\n\n처음에는 구글의 젬마 3를 교사로 쓰는 방안도 검토했습니다.',
    absent: ['BASED_ON 가람-Coder 30B -> 젬마 3'],
  },
  { cat: 'based-on.option-considered', text: '가온-2는 메타의 라마 3.1을 기반으로 학습하는 방안도 검토했다.', absent: ['BASED_ON 가온-2 -> 라마 3.1'] },
  { cat: 'based-on.option-considered', text: '가온-2는 메타의 라마 3.1을 기반으로 학습했다.', expect: ['BASED_ON 가온-2 -> 라마 3.1'] },
];

describe('evaluation stages and engineering posts', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
