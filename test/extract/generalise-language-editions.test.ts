/**
 * Generalisation rows for a model's language edition written after its version ("X 3 Ko"): the edition
 * is a model of its own, not the family. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  { cat: 'edition.language-after-version', text: '미국 AI 기업 루멘랩스는 Halcyon 2 Flash를 바탕으로 한국어 데이터를 추가 학습한 Halcyon 2 Ko를 공개했다. Halcyon 2 Ko는 KMMLU에서 64.3점을 기록했다.', expect: ['BASED_ON Halcyon 2 Ko -> Halcyon 2 Flash', 'SCORED Halcyon 2 Ko -> KMMLU'], nodes: ['Model:Halcyon 2 Ko'] },
];

describe('language editions of a model', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
