/**
 * Generalisation rows for a spec table's release-day column written in Korean month and day without a year ("9월 15일"): read
 * in the article's year, or the year before when that day is still to come. Every table here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const TABLE = '국산 모델 제원을 표로 정리했다.\n\n모델 | 개발사 | 파라미터 | 공개일\n가온-14B | 가온랩스 | 140억 | 9월 15일\n누리-3 | 누리소프트 | 70억 | 12월 2일';

const rows: FactRow[] = [
  {
    cat: 'table.month-day',
    text: TABLE,
    publishedAt: '2026-11-13',
    expect: ['DEVELOPED 가온랩스 -> 가온-14B'],
    props: ['가온-14B=releasedOn:2026-09-15', '누리-3=releasedOn:2025-12-02'],
  },
];

describe('generalise: table release days in Korean month and day', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
