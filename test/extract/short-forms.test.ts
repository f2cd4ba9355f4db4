/** shortFormsOf: the article's short and long forms of one name end on one key, whichever passes read them. */
import { describe, expect, it } from 'vitest';
import { shortFormsOf } from '../../src/extract/article-input.js';
import { loadRules } from '../../src/pipeline/index.js';
import type { Mention } from '../../src/extract/types.js';
import type { Sentence } from '../../src/parse/types.js';

const rules = loadRules();

function companyAt(surface: string, key: string, start: number): Mention {
  return { type: 'Company', key, surface, aliases: [], start, end: start + surface.length, via: 'discovered' };
}

describe('shortFormsOf', () => {
  it('keeps one direction when a company is named with and without its corporate suffix', () => {
    const text = 'Kestrel Inc. opened a lab. Kestrel said it would hire.';
    const sentences: Sentence[] = [{ index: 0, text, start: 0, end: text.length, block: 'body' }];
    const first = [[companyAt('Kestrel Inc.', 'company:kestrel-inc', 0), companyAt('Kestrel', 'company:kestrel', 27)]];
    const forms = shortFormsOf(first, sentences, rules);
    const ends = new Set(['company:kestrel', 'company:kestrel-inc'].map((k) => forms.get(k) ?? k));
    expect(ends.size).toBe(1);
  });
});
