/**
 * Generalisation rows (r58d): a title line that ends on a model a speaker tells of presents it to the lines under it; a
 * gazetteer family's bare word beside only a variant of no number (a light "-DASH" edition) is the family's own model;
 * of a group's companies, the one named beside a model of the family develops it where the parent is named only apart.
 * Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "… — 개발 총괄이 직접 설명하는 'Y'.": the chapter's model is what the next line (its omitted subject) is about
  { cat: 'focus.told-title', text: "방송 순서\n\n■ 2부 — 바람랩스가 공개한 '솔개-S'의 학습 과정.\n\n■ 3부 — 개발 총괄이 직접 설명하는 '누리온 5'.\n\n작년에 나온 누리온 4의 후속 모델로, 계약서 요약 기능을 보강했다.", expect: ['SUCCEEDS 누리온 5 -> 누리온 4'], absent: ['SUCCEEDS 솔개-S -> 누리온 4'] },
  { cat: 'focus.told-title', text: "행사 정리\n\n1세션 — 바람랩스가 공개한 '솔개-S'의 평가 결과.\n\n2세션 — 연구팀이 소개한 신작 '누리온 5'.\n\n누리온 4의 후속 모델이다.", expect: ['SUCCEEDS 누리온 5 -> 누리온 4'], absent: ['SUCCEEDS 솔개-S -> 누리온 4'] },
  // a bare family word beside a light variant of no number: the family is a model of its own, not the variant
  { cat: 'families.variant-of-no-number', text: '연구원 소개\n\n서하윤 연구원은 2019년부터 네이버클라우드에서 하이퍼클로바X 데이터 정제를 맡았다.\n\n이후 경량 모델 HCX-DASH 튜닝에도 참여했다.', nodes: ['Model:하이퍼클로바X', 'Model:HCX-DASH'], expect: ['DEVELOPED 네이버클라우드 -> 하이퍼클로바X', 'DEVELOPED 네이버클라우드 -> HCX-DASH'] },
  // (a numbered version still takes the bare word: "바르코" is the article's "바르코 LLM 2.0")
  { cat: 'families.variant-of-no-number', text: '게임 AI 소식\n\n엔씨소프트는 지난달 바르코 LLM 2.0을 공개했다. 바르코는 게임 대사 생성에 주로 쓰인다.', noNodes: ['Model:바르코'] },
  // the group's company named beside a model of the family develops it, where the parent is named only elsewhere
  { cat: 'developed.family-gazetteer', text: '연구원 소개\n\n서하윤 연구원은 네이버클라우드에서 하이퍼클로바X 데이터 정제를 맡았다.\n\n2023년에는 네이버 사내 해커톤에서 상을 받았다.', expect: ['DEVELOPED 네이버클라우드 -> 하이퍼클로바X'], absent: ['DEVELOPED 네이버 -> 하이퍼클로바X'] },
  // (the parent named beside the family keeps it: "네이버는 하이퍼클로바X를 …")
  { cat: 'developed.family-gazetteer', text: '검색 소식\n\n네이버는 하이퍼클로바X를 검색에 붙였다. 서하윤 연구원은 네이버클라우드에서 데이터 정제를 맡고 있다.', expect: ['DEVELOPED 네이버 -> 하이퍼클로바X'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
