import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/graph/index.js';
import { checkGoldGraph, goldGraphSchema } from '../../src/eval/gold.js';
import { composeArticle, createCorpus, danglingKeys, deepModels, LAYOUTS, renderArticle } from '../../src/bench/corpus/index.js';
import { hasBatchim, josa } from '../../src/bench/corpus/korean.js';
import { Prng } from '../../src/bench/corpus/prng.js';

const digestOf = (seed: number, n: number): string => {
  const h = createHash('sha256');
  for (const f of createCorpus({ articles: n, seed }).files()) h.update(f.file).update(f.text).update(JSON.stringify(f.gold));
  return h.digest('hex');
};

const unescape = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('Prng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = new Prng(7);
    const b = new Prng(7);
    const c = new Prng(8);
    const sa = Array.from({ length: 20 }, () => a.nextUint32());
    expect(Array.from({ length: 20 }, () => b.nextUint32())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.nextUint32())).not.toEqual(sa);
  });
  it('keeps int() within bounds and reaches both ends', () => {
    const r = new Prng('bounds');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(r.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});

describe('Korean particles', () => {
  it.each([
    ['KT', '는', 'KT는'],
    ['엑사원', '가', '엑사원이'],
    ['파라곤랩스(Paragon Labs)', '를', '파라곤랩스(Paragon Labs)를'],
    ["'벨록스 2.0'", '은', "'벨록스 2.0'은"],
    ['Velox 2.0', '로', 'Velox 2.0으로'],
    ['Velox 2.1', '로', 'Velox 2.1로'],
    ['A.X 4.0 라이트', '와', 'A.X 4.0 라이트와'],
  ] as const)('%s + %s → %s', (word, particle, expected) => {
    expect(josa(word, particle)).toBe(expected);
  });
  it('reads a final consonant from Hangul, digits and spelled letters', () => {
    expect(hasBatchim('랩스')).toBe(false);
    expect(hasBatchim('솔론')).toBe(true);
    expect(hasBatchim('3')).toBe(true);
    expect(hasBatchim('2')).toBe(false);
  });
});

describe('corpus generator', () => {
  it('is deterministic: same seed, same bytes; another seed, other bytes', () => {
    expect(digestOf(42, 150)).toBe(digestOf(42, 150));
    expect(digestOf(43, 150)).not.toBe(digestOf(42, 150));
  });

  it('writes every layout, and the same article gives the same gold in each', () => {
    const corpus = createCorpus({ articles: 400, seed: 42 });
    const layouts = new Set([...corpus.files()].map((f) => f.layout));
    expect([...layouts].sort()).toEqual([...LAYOUTS].sort());
    for (let i = 0; i < 20; i++) {
      const golds = LAYOUTS.map((l) => {
        const g = composeArticle(corpus.world, 42, i, l).gold;
        return JSON.stringify({ ...g, article: g.article.replace(/\.(html|txt)$/, '') });
      });
      expect(new Set(golds).size).toBe(1);
    }
  });

  it('golds pass the gold schema and checks, reference only their own entities, and each entity is named in its article', () => {
    const problems: string[] = [];
    for (const f of createCorpus({ articles: 600, seed: 5 }).files()) {
      const parsed = goldGraphSchema.safeParse(f.gold);
      if (!parsed.success) problems.push(`${f.file}: schema: ${parsed.error.issues[0]?.message}`);
      for (const p of checkGoldGraph(f.gold)) problems.push(`${f.file}: ${p}`);
      const dangling = danglingKeys(f.gold);
      if (dangling.length > 0) problems.push(`${f.file}: dangling ${dangling.join(', ')}`);
      const text = normalizeName(unescape(f.text));
      for (const [key, e] of Object.entries(f.gold.entities)) {
        if (!e.names.some((n) => text.includes(normalizeName(n)))) problems.push(`${f.file}: ${key} (${e.names[0]}) not in text`);
      }
      for (const edge of f.gold.edges) {
        if (edge.type === 'SCORED' && typeof edge.score !== 'number') problems.push(`${f.file}: SCORED without score`);
      }
      expect(f.gold.article).toBe(f.file);
    }
    expect(problems).toEqual([]);
  });

  it('introduces every company with its country in the text', () => {
    const countryWords: Record<string, string[]> = {
      KR: ['국내', '한국'], US: ['미국'], CN: ['중국'], FR: ['프랑스'], JP: ['일본'], GB: ['영국'],
      CA: ['캐나다'], DE: ['독일'], IL: ['이스라엘'], AE: ['아랍에미리트'],
    };
    const missing: string[] = [];
    for (const f of createCorpus({ articles: 300, seed: 9, layout: 'text' }).files()) {
      for (const [key, e] of Object.entries(f.gold.entities)) {
        if (e.type !== 'Company') continue;
        const words = countryWords[e.country ?? ''] ?? [];
        const introduced = words.some((w) => new RegExp(`${w}[^.]{0,20}${e.names[0]}`).test(f.text));
        if (!introduced) missing.push(`${f.file}: ${key} ${e.names[0]} (${e.country})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps the invented names unique, and builds BASED_ON chains five deep that cross borders', () => {
    const corpus = createCorpus({ articles: 1000, seed: 42 });
    const { world } = corpus;
    const names = [
      ...world.companies.flatMap((c) => [c.ko, c.en]),
      ...world.models.flatMap((m) => [m.ko, m.en]),
      ...world.benchmarks.map((b) => b.name),
      ...world.people.map((p) => p.name),
      ...world.policies.map((p) => p.name),
    ].map(normalizeName);
    expect(new Set(names).size).toBe(names.length);
    const deepest = deepModels(world, 5);
    expect(deepest.length).toBeGreaterThan(0);
    expect(deepModels(world, 6)).toEqual([]);
    const crossing = world.models.filter((m) => {
      if (!m.basedOn) return false;
      const base = world.models.find((x) => x.key === m.basedOn);
      const dev = (k: string) => world.companies.find((c) => c.key === k)?.country;
      return base !== undefined && dev(base.developer) !== dev(m.developer);
    });
    expect(crossing.length).toBeGreaterThan(world.models.length / 5);
  });

  it('renders pages that hold the title, the date and every paragraph', () => {
    const corpus = createCorpus({ articles: 1, seed: 1 });
    for (const layout of LAYOUTS) {
      const { content } = composeArticle(corpus.world, 1, 0, layout);
      const { text } = renderArticle(content);
      const plain = unescape(text);
      expect(plain).toContain(content.title);
      for (const p of content.paragraphs) expect(plain).toContain(p.join(' '));
      if (layout === 'naver') expect(text).toContain('id="dic_area"');
      if (layout === 'generic') expect(text).toContain(`article:published_time" content="${content.date}`);
      if (layout === 'text') expect(text.split('\n')[0]).toBe(content.title);
    }
  });
});

const parseIndex = path.resolve(import.meta.dirname, '../../src/parse/index.ts');
describe.skipIf(!existsSync(parseIndex))('generated layouts parse', () => {
  it('parse finds the title, the date and the body in every layout', async () => {
    const { parseArticle } = (await import(parseIndex)) as {
      parseArticle: (bytes: Buffer, o: { source: string }) => { meta: { title: string; publishedAt?: string; layout: string }; text: string };
    };
    const corpus = createCorpus({ articles: 1, seed: 3 });
    for (let i = 0; i < 8; i++) {
      for (const layout of LAYOUTS) {
        const { content, gold } = composeArticle(corpus.world, 3, i, layout);
        const { ext, text } = renderArticle(content);
        const parsed = parseArticle(Buffer.from(text), { source: `${content.name}.${ext}` });
        expect(parsed.meta.title).toBe(content.title);
        expect(parsed.meta.publishedAt).toBe(gold.publishedAt);
        expect(parsed.meta.layout).toBe(layout);
        for (const p of content.paragraphs) expect(parsed.text).toContain(p.join(' '));
        expect(parsed.text).not.toContain('많이 본 뉴스');
        expect(parsed.text).not.toContain(content.email);
      }
    }
  });
});
