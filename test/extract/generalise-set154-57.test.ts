/**
 * Generalisation rows for the forms of sets 154 and 57 in invented wording: a counted group of three or four companies
 * ("세 기업이 컨소시엄을 꾸려") as partners each with each.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "세 기업이 컨소시엄을 꾸려 …": the three companies the sentence before named are partners, each with each
  { cat: 'partners.pair-agreed', text: '가온대학교 연구소는 지난 2일 카카오, 업스테이지, 솔바람랩스와 함께 물류 AI 센터를 열었다. 센터는 세 기업이 컨소시엄을 꾸려 공동으로 운영한다.', expect: ['PARTNERS_WITH 업스테이지 -> 카카오', 'PARTNERS_WITH 솔바람랩스 -> 카카오', 'PARTNERS_WITH 솔바람랩스 -> 업스테이지'] },
  { cat: 'partners.pair-agreed', text: '카카오, 업스테이지, 솔바람랩스, 노을소프트가 물류 AI 센터를 열었다. 네 기업은 업무협약을 맺었다.', expect: ['PARTNERS_WITH 노을소프트 -> 카카오', 'PARTNERS_WITH 솔바람랩스 -> 업스테이지'] },
  // the trap: a group that did not form the consortium, or one only weighing it
  { cat: 'partners.pair-agreed', text: '가온대학교 연구소는 지난 2일 카카오, 업스테이지, 솔바람랩스와 함께 물류 AI 센터를 열었다. 센터는 세 기업이 컨소시엄을 꾸릴지 검토 중이다.', absent: ['PARTNERS_WITH 업스테이지 -> 카카오', 'PARTNERS_WITH 솔바람랩스 -> 카카오'] },
  { cat: 'partners.pair-agreed', text: '가온대학교 연구소는 지난 2일 카카오, 업스테이지와 함께 물류 AI 센터를 열었다. 센터는 세 기업이 컨소시엄을 꾸려 운영한다.', absent: ['PARTNERS_WITH 업스테이지 -> 카카오'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
