/** Box-drawing tables in plain text (a filing or terminal export), in this test's own words. */
import { describe, expect, it } from 'vitest';
import { foldBoxTables } from '../../src/parse/box-tables.js';
import { parseText } from '../../src/parse/index.js';

const table = [
  '다. 주요 상품 현황',
  '┌──────────┬────────────────┬──────────────────────┐',
  '│ 구분     │ 상품명         │ 내용                 │',
  '├──────────┼────────────────┼──────────────────────┤',
  '│ 범용     │ 하늬-7 (7B)    │ 다국어 대화 모델,    │',
  '│ 모델     │                │ 매개변수 70억개      │',
  '├──────────┼────────────────┼──────────────────────┤',
  '│ 특화     │ 하늬-Med 3B    │ 의료 상담 특화       │',
  '└──────────┴────────────────┴──────────────────────┘',
  '※ 상품명은 변경될 수 있습니다.',
].join('\n');

describe('box-drawing tables become one "a | b | c" row per line', () => {
  const cases: Array<{ name: string; text: string; rows: string[]; absent?: string[] }> = [
    {
      name: "a cell's wrapped lines join the row above (a line with an empty cell continues it)",
      text: table,
      rows: ['구분 | 상품명 | 내용', '범용 모델 | 하늬-7 (7B) | 다국어 대화 모델, 매개변수 70억개', '특화 | 하늬-Med 3B | 의료 상담 특화'],
      absent: ['│', '┌', '─'],
    },
    {
      name: 'rows written without rules between them stay rows of their own when every cell is filled; an empty cell is written "-"',
      text: ['┌──────┬────┬────┐', '│ 팀   │ 박사 │ 석사 │', '├──────┼────┼────┤', '│ 학습팀 │  3 │  7 │', '│ 평가팀 │  1 │  4 │', '│ 합계   │    │ 11 │', '└──────┴────┴────┘'].join('\n'),
      rows: ['학습팀 | 3 | 7', '평가팀 | 1 | 4', '합계 | - | 11'],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const out = foldBoxTables(c.text);
      const lines = out.split('\n');
      for (const r of c.rows) expect(lines).toContain(r);
      for (const a of c.absent ?? []) expect(out).not.toContain(a);
    });

  it('text without a box table comes back unchanged', () => {
    const plain = '회사는 새 모델을 공개했다.\n│ 표시가 한 줄 있을 뿐이다.';
    expect(foldBoxTables(plain)).toBe(plain);
  });

  it('a plain-text page reads each row as a block of its own, the note after the table apart', () => {
    const parsed = parseText(`제목\n\n${table}`, { source: 't.txt', publishedAt: '2026-01-05' });
    const texts = parsed.blocks.map((b) => b.text);
    expect(texts).toContain('범용 모델 | 하늬-7 (7B) | 다국어 대화 모델, 매개변수 70억개');
    expect(texts).toContain('※ 상품명은 변경될 수 있습니다.');
  });
});
