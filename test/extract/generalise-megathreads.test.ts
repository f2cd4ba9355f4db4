/**
 * Generalisation rows for community list posts (a forum megathread of releases): a legend line gives
 * the columns ("형식: [날짜] 만든 곳 | 모델 | …"), then one numbered line per release with a bracketed
 * date, grouped under ■ section headings, some made by individuals. Every sentence here is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const INTRO = '이번 달에 새로 올라온 공개 모델을 정리했습니다. 단순 변환본은 뺐습니다.';
const LEGEND = '형식: [공개일] 만든 곳 | 모델 | 크기 | 베이스';
const post = (...lines: string[]) => [INTRO, LEGEND, ...lines].join('\n\n');

const rows: FactRow[] = [
  // the legend's titles head the numbered lines; the bracketed date is a column of its own
  { cat: 'megathread.legend-columns', text: post('1. [08/05] 가온비전 | 미리내-9B | 9B | Qwen3-8B', '2. [08/12] 하람소프트 | 소라-L 3 | 12B | 자체'), expect: ['DEVELOPED 가온비전 -> 미리내-9B', 'BASED_ON 미리내-9B -> Qwen3-8B', 'DEVELOPED 하람소프트 -> 소라-L 3'], props: ['미리내-9B=parameters:9000000000', '소라-L 3=parameters:12000000000'], publishedAt: '2025-09-01' },
  // a note line between the legend and the first line, and ■ headings between groups of lines
  { cat: 'megathread.headings-between-rows', text: post('베이스 칸이 비어 있으면 직접 학습했다는 뜻입니다.', '■ 국내', '1. [08/05] 가온비전 | 미리내-9B | 9B | Qwen3-8B', '■ 해외', '2. [08/09] 구글 | 젬마 4 2B | 2B | 자체'), expect: ['DEVELOPED 가온비전 -> 미리내-9B', 'DEVELOPED 구글 -> 젬마 4 2B'], publishedAt: '2025-09-01' },
  // a month and day without a year is read in the post's year (the year before for a day still to come)
  { cat: 'megathread.month-day-dates', text: post('1. [08/05] 가온비전 | 미리내-9B | 9B | Qwen3-8B', '2. [12/28] 하람소프트 | 소라-L 3 | 12B | 자체'), props: ['미리내-9B=releasedOn:2025-08-05', '소라-L 3=releasedOn:2024-12-28'], publishedAt: '2025-09-01' },
  // a line made by an individual is still a row: its base counts, no company made it
  { cat: 'megathread.individual-maker', text: post('1. [08/05] 가온비전 | 미리내-9B | 9B | Qwen3-8B', '2. [08/07] 개인 (hf: byeol-kim) | 별빛-챗 1B | 1B | Qwen3-1.7B'), expect: ['BASED_ON 별빛-챗 1B -> Qwen3-1.7B'], noNodes: ['Company:개인'], publishedAt: '2025-09-01' },
  // a merge's base cell names every model merged ("머지: A + B"); a '+' written apart joins two names, it is no variant of the first
  { cat: 'megathread.merge-bases', text: post('1. [08/05] 가온비전 | 미리내-9B | 9B | Qwen3-8B', '2. [08/14] 개인 (hf: dal-lab) | 달무리-머지 8B | 8B | 머지: Qwen3-8B + 라이카-코더 8B'), expect: ['BASED_ON 달무리-머지 8B -> Qwen3-8B', 'BASED_ON 달무리-머지 8B -> 라이카-코더 8B'], noNodes: ['Model:Qwen3-8B +'], publishedAt: '2025-09-01' },
  { cat: 'megathread.merge-bases', text: '다온랩스는 Qwen3-8B + 라이카-코더 8B 조합을 시험했다고 밝혔다.', noNodes: ['Model:Qwen3-8B +'], nodes: ['Model:Qwen3-8B'] },
];

describe('community list posts', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
