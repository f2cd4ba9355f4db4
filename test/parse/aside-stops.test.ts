/** A full stop after a spoken aside in parentheses ("…세요(웃음). 그래도 …") ends the sentence. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/parse/index.js';

const texts = (t: string) => splitSentences(t, 0).map((s) => s.text);

describe('sentences: a stop after a parenthesised aside', () => {
  it.each([
    ['다들 주차부터 물어보세요(웃음). 그래도 시가 도와줘서 버팁니다.', ['다들 주차부터 물어보세요(웃음).', '그래도 시가 도와줘서 버팁니다.']],
    ['정말 어려웠다(일동 박수). 이제 시작이다.', ['정말 어려웠다(일동 박수).', '이제 시작이다.']],
    // a change log item: a Hangul noun, a code note in parentheses, the stop (fix200)
    ['- Gaon-Rank 리랭커 추가 (`gaon.rank`). 누리서치와 함께 만든 리랭커.', ['- Gaon-Rank 리랭커 추가 (`gaon.rank`).', '누리서치와 함께 만든 리랭커.']],
    ['배치 API 추가 (#2041). Python 3.9 이상 필요.', ['배치 API 추가 (#2041).', 'Python 3.9 이상 필요.']],
  ])('splits %s', (t, want) => {
    expect(texts(t)).toEqual(want);
  });

  it('keeps a stop after a gloss inside a name or a figure in the sentence', () => {
    expect(texts('X(가칭). Y는 좋다.')).toEqual(['X(가칭). Y는 좋다.']);
    expect(texts('가온 (주). Y는 좋다.')).toEqual(['가온 (주). Y는 좋다.']);
  });
});
