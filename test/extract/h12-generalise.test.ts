/**
 * Generalisation rows for layouts and phrasings met in a blind set: programme names that start with a
 * known programme, consortium wording, co-development, derivation cues. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a quoted programme name that starts with a known programme's name is a programme of its own
  { cat: 'policy.longer-quoted', text: '과기정통부는 「소버린 AI 지역 확산 사업」의 2027년 수행 컨소시엄으로 가온소프트, 다래테크를 최종 선정했다고 밝혔다.', nodes: ['Policy:소버린 AI 지역 확산 사업'], noNodes: ['Policy:소버린 AI', 'Company:수행'], expect: ['PARTICIPATES_IN 가온소프트 -> 소버린 AI 지역 확산 사업', 'PARTICIPATES_IN 다래테크 -> 소버린 AI 지역 확산 사업'] },
  { cat: 'policy.longer-quoted', text: "가온소프트와 다래테크는 'K-AI 아시아 공동연구 지원사업' 과제로도 함께 선정됐다.", nodes: ['Policy:K-AI 아시아 공동연구 지원사업'], noNodes: ['Policy:K-AI'], expect: ['PARTICIPATES_IN 가온소프트 -> K-AI 아시아 공동연구 지원사업'] },
  { cat: 'policy.longer-quoted', text: "정부는 '소버린 AI 인재 양성 프로그램' 공모를 시작했다.", nodes: ['Policy:소버린 AI 인재 양성 프로그램'], noNodes: ['Policy:소버린 AI'] },
];

describe('h12 generalisation rows', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 70)}`, () => checkFactRow(row));
});
