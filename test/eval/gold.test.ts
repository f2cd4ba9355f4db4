/** The evaluation set itself: every fixture has a well-formed gold graph that fits its article. */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { caseName, checkGoldGraph, listEvalCases, normalizeForScore, readGoldFile, type GoldGraph } from '../../src/eval/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTICLES = path.join(ROOT, 'test/fixtures/articles');
const GOLD = path.join(ROOT, 'test/fixtures/gold');
const articleFiles = fs.readdirSync(ARTICLES).sort();
const goldFiles = fs.readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort();

/** The page's text with tags dropped, decoded by its declared charset, in the scorer's normal form. */
function pageText(file: string): { raw: string; norm: string } {
  const bytes = fs.readFileSync(file);
  const head = bytes.subarray(0, 2048).toString('latin1');
  const raw = /charset="?euc-kr/i.test(head) ? iconv.decode(bytes, 'cp949') : bytes.toString('utf8');
  const text = raw.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return { raw: text, norm: normalizeForScore(text) };
}

const withoutArticle = (g: GoldGraph): GoldGraph => ({ ...g, article: undefined });

describe('evaluation fixtures', () => {
  it('has at least 16 articles in all four layouts, one of them EUC-KR', () => {
    expect(articleFiles.length).toBeGreaterThanOrEqual(16);
    const layouts = new Set(articleFiles.map((f) => {
      const page = fs.readFileSync(path.join(ARTICLES, f), 'latin1');
      if (f.endsWith('.txt')) return 'text';
      if (page.includes('id="dic_area"')) return 'naver';
      if (page.includes('dmcf-ptype')) return 'daum';
      return 'generic';
    }));
    expect([...layouts].sort()).toEqual(['daum', 'generic', 'naver', 'text']);
    expect(articleFiles.some((f) => /charset="euc-kr"/.test(fs.readFileSync(path.join(ARTICLES, f), 'latin1')))).toBe(true);
  });

  it('pairs every article with exactly one gold graph and no gold graph is left over', () => {
    expect(articleFiles.map(caseName).sort()).toEqual(goldFiles.map((f) => f.replace(/\.json$/, '')).sort());
    const cases = listEvalCases(ROOT);
    expect(cases.filter((c) => c.set === 'fixtures')).toHaveLength(articleFiles.length);
    expect(cases.filter((c) => c.set === 'seed')).toHaveLength(1);
  });

  it.each(goldFiles)('%s is well-formed: schema, references, endpoint types', (f) => {
    const gold = readGoldFile(path.join(GOLD, f));
    expect(checkGoldGraph(gold)).toEqual([]);
    expect(gold.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(gold.article && caseName(gold.article)).toBe(f.replace(/\.json$/, ''));
  });

  it('the seed gold passes the same checks', () => {
    expect(checkGoldGraph(readGoldFile(path.join(ROOT, 'test/spec/seed-expected.json')))).toEqual([]);
  });

  it.each(articleFiles)('%s names every core entity and states every gold score', (f) => {
    const gold = readGoldFile(path.join(GOLD, `${caseName(f)}.json`));
    const { raw, norm } = pageText(path.join(ARTICLES, f));
    const unnamed = Object.entries(gold.entities)
      .filter(([, e]) => !e.anonymousDeveloper && !e.names.some((n) => norm.includes(normalizeForScore(n))))
      .map(([k]) => k);
    expect(unnamed).toEqual([]);
    const unstated = gold.edges.filter((e) => e.score !== undefined && !new RegExp(`(^|[^0-9.])${String(e.score).replace('.', '\\.')}0*($|[^0-9])`).test(raw));
    expect(unstated).toEqual([]);
  });

  it('gives the same story the same gold graph in every layout', () => {
    const same = goldFiles.filter((f) => f.startsWith('same-story'));
    expect(same).toHaveLength(4);
    const graphs = same.map((f) => withoutArticle(readGoldFile(path.join(GOLD, f))));
    for (const g of graphs.slice(1)) expect(g).toEqual(graphs[0]);
  });

  it('gives the Naver blog post the gold graph of its plain-text copy', () => {
    const blog = withoutArticle(readGoldFile(path.join(GOLD, 'saebom-9b-blog.naverblog.json')));
    expect(blog).toEqual(withoutArticle(readGoldFile(path.join(GOLD, 'saebom-9b-blog.json'))));
  });

  it('gives the EUC-KR page the gold graph of its UTF-8 copy', () => {
    const euc = goldFiles.filter((f) => f.includes('.euckr.'));
    expect(euc.length).toBeGreaterThanOrEqual(1);
    for (const f of euc) {
      const utf8 = f.replace('.euckr', '');
      expect(withoutArticle(readGoldFile(path.join(GOLD, f)))).toEqual(withoutArticle(readGoldFile(path.join(GOLD, utf8))));
      const a = pageText(path.join(ARTICLES, f.replace(/\.json$/, '.html'))).raw;
      const b = pageText(path.join(ARTICLES, utf8.replace(/\.json$/, '.html'))).raw;
      expect(a).toBe(b);
    }
  });
});
