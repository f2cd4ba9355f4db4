/**
 * Generalisation rows (round r63e): a bare family word said to be a model's base, in a story that names a version of that
 * family only paragraphs later (and of another model), is the family ("X가 메타 라마(Llama)를 바탕으로 했다는 …" then, much
 * later, "'라마 3.2 비전'의 인코더를 가져다 쓴"); a version named before the family word stays its reading, and so does a
 * family word in a clause that names no model it could be the base of. Each row is a short
 * article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // the family word as a base before any version of it is named: the family, not the version named later
  {
    cat: 'families.base-before-version',
    text: "이슬테크는 '노을-7'을 공개했다. 한 관계자는 \"노을-7이 메타 라마(Llama)를 바탕으로 했다는 말이 돈다\"고 했다. 한편 가람소프트가 낸 '가람비전 2'는 메타 '라마 3.2 비전'의 인코더 가중치를 가져다 썼다.",
    expect: ['BASED_ON 노을-7 -> 라마'],
    absent: ['BASED_ON 노을-7 -> 라마 3.2 비전'],
  },
  {
    cat: 'families.base-before-version',
    text: "다온AI는 상담 모델 '다온-S'를 내놨다. 다온-S는 알리바바 큐웬을 기반으로 만들었다. 다른 회사 누리웍스의 '누리뷰'는 알리바바 'Qwen2.5-VL'의 비전 인코더를 썼다.",
    expect: ['BASED_ON 다온-S -> 큐웬'],
    absent: ['BASED_ON 다온-S -> Qwen2.5-VL'],
  },
  // (the version named first: the family word after it is still that version)
  {
    cat: 'families.base-after-version',
    text: "다온AI는 알리바바 'Qwen2.5 7B'를 살펴봤다. 다온AI가 내놓은 '다온-S'는 큐웬을 기반으로 만들었다.",
    expect: ['BASED_ON 다온-S -> Qwen2.5 7B'],
  },
  // (a list of bare family words in a relation with no named model: no base read, the word is folded as before)
  {
    cat: 'families.list-before-version',
    text: "국내 팀들은 라마, 큐웬, 젬마 체크포인트를 병합해 한국어 모델로 바꾸고 있다. 노을랩스의 '노을-9'는 구글 '젬마 3 12B'를 바탕으로 만들었다.",
    expect: ['BASED_ON 노을-9 -> 젬마 3 12B'],
    noNodes: ['Model:젬마'],
  },
];

describe('generalise: round r63e', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
