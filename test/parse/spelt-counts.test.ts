/** Counts spelt in Sino-Korean numerals before the counter 개 in written text ("칠십억 개") are read as digits. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { writeSpeltCounts } from '../../src/parse/spoken-numbers.js';

const rows: { text: string; want: string }[] = [
  { text: '파라미터 수는 칠십억 개 수준이다.', want: '파라미터 수는 70억 개 수준이다.' },
  { text: '매개변수 삼백이십억 개의 모델', want: '매개변수 320억 개의 모델' },
  { text: '토큰 일조 개', want: '토큰 일조 개' },
  // no counter after it, or a word that only begins with 개: left as written
  { text: '칠십억 규모 모델', want: '칠십억 규모 모델' },
  { text: '삼백억 개발비가 들었다.', want: '삼백억 개발비가 들었다.' },
  // numeral syllables inside a longer word are no numeral
  { text: '수십억 개의 문서', want: '수십억 개의 문서' },
  // a count written with a digit before 천 ("7천억 개") is digits already, not a spelt 천억 glued to a 7
  { text: '규모는 9천억 개로 커졌다.', want: '규모는 9천억 개로 커졌다.' },
  { text: '매개변수 4천억 개의 모델', want: '매개변수 4천억 개의 모델' },
];

describe('spelt counts', () => {
  for (const { text, want } of rows) it(text, () => expect(writeSpeltCounts(text)).toBe(want));
  it('reach the parsed sentences of a written article', () => {
    const parsed = parseText('제목\n\n노바랩의 새 모델은 파라미터 수가 칠십억 개 수준이다.', { source: 't.txt', publishedAt: '2026-11-24' });
    expect(parsed.sentences.map((s) => s.text).join(' ')).toContain('70억 개 수준');
  });
});
