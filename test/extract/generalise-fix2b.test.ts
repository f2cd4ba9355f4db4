/**
 * Generalisation rows for the forms left over from held-out sets 134–135: a model's version named without its
 * family's prefix and without the size of the one sized name the article gives it; teams listed then counted ("A, B 두
 *정예팀이"), said to be under review in a round of the programme the sentence before named.
 * Every row is written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';
import type { Sentence } from '../../src/parse/types.js';
import { tailShortForms } from '../../src/extract/article-names.js';
import type { Mention } from '../../src/extract/types.js';

/** A model mention of `surface` under `key`, as discovery or the gazetteer gives it. */
function modelMention(surface: string, key: string, via: string): Mention {
  return { type: 'Model', key, surface, aliases: [], start: 0, end: surface.length, via };
}

/** The short forms read from body sentences, each holding the given mentions. */
function shortFormsOf(...names: [string, string, string][][]): Map<string, string> {
  const sentences = names.map((_, i) => ({ text: `문장 ${i}`, block: 'body' }) as unknown as Sentence);
  return tailShortForms(names.map((ms) => ms.map(([s, k, v]) => modelMention(s, k, v))), sentences);
}

const rows: FactRow[] = [
  // an official's words after the programme was named: the teams counted after the list are in its round
  {
    cat: 'participates.teams-under-review',
    text: "정부는 '국가 AI 반도체 실증사업'의 2차 심사 결과를 연말에 발표한다. 이정민 과학기술정보통신부 차관은 \"현재 뤼튼과 솔트룩스 두 정예팀이 2차 심사를 받고 있다\"고 말했다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> 국가 AI 반도체 실증사업', 'PARTICIPATES_IN 솔트룩스 -> 국가 AI 반도체 실증사업'],
  },
  {
    cat: 'participates.teams-under-review',
    text: "'국가 AI 반도체 실증사업'의 2차 심사가 시작됐다. 현재 뤼튼, 솔트룩스, 코난테크놀로지 세 곳이 2차 심사를 받고 있다.",
    expect: ['PARTICIPATES_IN 코난테크놀로지 -> 국가 AI 반도체 실증사업'],
  },
  // a hope is no review under way
  {
    cat: 'participates.teams-under-review',
    text: "정부는 '국가 AI 반도체 실증사업'의 2차 심사 결과를 연말에 발표한다. 업계는 뤼튼과 솔트룩스 두 컨소시엄이 2차 심사를 받을 것으로 전망했다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> 국가 AI 반도체 실증사업'],
  },
];

describe('generalise: fix2b forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
  // "가람X 노을 3 8B" … "노을 3": the version without the family and the size is the one sized model
  it('models.sizeless-tail: the one sized name a version heads', () => {
    const forms = shortFormsOf([['가람X 노을 3 8B', 'model:garam-x-3-noeul-8b', 'gazetteer']], [['노을 3', 'model:노을3', 'discovered']]);
    expect(forms.get('model:노을3')).toBe('model:garam-x-3-noeul-8b');
  });
  // two sizes of that version: the short name says neither
  it('models.sizeless-tail: not where the version comes in two sizes', () => {
    const forms = shortFormsOf([['가람X 노을 3 8B', 'model:garam-x-3-noeul-8b', 'gazetteer'], ['가람X 노을 3 32B', 'model:garam-x-3-noeul-32b', 'gazetteer']], [['노을 3', 'model:노을3', 'discovered']]);
    expect(forms.has('model:노을3')).toBe(false);
  });
  // "가람X 노을 3 8B" … "노을 3.5": another version is no short form
  it('models.sizeless-tail: not another version', () => {
    const forms = shortFormsOf([['가람X 노을 3 8B', 'model:garam-x-3-noeul-8b', 'gazetteer']], [['노을 3.5', 'model:노을3.5', 'discovered']]);
    expect(forms.has('model:노을3.5')).toBe(false);
  });
});
