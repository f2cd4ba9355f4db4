/**
 * Generalisation rows (r55b): the spoken comitative 'X랑' / 'X이랑' after a company name only a suffix shows
 * ("…데이터랑", "…그룹이랑"), and a known person's name with 님 glued to it ("CTO 서하람님" first, then "서하람님은 …").
 * Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a company known only by its suffix, before the spoken 'and' ('랑', '이랑') of a joint piece of work
  { cat: 'discover.suffix-comitative', text: '모래솔AI는 새 검색 모델을 공개했다. 학습 말뭉치는 파란들데이터랑 공동으로 구축했다고 한다.', nodes: ['Company:파란들데이터'], expect: ['PARTNERS_WITH 모래솔AI -> 파란들데이터'] },
  { cat: 'discover.suffix-comitative', text: '모래솔AI는 새 검색 모델을 공개했다.\n\n청솔보험그룹이랑 보험 상담 모델을 함께 개발하는 중이라 팀이 바쁘다.', nodes: ['Company:청솔보험그룹'], expect: ['PARTNERS_WITH 모래솔AI -> 청솔보험그룹'] },
  { cat: 'discover.suffix-comitative', text: '모래솔AI는 새 검색 모델을 공개했다. 파란들데이터랑은 아직 아무 협약도 맺지 않았다.', absent: ['PARTNERS_WITH 모래솔AI -> 파란들데이터'] },
  // 님 glued to the name of a person the page has already introduced with a post, then a move to another company
  { cat: 'known-names.honorific', text: '모래솔AI 리뷰 게시판.\n\n예전 CTO 서하람님 퇴사 뒤 분위기가 달라졌다. 서하람님은 요즘 바다결소프트 CTO로 가셨다고 한다.', nodes: ['Person:서하람'], expect: ['WORKS_FOR 서하람 -> 바다결소프트'] },
  { cat: 'known-names.honorific', text: '모래솔AI 리뷰 게시판.\n\n전 팀장 서하람님 얘기가 많다. 서하람님은 올봄 바다결소프트로 이직했다.', expect: ['WORKS_FOR 서하람 -> 바다결소프트'] },
  { cat: 'known-names.honorific', text: '모래솔AI 리뷰 게시판.\n\n담당자님은 바다결소프트 CTO로 가셨다.', noNodes: ['Person:담당자'] },
];

describe('generalisation rows (r55b)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
