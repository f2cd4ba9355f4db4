import { describe, expect, it } from 'vitest';
import { closedAt, finalAt, jamoOf } from '../../src/extract/hangul.js';

describe('jamoOf: a Hangul syllable in its parts', () => {
  it.each([
    ['가', { initial: 0, medial: 0, final: 0 }],
    ['힣', { initial: 18, medial: 20, final: 27 }],
    ['트', { initial: 16, medial: 18, final: 0 }],
    ['원', { initial: 11, medial: 14, final: 4 }],
    ['을', { initial: 11, medial: 18, final: 8 }],
  ])('%s', (ch, parts) => expect(jamoOf(ch.charCodeAt(0))).toEqual(parts));

  it.each(['A', '1', 'ㄱ', '中', ' '])('no parts for %j', (ch) => expect(jamoOf(ch.charCodeAt(0))).toBeUndefined());
  it('no parts past the end of a text (NaN)', () => expect(jamoOf('가'.charCodeAt(1))).toBeUndefined());
});

describe('finalAt and closedAt: the final consonant of the syllable at a position', () => {
  it.each([
    ['엑사원', 2, 4, true],
    ['믿음', 1, 16, true],
    ['라마', 1, 0, false],
    ['A.X', 0, undefined, undefined],
    ['가', 1, undefined, undefined],
  ])('%s at %i', (text, at, final, closed) => {
    expect(finalAt(text, at)).toBe(final);
    expect(closedAt(text, at)).toBe(closed);
  });
});
