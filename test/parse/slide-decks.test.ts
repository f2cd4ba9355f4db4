/**
 * Slide decks and paged reports converted to plain text (written for these tests): the converter's page
 * separators, a footer repeated on every page with its number, and a text table's header rule with
 * column joints are no text; the date on the title page is the document's date.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';

const deck = (sep: (n: number) => string, footer: (n: number) => string): string =>
  [
    'devday_2027_한솔랩스.pdf',
    '',
    sep(1),
    '',
    'DevDay 2027',
    '작은 모델로 큰 일 하기',
    '',
    '김하람 | 한솔랩스 연구원',
    '2027. 3. 4 (목) | 부산 벡스코',
    '',
    footer(1),
    '',
    sep(2),
    '',
    '평가 결과',
    '',
    ' 모델          | KMMLU | CLIcK',
    ' --------------+-------+------',
    ' 한솔-S 7B     | 58.1  | 61.0',
    '',
    footer(2),
    '',
    sep(3),
    '',
    '감사합니다',
    '',
    footer(3),
  ].join('\n');

describe('a slide deck as plain text', () => {
  it.each([
    { name: 'Korean slide separators, a footer ending in "n / N"', sep: (n: number) => `========== [슬라이드 ${n}] ==========`, footer: (n: number) => `                     DevDay 2027 | 한솔랩스    ${n} / 3` },
    { name: 'English page separators, a footer opening on the number', sep: (n: number) => `----- Page ${n} -----`, footer: (n: number) => `${n} / 3   DevDay 2027 · 한솔랩스` },
  ])('$name: no separator, footer or header rule is read; the title page gives the date', ({ sep, footer }) => {
    const a = parseArticle(Buffer.from(deck(sep, footer)), { source: 'deck.txt' });
    const texts = a.blocks.map((b) => b.text);
    expect(a.meta.publishedAt).toBe('2027-03-04');
    expect(texts.some((t) => /슬라이드|Page \d|DevDay 2027 [|·] 한솔랩스|-{5}/.test(t))).toBe(false);
    expect(texts).toContain('모델 | KMMLU | CLIcK');
    expect(texts).toContain('한솔-S 7B | 58.1 | 61.0');
  });

  it('a line repeated with the same number is no footer ("1 / 2" in a slide twice stays)', () => {
    const text = ['제목', '', '평가 요약 1 / 2', '', '본문 문장이다.', '', '평가 요약 1 / 2', '', '평가 요약 1 / 2'].join('\n');
    const a = parseArticle(Buffer.from(text), { source: 'x.txt' });
    expect(a.blocks.filter((b) => b.text === '평가 요약 1 / 2')).toHaveLength(3);
  });

  it('a dateline written with bars still gives the date; a text-table row with cells after its date cell does not', () => {
    const dateline = ['제목 줄', '온누리뉴스 | 홍길동 기자 | 2027.05.06 (목) 10:20', '', '본문 문장이다.'].join('\n');
    expect(parseArticle(Buffer.from(dateline), { source: 'a.txt' }).meta.publishedAt).toBe('2027-05-06');
    const table = ['버전 목록', '버전 | 공개일 | 매개변수', '한솔 1 | 2025.02.11 | 7B', '', '본문 문장이다.'].join('\n');
    const a = parseArticle(Buffer.from(table), { source: 'b.txt' });
    expect(a.meta.publishedAt).toBeUndefined();
    expect(a.blocks.map((b) => b.text)).toContain('한솔 1 | 2025.02.11 | 7B');
  });
});
