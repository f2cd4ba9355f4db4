/**
 * Generalisation rows for phrasings met in a held-out set of common news layouts (business dailies,
 * wire copy, broadcast transcripts). Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'consortium.lends-a-hand',
    text: '정부가 \'K-클라우드 도약 사업\' 2차 단계평가를 시작했다. 네이버클라우드 컨소시엄에는 퓨리오사AI와 코난테크놀로지가, 카카오 컨소시엄에는 보안 기업인 마음AI가 힘을 보탰다.',
    expect: [
      'PARTNERS_WITH 퓨리오사AI -> 네이버클라우드', 'PARTNERS_WITH 코난테크놀로지 -> 네이버클라우드', 'PARTNERS_WITH 마음AI -> 카카오',
      'PARTICIPATES_IN 퓨리오사AI -> K-클라우드 도약 사업', 'PARTICIPATES_IN 마음AI -> K-클라우드 도약 사업',
    ],
  },
  {
    cat: 'consortium.lends-a-hand',
    text: '정부가 \'K-클라우드 도약 사업\' 심사를 마쳤다. 카카오 컨소시엄에는 마음AI가 가세했다.',
    expect: ['PARTNERS_WITH 마음AI -> 카카오'],
  },
];

describe('generalisation rows (set-14 layouts and phrasings)', () => {
  it.each(rows.map((r, i) => ({ ...r, i })))('$cat #$i', (row) => checkFactRow(row));
});
