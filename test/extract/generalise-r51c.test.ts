/**
 * Generalisation rows (round r51c): a family written with the family word ("X 계열") keeps that phrase as a name, and a
 * programme's head word after a demonstrative ("이 프로젝트") points at the programme of that kind, not at an agenda
 * named since. Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a bare family name with the family word after it: "X 계열" is a name of the family node
  { cat: 'names.family-word', text: '사내 검토에서 젬마 계열은 라이선스 조건이 까다롭다는 결론이 났다. 그래서 다른 모델을 찾기로 했다.', sameNode: ['젬마=젬마 계열'] },
  { cat: 'names.family-word', text: '한빛소프트는 처음에 라마 계열을 썼지만 올해 자체 모델로 갈아탔다.', sameNode: ['라마=라마 계열'] },
  // (an affiliate is no family: "계열사")
  { cat: 'names.family-word', text: '한빛그룹 계열사 한빛소프트는 지난달 새 모델을 내놨다.', noNodes: ['Model:한빛그룹 계열'] },
  // a demonstrative with a programme's head word: the programme of that kind, not the agenda named last
  { cat: 'participates.pointed-head', text: "올해 '초거대 AI 실증 프로젝트'가 닻을 올렸다. 정부는 소버린 AI를 국정 과제로 내세우고 있다. 한빛소프트는 이 프로젝트를 위해 노을랩스, 모래알소프트와 컨소시엄을 꾸렸다.", expect: ['PARTICIPATES_IN 노을랩스 -> 초거대 AI 실증 프로젝트'], absent: ['PARTICIPATES_IN 노을랩스 -> 소버린 AI'] },
  { cat: 'participates.pointed-head', text: "'지역 AI 바우처 사업'의 2차 공모가 열렸다. 시는 소버린 AI 기조에 맞춰 국산 모델을 우대한다. 노을랩스는 해당 사업에 선정됐다.", expect: ['PARTICIPATES_IN 노을랩스 -> 지역 AI 바우처 사업'], absent: ['PARTICIPATES_IN 노을랩스 -> 소버린 AI'] },
];

describe('generalisation rows (r51c)', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
