/** Pathological input: huge sentences and articles extract without stack overflows or runaway matching. */
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/graph/index.js';
import type { ParsedArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';

function article(sentences: string[]): ParsedArticle {
  let text = '';
  const list = sentences.map((t, index) => {
    const start = text.length;
    text += `${t}\n\n`;
    return { index, text: t, start, end: start + t.length, block: 'body' as const };
  });
  return {
    meta: { id: 'article:000000000000', sha256: '0'.repeat(64), source: 'synthetic', title: 't', layout: 'text', publishedAt: '2025-07-14' },
    text,
    blocks: [],
    sentences: list,
    warnings: [],
  };
}

describe('pathological articles', () => {
  it.each([
    ['a list of 20,000 companies in one sentence', ['KT와 '.repeat(20_000) + '협력했다.']],
    ['10,000 quoted names in one sentence', ["'마루-7B' 모델 ".repeat(10_000)]],
    ['100,000 Hangul syllables without a space', ['가'.repeat(100_000)]],
    ['5,000 parenthesised scores', ['KMMLU에서 A.X 4.0(61.2) '.repeat(5_000)]],
  ])('%s', (_label, sentences) => {
    const g = extractArticle(article(sentences));
    validateGraph(g, 'synthetic');
    expect(g.articles).toHaveLength(1);
  }, 120_000);

  it('lists every supporting sentence of a fact stated 50,000 times', () => {
    const g = extractArticle(article(Array.from({ length: 50_000 }, () => 'SK텔레콤은 A.X 4.0을 공개했다.')));
    const dev = g.edges.find((e) => e.type === 'DEVELOPED' && e.source === 'company:skt' && e.target === 'model:ax-4-0')!;
    expect(dev.evidence).toHaveLength(50_000);
  }, 120_000);
});
