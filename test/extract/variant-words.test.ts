/** The one mechanism for variant words: which words they are (lexicon.jsonl) and which model one names alone. */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/extract/rules.js';
import { splitVariant, variantNamesOf } from '../../src/extract/variant-words.js';
import type { Mention } from '../../src/extract/types.js';

const rules = loadRules();
const model = (surface: string, via: Mention['via'] = 'discovered'): Mention => ({ type: 'Model', key: `model:~${surface}`, surface, aliases: [], start: 0, end: surface.length, via });

describe('variant words', () => {
  it.each([
    ['엑사원 4.0 미니', { stem: '엑사원 4.0', word: '미니' }],
    ['Nuri 3 Lite', { stem: 'Nuri 3', word: 'Lite' }],
    ['한빛 3 에어', { stem: '한빛 3', word: '에어' }],
    ['가람 5.0 스탠다드', { stem: '가람 5.0', word: '스탠다드' }],
    ['Garam 5 Standard', { stem: 'Garam 5', word: 'Standard' }],
    ['Garam 5 Ultra', { stem: 'Garam 5', word: 'Ultra' }],
    ['엑사원 4.0', undefined],
    ['미니', undefined],
  ])('%s splits at its final variant word', (name, want) => {
    expect(splitVariant(name, rules)).toEqual(want);
  });

  it('a word names the one model ending in it, and "본 모델" the stem they share', () => {
    const v = variantNamesOf([[model('가람 2'), model('가람 2 미니')], [model('가람 2 나노')]], rules);
    expect(v.byWord.get('미니')?.model.surface).toBe('가람 2 미니');
    expect(v.byWord.get('미니')?.stemNamed).toBe(true);
    expect(v.main?.surface).toBe('가람 2');
  });

  it('two models ending in the word make it ambiguous; two stems leave no main model; references do not count', () => {
    const v = variantNamesOf([[model('가람 2 미니'), model('온새 1 미니'), model('온새 1 나노'), model('다온 3 라이트', 'reference')]], rules);
    expect(v.byWord.has('미니')).toBe(false);
    expect(v.byWord.get('나노')?.stemNamed).toBe(false);
    expect(v.byWord.has('라이트')).toBe(false);
    expect(v.main).toBeUndefined();
  });

  it('alone, a common word ("프로") names its model only where the article names the stem; a distinctive one ("미니") always', () => {
    const v = variantNamesOf([[model('드라사누 3.5 프로'), model('가람 2 미니')]], rules);
    expect(v.byWord.get('프로')?.model.surface).toBe('드라사누 3.5 프로');
    expect(v.alone.has('프로')).toBe(false);
    expect(v.alone.get('미니')?.surface).toBe('가람 2 미니');
    const named = variantNamesOf([[model('드라사누 3.5'), model('드라사누 3.5 프로')]], rules);
    expect(named.alone.get('프로')?.surface).toBe('드라사누 3.5 프로');
  });
});
