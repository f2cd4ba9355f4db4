/** Scores spelt in Sino-Korean numerals before the counter 점 ("칠십칠 점", "칠십일 점 사") read as digits in written text. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { writeSpeltScores } from '../../src/parse/spoken-numbers.js';

const rows: { text: string; want: string }[] = [
  { text: '종합 육십사 점으로 3위에 올랐다.', want: '종합 64점으로 3위에 올랐다.' },
  { text: '벤치마크에서 오십구 점 칠, 그러니까 꽤 높았다.', want: '벤치마크에서 59.7점, 그러니까 꽤 높았다.' },
  // the digits restating it in brackets are dropped
  { text: '종합 구십 점 일(90.1점)을 받았다.', want: '종합 90.1점을 받았다.' },
  { text: '평균 사십팔 점대였다.', want: '평균 48점대였다.' },
  // a digit syllable that opens a word is no decimal; a word after 점 is no counter; a bare digit syllable is a word
  { text: '팔십 점 이상이면 합격이다.', want: '80점 이상이면 합격이다.' },
  { text: '오백 점포를 열었다.', want: '오백 점포를 열었다.' },
  { text: '이 점이 중요하다.', want: '이 점이 중요하다.' },
];

describe('spelt scores', () => {
  for (const { text, want } of rows) it(text, () => expect(writeSpeltScores(text)).toBe(want));
  it('reach the parsed sentences of a written article', () => {
    const parsed = parseText('제목\n\n노바랩의 새 모델은 리더보드에서 칠십삼 점을 받았다.', { source: 't.txt', publishedAt: '2026-11-24' });
    expect(parsed.sentences.map((s) => s.text).join(' ')).toContain('73점을 받았다');
  });
});
