/** buildGraphFromFiles / extractFile: folders, broken files, workers, determinism. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { validateGraph } from '../../src/graph/index.js';
import { buildGraphFromFiles, extractFile } from '../../src/pipeline/index.js';

let dir: string;
const seedDir = path.resolve('seed');
const seedFile = path.join(seedDir, fs.readdirSync(seedDir).find((f) => f.endsWith('.html'))!);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-build-'));
  fs.copyFileSync(seedFile, path.join(dir, 'a-seed.html'));
  fs.writeFileSync(
    path.join(dir, 'b-note.txt'),
    '업스테이지, 솔라 프로2 공개\n2025-07-10\n\n업스테이지가 차세대 언어모델 ‘솔라 프로2’를 출시했다고 10일 밝혔다. SK텔레콤은 업스테이지와 협력하기로 했다.\n',
  );
  fs.writeFileSync(path.join(dir, 'c-broken.html'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 7]));
  fs.writeFileSync(path.join(dir, 'ignored.json'), '{}');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('extractFile', () => {
  it('names the file in the error for a path that does not exist', async () => {
    await expect(extractFile(path.join(dir, 'nope.html'))).rejects.toThrow(InputError);
    await expect(extractFile(path.join(dir, 'nope.html'))).rejects.toThrow(/nope\.html/);
  });

  it('gives a valid graph with one article record', async () => {
    const { graph } = await extractFile(path.join(dir, 'b-note.txt'));
    validateGraph(graph, 'b-note.txt');
    expect(graph.articles).toHaveLength(1);
    expect(graph.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['업스테이지', '솔라 프로2', 'SK텔레콤']));
  });
});

describe('buildGraphFromFiles', () => {
  it('expands folders, builds the rest and names the broken file', async () => {
    const seen: string[] = [];
    const r = await buildGraphFromFiles([dir], { onArticle: (done, total, file, error) => seen.push(`${done}/${total} ${path.basename(file)}${error ? ' !' : ''}`) });
    expect(r.read).toBe(2);
    expect(r.failed.map((f) => path.basename(f.file))).toEqual(['c-broken.html']);
    expect(r.failed[0]!.message).toMatch(/c-broken\.html/);
    expect(seen).toHaveLength(3);
    expect(seen.some((s) => s.includes('c-broken.html !'))).toBe(true);
    validateGraph(r.graph, dir);
    // SK텔레콤 appears in both articles: one node, evidence from each
    const skt = r.graph.nodes.filter((n) => n.id === 'company:skt');
    expect(skt).toHaveLength(1);
    // the two phases are timed apart (the bench and `kg build` print them: a slow resolver shows on its own)
    expect(r.seconds.extraction).toBeGreaterThan(0);
    expect(r.seconds.graph).toBeGreaterThan(0);
  });

  it('reads Markdown exports and .shtml/.xhtml pages found in a folder', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-build-ext-'));
    try {
      fs.writeFileSync(path.join(other, 'post.md'), '---\ntitle: 업스테이지, 솔라 프로2 공개\ndate: 2025-07-10\n---\n\n업스테이지가 차세대 언어모델 **솔라 프로2**를 출시했다고 10일 밝혔다.\n');
      fs.writeFileSync(path.join(other, 'story.shtml'), '<html><head><title>KT, 믿:음 2.0 공개</title></head><body><article><p>KT가 한국형 언어모델 믿:음 2.0을 공개했다.</p></article></body></html>');
      fs.writeFileSync(path.join(other, 'notes.json'), '{}');
      const r = await buildGraphFromFiles([other]);
      expect(r.read).toBe(2);
      expect(r.failed).toEqual([]);
      const facts = r.graph.edges.map((e) => `${e.type} ${e.source} ${e.target}`);
      expect(facts).toEqual(expect.arrayContaining(['DEVELOPED company:upstage model:solar-pro-2', 'DEVELOPED company:kt model:midm-2-0']));
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('reports a path that does not exist and carries on', async () => {
    const r = await buildGraphFromFiles([path.join(dir, 'missing'), path.join(dir, 'b-note.txt')]);
    expect(r.read).toBe(1);
    expect(r.failed[0]!.message).toMatch(/missing/);
  });

  it('gives the same graph whatever the input order and the number of workers', async () => {
    // a snapshot of the fixture articles (other work may be writing that folder)
    const fixtures = path.resolve('test/fixtures/articles');
    const snap = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-snap-'));
    for (const f of fs.existsSync(fixtures) ? fs.readdirSync(fixtures) : []) fs.copyFileSync(path.join(fixtures, f), path.join(snap, f));
    const all = [seedFile, ...fs.readdirSync(snap).map((f) => path.join(snap, f)), path.join(dir, 'b-note.txt')];
    const one = await buildGraphFromFiles(all);
    const reversed = await buildGraphFromFiles([...all].reverse());
    const threaded = await buildGraphFromFiles(all, { workers: 2, workerThreshold: 0 });
    expect(JSON.stringify(reversed.graph)).toBe(JSON.stringify(one.graph));
    expect(JSON.stringify(threaded.graph)).toBe(JSON.stringify(one.graph));
    expect(threaded.read).toBe(one.read);
    fs.rmSync(snap, { recursive: true, force: true });
  }, 120_000);
});
