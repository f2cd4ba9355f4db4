/**
 * Generalisation rows for the forms met in the second round on held-out set 119: kinds of institution and in-house
 * departments ("은행 측", "기업 인사팀", "한 법무법인 변호사") that are no companies, and a quoted
 * adnominal verb before a generic word ("'생각하는 AI'") that names no model.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // an institution's kind or an in-house team, said in place of a name, is no company
  {
    cat: 'nonentity.institution-kind',
    text: '하나로저축이 지난달 출시한 상담 모델 \'하나로봇 3\'는 바람랩스와 함께 만들었다. 은행 측은 "상담 품질이 좋아졌다"고 밝혔다. 기업 인사팀의 채용 도우미로도 쓰인다. 한 법무법인 변호사는 "계약을 꼼꼼히 봐야 한다"고 말했다.',
    expect: ['DEVELOPED 하나로저축 -> 하나로봇 3'],
    noNodes: ['Company:은행', 'Company:인사팀', 'Company:법무법인 변호사'],
  },
  // a named law firm stays a company
  {
    cat: 'nonentity.institution-kind',
    text: '법무법인 세림은 리걸테크 기업 판도랩스와 업무협약을 맺었다고 밝혔다.',
    nodes: ['Company:판도랩스'],
  },
  // an adnominal verb before a generic word, quoted, describes a kind of AI and names no model
  {
    cat: 'quoted.described-kind',
    text: "바람랩스가 '말하는 AI'를 내세운 음성 모델 '바람보이스 2'를 공개했다.",
    expect: ['DEVELOPED 바람랩스 -> 바람보이스 2'],
    noNodes: ['Model:말하는 AI'],
  },
  // a quoted name that only ends in a generic word is still a name
  {
    cat: 'quoted.described-kind',
    text: "바람랩스가 음성 모델 '바람 AI'를 공개했다.",
    expect: ['DEVELOPED 바람랩스 -> 바람 AI'],
  },
];

describe('generalisation rows (set 119, second round)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
