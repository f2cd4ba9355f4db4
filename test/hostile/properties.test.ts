import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_BUDGET_MS, LONG, MS_PER_SENTENCE, budgetFor, describeCrash, propertySeed, runArticle, seedPages, timings } from './support.js';

/**
 * Property tests: random and mutated HTML and text thrown at parse + extract. Each input must be
 * read or refused with a KgError (never anything else), within the per-article budget.
 */
const RUNS = LONG ? 2000 : 60;
/** Test timeout: the long variants run for minutes. */
const TIMEOUT = LONG ? 60 * 60_000 : 60_000;
const pages = seedPages();
const pageTexts = pages.map((p) => ({ name: p.name, text: p.bytes.toString('utf8') }));
const measured: Record<string, number[]> = {};
/** One seed for every property here (replay a failure with KG_PROPERTY_SEED=<seed> and the path fast-check prints). */
const SEED = propertySeed();
/** KG_PROPERTY_PATH: the counterexample path fast-check printed, to replay just that case (with KG_PROPERTY_SEED). */
const REPLAY = process.env.KG_PROPERTY_PATH ? { path: process.env.KG_PROPERTY_PATH } : {};

// Rules are loaded and compiled on first use, once per process: not any one article's cost.
beforeAll(async () => {
  for (const p of pages.slice(0, 3)) await runArticle(p.bytes, p.name.replace(/^.*\//, ''));
});

afterAll(() => {
  const lines = Object.entries(measured).map(([k, v]) => {
    const t = timings(v);
    return `  ${k}: ${t.runs} runs, p50 ${t.p50} ms, p99 ${t.p99} ms, max ${t.max} ms`;
  });
  console.log(`hostile input CPU time per article (seed ${SEED}; budget ${ARTICLE_BUDGET_MS} ms + ${MS_PER_SENTENCE} ms per sentence, or 2 s per MB above 1 MB):\n${lines.join('\n')}`);
});

async function check(label: string, input: Buffer | string, fileName: string): Promise<void> {
  const o = await runArticle(input, fileName);
  (measured[label] ??= []).push(o.ms);
  expect(o.kind, describeCrash(o, label)).not.toBe('crashed');
  const budget = budgetFor(input, o.parsed?.sentences.length);
  expect(o.ms, `${label}: ${o.ms.toFixed(0)} ms of CPU, over the ${budget} ms budget`).toBeLessThan(budget);
}

// ---- generators -------------------------------------------------------------------------

const TAGS = ['div', 'p', 'span', 'article', 'section', 'table', 'tr', 'td', 'script', 'style', 'a', 'br', 'h1', 'h2', 'em', 'strong', 'figure', 'figcaption', 'iframe', 'noscript', 'template', 'svg', 'math', 'title', 'meta', 'head', 'body', 'html'];
const tag = fc.constantFrom(...TAGS);
const junkAttr = fc.tuple(fc.constantFrom('class', 'id', 'style', 'itemprop', 'property', 'content', 'href', 'data-x', 'charset'), fc.string({ maxLength: 40 })).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`);
const token = fc.oneof(
  fc.constantFrom('다.', '했다.', '기반으로', '모델', 'LLM', '파라미터', '億', '70억', '(', ')', "'", '"', '「', '」', '·', '…', '&amp;', '&#0;', '&#xD800;', '&nbsp;', '<!--', '-->', '<![CDATA[', ']]>', '<?xml', '\u0000', '\uFEFF', '\u200B', '\u202E', '\r', '\n\n', 'SK텔레콤', 'A.X 4.0', 'KT', '믿:음 2.0'),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const tagSoup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      tag.chain((t) => junkAttr.map((a) => `<${t}${a}>`)),
      tag.map((t) => `</${t}>`),
      fc.constantFrom('<', '>', '</', '/>', '<!', '<!DOCTYPE html>', '<meta charset="euc-kr">', '<meta charset="utf-16">'),
      token,
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

/** One edit of a page: what real broken, hostile or unlucky pages do. */
type Edit = (s: string) => string;
const at = (s: string, f: number) => Math.floor(f * s.length);
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fraction.map((f): Edit => (s) => s.slice(0, at(s, f))), // truncation
  fc.tuple(fraction, tagSoup).map(([f, soup]): Edit => (s) => s.slice(0, at(s, f)) + soup + s.slice(at(s, f))), // tag soup
  fc.tuple(fraction, fc.integer({ min: 100, max: LONG ? 20_000 : 3_000 }), tag).map(([f, n, t]): Edit => (s) => s.slice(0, at(s, f)) + `<${t}>`.repeat(n) + s.slice(at(s, f))), // deep nesting, unclosed
  fc.tuple(fraction, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 })).map(([f, u]): Edit => (s) => s.slice(0, at(s, f)) + u + s.slice(at(s, f))), // random unicode
  fc.tuple(fraction, fc.integer({ min: 1, max: 50 })).map(([f, n]): Edit => (s) => s.slice(0, at(s, f)) + '\u0000'.repeat(n) + s.slice(at(s, f))), // NULs
  fc.tuple(fraction, fc.constantFrom('a', '가', '다.', '<', '&', '(', "'", ' ', '-', '1', '1.', 'A.', '모델 ', '<br>', '<p>', '&#', '\\'), fc.integer({ min: 1000, max: LONG ? 400_000 : 100_000 })).map(
    ([f, t, n]): Edit => (s) => s.slice(0, at(s, f)) + t.repeat(n) + s.slice(at(s, f)), // huge repeated tokens
  ),
  fc.tuple(fraction, fraction).map(([a, b]): Edit => (s) => s.slice(0, at(s, Math.min(a, b))) + s.slice(at(s, Math.max(a, b)))), // a cut
  fc.tuple(fraction, fraction).map(([a, b]): Edit => (s) => s + s.slice(at(s, Math.min(a, b)), at(s, Math.max(a, b)))), // duplicated slice
  fc.constant<Edit>((s) => s.replace(/<\/(div|p|article|section)>/g, '')), // every block left open
  fc.constant<Edit>((s) => s.replace(/[<>]/g, (c) => (c === '<' ? '>' : '<'))), // inverted brackets
);
const page = fc.constantFrom(...pageTexts);

// ---- properties ---------------------------------------------------------------------------

describe('hostile input: parse + extract never crash and stay within budget', () => {
  it(`random tag soup as HTML (${RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(tagSoup, async (html) => check('random tag soup', html, 'random.html')), { numRuns: RUNS, seed: SEED, ...REPLAY });
  }, TIMEOUT);

  it(`random unicode and binary text as plain text (${RUNS} runs)`, async () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 }), fc.array(token, { maxLength: 300 }).map((t) => t.join(' ')));
    await fc.assert(fc.asyncProperty(text, async (t) => check('random text', t, 'random.txt')), { numRuns: RUNS, seed: SEED, ...REPLAY });
  }, TIMEOUT);

  it(`random bytes (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('bytes.html', 'bytes.txt'), async (b, name) => check('random bytes', Buffer.from(b), name)),
      { numRuns: RUNS, seed: SEED, ...REPLAY },
    );
  }, TIMEOUT);

  it(`mutated seed and fixture pages (${RUNS * 2} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(page, fc.array(edit, { minLength: 1, maxLength: 4 }), async (p, edits) => {
        const mutated = edits.reduce((s, e) => e(s), p.text);
        await check('mutated pages', mutated, p.name.replace(/^.*\//, ''));
      }),
      { numRuns: RUNS * 2, seed: SEED, ...REPLAY },
    );
  }, TIMEOUT);

  it(`mutated pages as bytes in another encoding (${RUNS} runs)`, async () => {
    const iconv = (await import('iconv-lite')).default;
    await fc.assert(
      fc.asyncProperty(page, edit, fc.constantFrom('cp949', 'utf16le', 'utf16be', 'latin1', 'win1252'), async (p, e, enc) => {
        const bytes = iconv.encode(e(p.text), enc);
        await check('re-encoded pages', bytes, p.name.replace(/^.*\//, ''));
      }),
      { numRuns: RUNS, seed: SEED, ...REPLAY },
    );
  }, TIMEOUT);
});
