/**
 * Page handling generalises: every fixture re-rendered in fifteen other page layouts (div paragraphs, <br> text,
 * an old table layout, ads in the body, portal teasers, Naver, Daum, plain text…) scores as the original,
 * no rendering loses its story, and the chrome's headlines of other stories never give a fact.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listEvalCases } from '../../src/eval/index.js';
import { CHROME_HEADLINES, LAYOUTS } from '../../src/eval/layouts.js';
import { scoreLayouts, type LayoutScore } from '../../src/eval/relayout.js';
import { parseArticle } from '../../src/parse/index.js';
import { loadRules } from '../../src/pipeline/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const fixtures = listEvalCases(ROOT).filter((c) => c.set === 'fixtures');

describe('a rendering of an article in another layout', () => {
  const a = parseArticle(fs.readFileSync(path.join(ROOT, 'test/fixtures/articles/same-story.daum.html')), { source: 'same-story.daum.html' });

  it.each(Object.keys(LAYOUTS))('%s keeps the title, the date and every body block', (name) => {
    const { page, ext } = LAYOUTS[name]!(a);
    const b = parseArticle(Buffer.from(page), { source: `x.${ext}` });
    expect(b.meta.title).toBe(a.meta.title);
    expect(b.meta.publishedAt).toBe(a.meta.publishedAt);
    const text = b.blocks.map((x) => x.text).join('\n');
    for (const block of a.blocks.filter((x) => x.kind === 'body')) expect(text).toContain(block.text);
    expect(text).not.toContain('등록번호');
  });

  it('puts other stories\' headlines in the chrome of most layouts', () => {
    const withChrome = Object.values(LAYOUTS).filter((l) => l(a).page.includes(CHROME_HEADLINES[1]!));
    expect(withChrome.length).toBeGreaterThanOrEqual(6);
  });
});

describe('the fixtures in every other layout', () => {
  let scores: LayoutScore[];
  beforeAll(() => {
    scores = scoreLayouts(fixtures, loadRules());
  }, 120_000);

  it('score every layout within 0.01 edge F1 of the original pages, none lost, no fact from the chrome', () => {
    const original = scores.find((s) => s.layout === 'original')!;
    expect(original.summary.articles.length).toBe(fixtures.length);
    const report = scores.map((s) => ({ layout: s.layout, lost: s.lost, chromeFacts: s.chromeFacts, below: s.summary.edges.f1 < original.summary.edges.f1 - 0.01 }));
    expect(report).toEqual(scores.map((s) => ({ layout: s.layout, lost: [], chromeFacts: [], below: false })));
    expect(scores.map((s) => s.layout)).toEqual(['original', ...Object.keys(LAYOUTS)]);
  });
});
