/**
 * Generalisation rows for partnerships and ties that are not partnerships: every party named on one
 * joint-development contract ("A는 B, C, D와 'M' 공동 개발 계약을 체결") develops M and partners every other
 * party, unless each signs its own ("각각"); two companies said to take different alliance strategies are no
 * pair. Every row is a short article written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'ties.joint-contract-list',
    text: "가온텔레콤은 북해텔레콤, 사막텔레콤, 남양텔레콤과 '콜봇 3' 공동 개발 계약을 체결했다고 밝혔다. 콜봇 3는 상담 특화 언어모델이다.",
    expect: [
      'DEVELOPED 가온텔레콤 -> 콜봇 3', 'DEVELOPED 북해텔레콤 -> 콜봇 3', 'DEVELOPED 사막텔레콤 -> 콜봇 3', 'DEVELOPED 남양텔레콤 -> 콜봇 3',
      'PARTNERS_WITH 북해텔레콤 -> 사막텔레콤', 'PARTNERS_WITH 북해텔레콤 -> 남양텔레콤', 'PARTNERS_WITH 사막텔레콤 -> 남양텔레콤',
    ],
  },
  // each partner signs its own contract with the subject: no tie between the partners
  {
    cat: 'ties.joint-contract-each',
    text: "가온텔레콤은 북해텔레콤, 남양텔레콤과 각각 '콜봇 3' 공동 개발 계약을 체결했다. 콜봇 3는 상담 특화 언어모델이다.",
    absent: ['PARTNERS_WITH 북해텔레콤 -> 남양텔레콤'],
  },
  // a contract only talked about is none
  {
    cat: 'ties.joint-contract-hedged',
    text: "가온텔레콤은 북해텔레콤, 남양텔레콤과 '콜봇 3' 공동 개발 계약을 체결할 가능성이 있다. 콜봇 3는 상담 특화 언어모델이다.",
    absent: ['DEVELOPED 북해텔레콤 -> 콜봇 3', 'PARTNERS_WITH 북해텔레콤 -> 남양텔레콤'],
  },
  // two firms that take different alliance strategies are rivals, not partners
  {
    cat: 'ties.different-alliances',
    text: '한 관계자는 "누리랩스와 다온테크가 전혀 다른 제휴 전략을 택한 셈"이라고 말했다.',
    absent: ['PARTNERS_WITH 누리랩스 -> 다온테크'],
  },
  {
    cat: 'ties.different-alliances-control',
    text: '누리랩스와 다온테크가 제휴를 맺었다.',
    expect: ['PARTNERS_WITH 누리랩스 -> 다온테크'],
  },
  // foreign carriers and makers known by their Korean spellings carry their countries
  {
    cat: 'ties.foreign-carriers',
    text: '후지쓰는 도이치텔레콤, 싱텔과 손잡았다. SB인튜이션즈는 e&와 협력한다. 한국수자원공사와 시냅틱스도 참여했다.',
    props: ['후지쓰=country:JP', '도이치텔레콤=country:DE', '싱텔=country:SG', 'e&=country:AE', 'SB인튜이션즈=country:JP', '한국수자원공사=country:KR'],
  },
];

describe('generalise: partnership ties', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
