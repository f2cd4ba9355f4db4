/**
 * Generalisation rows for two companies' representatives signing an agreement at one company's building ("A사 대표와 B사 상무가
 * B사 본사에서 협약을 맺었다"): the host company named as the venue does not break the signing. Every sentence is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'partners.signed-at-venue',
    text: '김하람 가온랩스 대표(오른쪽)와 박도윤 한빛텔레콤 AI사업부장이 지난 3일 서울 한빛텔레콤 사옥에서 공동 개발 협약을 맺고 기념 촬영을 하고 있다.',
    expect: ['PARTNERS_WITH 가온랩스 -> 한빛텔레콤'],
  },
  {
    cat: 'partners.signed-at-venue',
    text: '김하람 가온랩스 대표와 박도윤 한빛텔레콤 상무가 누리소프트 본사에서 업무협약을 체결했다.',
    expect: ['PARTNERS_WITH 가온랩스 -> 한빛텔레콤'],
    absent: ['PARTNERS_WITH 가온랩스 -> 누리소프트', 'PARTNERS_WITH 누리소프트 -> 한빛텔레콤'],
  },
  // a meeting at the building, no agreement, is no partnership
  {
    cat: 'partners.signed-at-venue',
    text: '김하람 가온랩스 대표와 박도윤 한빛텔레콤 상무가 한빛텔레콤 사옥에서 간담회를 열었다.',
    absent: ['PARTNERS_WITH 가온랩스 -> 한빛텔레콤'],
  },
];

describe('generalise: a signing at a company building', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
