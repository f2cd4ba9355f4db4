import { describe, expect, it } from 'vitest';
import { occurrencesOf, wordStartsOf } from '../../src/parse/text.js';

describe('occurrencesOf', () => {
  it.each([
    ['아라 2와 아라 3', '아라', [0, 6]],
    ['aaa', 'aa', [0, 1]], // overlapping ones included
    ['없음', '아라', []],
    ['아무 글', '', []], // an empty word occurs nowhere (no endless loop)
  ])('%s / %s', (text, word, starts) => {
    expect(occurrencesOf(text, word)).toEqual(starts);
  });
});

describe('wordStartsOf', () => {
  it.each([
    ['노바와 슈퍼노바, 노바-2', '노바', [0, 10]], // '슈퍼노바' holds it glued to Hangul
    ['Nova, SuperNova, 2Nova (Nova)', 'Nova', [0, 24]], // glued to a Latin letter or a digit
    ['「노바」 노바', '노바', [1, 5]], // punctuation and spaces before are word starts
  ])('%s / %s', (text, word, starts) => {
    expect(wordStartsOf(text, word)).toEqual(starts);
  });
});
