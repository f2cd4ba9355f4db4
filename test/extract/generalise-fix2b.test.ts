/**
 * Generalisation rows for the forms left over from held-out sets 134–135: a model's version named without its
 * family's prefix and without the size of the one sized name the article gives it.
 * Every row is written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
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

describe('generalise: fix2b forms', () => {
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
