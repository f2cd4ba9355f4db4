/** Fixed-width tables in plain text: aligned rows framed by ruled lines are table rows, not paragraph lines. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const note = (table: string[]): string =>
  ['가람증권 리서치', '', '가람증권은 국내 AI 모델 시장을 점검했다. 주요 모델은 아래와 같다.', '', '[표] 주요 모델', ...table, '', '가람증권은 시장이 커질 것으로 본다.'].join('\n');

describe('plain text: fixed-width tables framed by ruled lines', () => {
  it.each([
    {
      name: 'dashes above the header, under it and under the rows',
      table: ['--------------------------------------', ' 개발사        모델          KMMLU', '--------------------------------------', ' 누리소프트    누리-S 9B     61.2', ' 가온랩스      가온-R 12B    58.0', '--------------------------------------'],
      rows: ['개발사 | 모델 | KMMLU', '누리소프트 | 누리-S 9B | 61.2', '가온랩스 | 가온-R 12B | 58.0'],
    },
    {
      name: 'a header and rows under one rule of equals signs',
      table: ['모델            크기      HAERAE', '==================================', '한결-L 7B       7B        70.4', '한결-L 14B      14B       73.9'],
      rows: ['모델 | 크기 | HAERAE', '한결-L 7B | 7B | 70.4', '한결-L 14B | 14B | 73.9'],
    },
    {
      name: 'a header underlined column by column ("----  ------  ----", a report tool\'s layout) and no rule around it',
      table: ['  위   모델             만든 곳       점수', '  --   ---------------  ------------  -----', '   1   바다-M 2         물결소프트    77.5', '   2   누리-S 9B        누리소프트    75.0'],
      rows: ['위 | 모델 | 만든 곳 | 점수', '1 | 바다-M 2 | 물결소프트 | 77.5', '2 | 누리-S 9B | 누리소프트 | 75.0'],
    },
  ])('$name: each row is a block of cells joined by " | "', ({ table, rows }) => {
    const a = parseArticle(Buffer.from(note(table)), { source: 'n.txt' });
    const texts = a.blocks.map((b) => b.text);
    for (const r of rows) expect(texts).toContain(r);
  });

  it('aligned lines with no rule next to them stay text (a contact block)', () => {
    const text = ['가람증권 리서치', '', 'Analyst 한가람  02-000-0000  garam@example.kr', 'RA      이누리  02-000-0001  nuri@example.kr', '', '가람증권은 시장이 커질 것으로 본다.'].join('\n');
    const a = parseArticle(Buffer.from(text), { source: 'n.txt' });
    expect(a.blocks.some((b) => b.text.includes(' | '))).toBe(false);
  });

  it('a run of four aligned rows with figures and no rule (a PDF table as text) is a table', () => {
    const table = ['    System            Size     KoBEST    KLUE', '    Hanbit-2          3.2B     61.0      70.1', '    Hanbit-2-Chat     3.2B     63.4      71.8', '    Garam-9B          9.0B     66.2      74.0'];
    const a = parseArticle(Buffer.from(note(table)), { source: 'n.txt' });
    expect(a.blocks.map((b) => b.text)).toContain('Hanbit-2-Chat | 3.2B | 63.4 | 71.8');
  });

  it('three aligned lines, or rows with no figures, stay text', () => {
    for (const table of [
      ['모델     크기    점수', '바다-M   7B      70.1', '누리-S   9B      71.0'],
      ['이름      소속        직함', '한가람    가람증권    연구원', '이누리    누리소프트    대표', '박바다    물결소프트    이사'],
    ]) {
      const a = parseArticle(Buffer.from(note(table)), { source: 'n.txt' });
      expect(a.blocks.some((b) => b.text.includes(' | '))).toBe(false);
    }
  });
});

describe('plain text: an unruled grid of a label then figures', () => {
  it.each([
    {
      name: 'two rows of figures under a header',
      table: ['  Engine         KoBEST    HAERAE', '  Tamna 5 Pro    66.3      58.9', '  Tamna 5 Lite   52.0      47.5'],
      row: 'Tamna 5 Lite | 52.0 | 47.5',
    },
    {
      name: 'a row with a cell left empty by "n/a" beside a figure',
      table: ['  Engine         KoBEST    HAERAE', '  Tamna 5 Pro    66.3      58.9', '  Tamna 5 Lite   52.0      n/a'],
      row: 'Tamna 5 Lite | 52.0 | n/a',
    },
    {
      name: 'a row with a cell left empty by a dash',
      table: ['  Engine         KoBEST    HAERAE', '  Tamna 5 Pro    —         58.9', '  Tamna 5 Lite   52.0      47.5'],
      row: 'Tamna 5 Pro | — | 58.9',
    },
  ])('$name: each row is a block of cells', ({ table, row }) => {
    const a = parseArticle(Buffer.from(note(table)), { source: 'n.txt' });
    expect(a.blocks.map((b) => b.text)).toContain(row);
  });

  it('rows whose cells are all empty marks are no grid', () => {
    const table = ['  Engine         KoBEST    HAERAE', '  Tamna 5 Pro    n/a       -', '  Tamna 5 Lite   n/a       -'];
    const a = parseArticle(Buffer.from(note(table)), { source: 'n.txt' });
    expect(a.blocks.some((b) => b.text.includes(' | '))).toBe(false);
  });
});
