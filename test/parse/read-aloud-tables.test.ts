/** Tables written out for a screen reader ("[표 시작] … 열 제목: A / B … 1행: a / b … [표 끝]"), in this test's own words. */
import { describe, expect, it } from 'vitest';
import { unfoldReadAloudTables } from '../../src/parse/read-aloud-tables.js';
import { parseText } from '../../src/parse/index.js';

describe('read-aloud tables become one "a | b | c" row per line', () => {
  const cases: Array<{ name: string; text: string; rows: string[]; lines?: string[]; absent?: string[] }> = [
    {
      name: 'titles line and numbered rows, markers dropped, caption and source kept as lines',
      text: ['[표 시작] 표 2. 번역 평가 (단위: 점). 3개 열, 2개 행.', '열 제목: 모델 / 개발사 / 번역 점수', '1행: 누리-3 / 누리랩 / 81.5', '2행: 다온 미니 / 다온소프트 / 77.0', '[표 끝] 자료: 누리랩'].join('\n'),
      rows: ['모델 | 개발사 | 번역 점수', '누리-3 | 누리랩 | 81.5', '다온 미니 | 다온소프트 | 77.0'],
      lines: ['표 2. 번역 평가 (단위: 점). 3개 열, 2개 행.', '자료: 누리랩'],
      absent: ['[표', '1행:', '열 제목'],
    },
    {
      name: '"행 N:" rows, bars between cells, "<표 시작>" markers',
      text: ['<표 시작>', '열 이름: 순번 | 기업 | 인원', '행 1: 1 | 가람전자 | 40', '행 2: 2 | 바다시스템 | 12', '<표 끝>'].join('\n'),
      rows: ['순번 | 기업 | 인원', '1 | 가람전자 | 40', '2 | 바다시스템 | 12'],
    },
    {
      name: 'a numbered line with another count of cells than the titles stays as written',
      text: ['[표 시작]', '열 제목: 모델 / 점수', '1행: 누리-3 / 81.5', '2행: 주: 점수는 / 3회 평균 / 소수점 반올림', '[표 끝]'].join('\n'),
      rows: ['모델 | 점수', '누리-3 | 81.5'],
      lines: ['2행: 주: 점수는 / 3회 평균 / 소수점 반올림'],
    },
  ];
  it.each(cases)('$name', ({ text, rows, lines, absent }) => {
    const out = unfoldReadAloudTables(text).split('\n');
    for (const r of rows) expect(out).toContain(r);
    for (const l of lines ?? []) expect(out).toContain(l);
    for (const a of absent ?? []) expect(out.some((l) => l.includes(a) && !l.startsWith('표 '))).toBe(false);
  });

  it('leaves text without a table marker as it is (a "1행:" line in prose, a slash list)', () => {
    const text = ['시 1행: 바람 / 구름 / 달', '열 제목: 가 / 나', '누리랩은 새 모델을 공개했다.'].join('\n');
    expect(unfoldReadAloudTables(text)).toBe(text);
  });

  it('the plain-text reader keeps every row a block of its own', () => {
    const text = ['가온랩, 번역 평가 결과 공개', '', '결과는 아래와 같다.', '[표 시작] 표 1. 결과.', '열 제목: 모델 / 번역 점수', '1행: 누리-3 / 81.5', '2행: 다온 미니 / 77.0', '[표 끝]', '', '가온랩은 내년에 평가를 다시 한다.'].join('\n');
    const blocks = parseText(text, { source: 'a.txt' }).blocks.map((b) => b.text);
    expect(blocks).toContain('누리-3 | 81.5');
    expect(blocks).toContain('다온 미니 | 77.0');
    expect(blocks.some((b) => b.includes('1행'))).toBe(false);
  });
});
