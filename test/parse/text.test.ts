import { describe, expect, it } from 'vitest';
import { normalizeDate, parseArticle, parseText } from '../../src/parse/index.js';
import { expectOffsetsHold, readPage } from './helpers.js';

describe('plain text', () => {
  it('reads title, date line and blank-line paragraphs from a .txt file', () => {
    const a = parseArticle(readPage('plain.txt'), { source: 'pages/plain.txt' });
    expect(a.meta).toMatchObject({ layout: 'text', title: '리벨리온, 차세대 AI 칩 양산 돌입', publishedAt: '2024-06-10' });
    expect(a.blocks.map((b) => b.kind)).toEqual(['title', 'body', 'body', 'body']);
    expect(a.blocks[1]?.text).toBe(
      '리벨리온이 차세대 신경망처리장치(NPU)의 양산을 시작했다고 10일 밝혔다. 생산은 국내 파운드리가 맡는다. 새 칩은 이전 세대보다 전력 효율이 1.8배 높다.',
    );
    expect(a.text).not.toContain('입력');
    expectOffsetsHold(a);
  });

  it.each([
    ['2025-07-14', '2025-07-14'],
    ['2025.07.14', '2025-07-14'],
    ['입력 2025-07-14 10:00', '2025-07-14'],
    ['입력 2025.7.4. 오전 9:00', '2025-07-04'],
  ])('takes the date from a line "%s"', (line, iso) => {
    const a = parseText(`제목 줄\n${line}\n\n본문이다.`, { source: 't.txt' });
    expect(a.meta.publishedAt).toBe(iso);
    expect(a.blocks.map((b) => b.text)).toEqual(['제목 줄', '본문이다.']);
  });

  it('lets the caller give the date, and warns when there is none', () => {
    expect(parseText('제목\n\n본문이다.', { source: 't', publishedAt: '2024.01.02' }).meta.publishedAt).toBe('2024-01-02');
    expect(parseText('제목\n\n본문이다.', { source: 't' }).warnings).toContain('no publication date found');
  });

  it('treats a non-HTML buffer without a .txt name as plain text', () => {
    const a = parseArticle(Buffer.from('AI 소식\n\n첫 문단이다.\n\n둘째 문단이다.'), { source: 'stdin' });
    expect(a.meta.layout).toBe('text');
    expect(a.blocks.filter((b) => b.kind === 'body')).toHaveLength(2);
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2025-07-14T11:33:04+09:00', '2025-07-14'],
    ['2025. 7. 14. 11:33', '2025-07-14'],
    ['2025년 7월 14일', '2025-07-14'],
    ['20250714113304', '2025-07-14'],
    ['2025/07/14', '2025-07-14'],
    ['2025-02-30', undefined],
    ['07-14', undefined],
    ['', undefined],
  ])('%s → %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });
});
