/**
 * More generalisation rows (names, layouts' phrasings): lettered model names with a version and a size,
 * planned releases with a timeframe. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  { cat: 'model.lettered', text: '미르웍스가 미르-K 2 3B와 미르-K 2 9B를 공개했다.', nodes: ['Model:미르-K 2 3B', 'Model:미르-K 2 9B'], expect: ['DEVELOPED 미르웍스 -> 미르-K 2 3B', 'DEVELOPED 미르웍스 -> 미르-K 2 9B'], noNodes: ['Model:미르-K 2'] },
  { cat: 'model.lettered', text: '새 제품군은 누리-X 4 2B, 누리-X 4 12B 두 가지 크기로 구성됐다.', nodes: ['Model:누리-X 4 2B', 'Model:누리-X 4 12B'] },
  { cat: 'model.planned', text: "가람소프트는 내년 상반기 '가람-V 2 비전'을 내놓을 계획이다.", nodes: ['Model:가람-V 2 비전'], expect: ['DEVELOPED 가람소프트 -> 가람-V 2 비전'] },
  { cat: 'model.planned', text: "하늬랩은 다음 달 중순 '하늬 3 미니'를 선보일 예정이다.", nodes: ['Model:하늬 3 미니'] },
  { cat: 'false-node', text: '회사는 G-7 정상회의 3 일정에 맞춰 행사를 열었다.', noNodes: ['Model:G-7'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});
