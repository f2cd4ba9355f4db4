/** A company's own page signed by a corporation in its footer: the Hangul name glossed with the holder's name is that company. */
import { describe, expect, it } from 'vitest';
import { holderGlossedNames } from '../../src/extract/copyright-holder.js';
import type { Sentence } from '../../src/parse/types.js';

const sentencesOf = (texts: string[]): Sentence[] => texts.map((text, i) => ({ text, start: i * 100, end: i * 100 + text.length, block: 'body' }) as unknown as Sentence);

describe('the copyright holder glossed in the body', () => {
  const rows: { name: string; publisher: string | undefined; texts: string[]; names: string[] }[] = [
    { name: 'Hangul name with the holder in parentheses', publisher: 'Bluefin Works Inc.', texts: ['블루핀웍스(Bluefin Works)의 개발자 문서입니다.'], names: ['블루핀웍스'] },
    { name: 'the holder with its Hangul name in parentheses, a Ltd. form', publisher: 'Hansol Vision Co., Ltd.', texts: ['Hansol Vision(한솔비전)이 새 API를 열었다.'], names: ['한솔비전'] },
    { name: 'a masthead without a corporate form names nothing', publisher: 'Seoul Evening Post', texts: ['서울이브닝(Seoul Evening Post) 기자가 썼다.'], names: [] },
    { name: 'no gloss in the body names nothing', publisher: 'Bluefin Works Inc.', texts: ['블루핀웍스가 문서를 고쳤다.'], names: [] },
    { name: 'no publisher names nothing', publisher: undefined, texts: ['블루핀웍스(Bluefin Works)의 문서.'], names: [] },
  ];
  for (const r of rows) it(r.name, () => expect(holderGlossedNames(r.publisher, sentencesOf(r.texts))).toEqual(r.names));
});
