/**
 * Generalisation rows: hires of a person who led a unit at another company ("X(대표 A)가 Y의 … 조직에서 …을 이끌었던 B 박사를
 * CTO로 영입했다") and a former chief who moves to another post at the company the story is about, left unnamed
 * ("B 전 CTO는 수석고문으로 자리를 옮겼다"). Each row is a short article written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the hiring company with its head in parentheses, a unit of another company the person led, then the post
  {
    cat: 'works-for.hired-from-other-unit',
    text: '물결AI(대표 오세훈)가 카카오브레인 멀티모달 조직에서 모델 학습을 이끌었던 윤채원 박사를 최고기술책임자(CTO)로 영입했다고 5일 밝혔다.',
    expect: ['WORKS_FOR 윤채원 -> 물결AI'],
    absent: ['WORKS_FOR 윤채원 -> 카카오브레인'],
  },
  {
    cat: 'works-for.hired-from-other-unit',
    text: '물결AI는 카카오브레인 검색팀에서 서비스 개발을 맡았던 윤채원 씨를 신임 CPO로 선임했다.',
    expect: ['WORKS_FOR 윤채원 -> 물결AI'],
  },
  {
    cat: 'works-for.hired-from-other-unit',
    text: '물결AI는 카카오브레인 검색팀에서 서비스 개발을 맡았던 윤채원 씨를 CTO로 영입하지 않았다.',
    absent: ['WORKS_FOR 윤채원 -> 물결AI'],
  },
  // a former chief moves to another post: the company the story is about, when the sentence names none
  {
    cat: 'works-for.moved-to-post-unnamed',
    text: '물결AI는 새 경영진을 꾸렸다고 밝혔다.\n\n회사를 함께 세운 한도겸 전 CTO는 수석고문으로 자리를 옮겨 기술 자문을 맡는다.',
    expect: ['WORKS_FOR 한도겸 -> 물결AI'],
  },
  {
    cat: 'works-for.moved-to-post-unnamed',
    text: '물결AI는 새 경영진을 꾸렸다고 밝혔다.\n\n한도겸 전 CTO는 카카오브레인으로 자리를 옮겼다.',
    expect: ['WORKS_FOR 한도겸 -> 카카오브레인'],
    absent: ['WORKS_FOR 한도겸 -> 물결AI'],
  },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
