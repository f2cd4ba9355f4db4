import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphFormatError } from '../../src/errors/index.js';
import { makeEdgeId, validateGraph, type GraphDocument } from '../../src/graph/index.js';
import { createEmbeddedStore } from '../../src/store/index.js';
import { GraphBuilder, seedExpectedGraph, syntheticGraph } from '../support/graphs.js';

function tempFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'kg-embedded-')), 'graph.json');
}

function canonical(g: GraphDocument) {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  return { articles: byId(g.articles), nodes: byId(g.nodes), edges: byId(g.edges) };
}

describe('embedded store persistence', () => {
  it('writes graph JSON on load and reads back the same graph', async () => {
    const file = tempFile();
    const graph = seedExpectedGraph();
    const first = createEmbeddedStore({ file });
    await first.init();
    await first.load(graph);
    await first.close();
    const written = validateGraph(JSON.parse(readFileSync(file, 'utf8')), file);
    expect(canonical(written)).toEqual(canonical(graph));
    expect(readdirSync(path.dirname(file))).toEqual(['graph.json']);

    const second = createEmbeddedStore({ file });
    await second.init();
    expect(canonical(await second.exportGraph())).toEqual(canonical(graph));
    expect(await second.counts()).toEqual({ nodes: graph.nodes.length, relationships: graph.edges.length, articles: 1 });
  });

  it('starts empty when the file does not exist yet, and refuses a file that is not a graph', async () => {
    const missing = createEmbeddedStore({ file: tempFile() });
    await missing.init();
    expect(await missing.counts()).toEqual({ nodes: 0, relationships: 0, articles: 0 });

    const bad = tempFile();
    writeFileSync(bad, JSON.stringify({ version: 1, nodes: 'no' }));
    await expect(createEmbeddedStore({ file: bad }).init()).rejects.toBeInstanceOf(GraphFormatError);
    writeFileSync(bad, '{ not json');
    await expect(createEmbeddedStore({ file: bad }).init()).rejects.toThrow(/is not JSON/);
  });
});

describe('embedded store merging', () => {
  it('is idempotent: loading twice leaves the same counts and evidence', async () => {
    const store = createEmbeddedStore();
    const graph = seedExpectedGraph();
    const a = await store.load(graph);
    const b = await store.load(graph);
    expect(a).toMatchObject({ nodesCreated: graph.nodes.length, relationshipsCreated: graph.edges.length });
    expect(b).toMatchObject({ nodesCreated: 0, nodesUpdated: graph.nodes.length, relationshipsCreated: 0, relationshipsUpdated: graph.edges.length });
    const out = await store.exportGraph();
    expect(out.edges.every((e) => e.evidence.length === 1)).toBe(true);
  });

  it('unions aliases and evidence of the same node and edge read from two articles', async () => {
    const one = new GraphBuilder();
    const skt1 = one.node('Company', 'SK텔레콤', { country: 'KR' }, ['SKT']);
    const ax1 = one.node('Model', 'A.X 4.0');
    one.edge('DEVELOPED', skt1, ax1);
    const g2 = new GraphBuilder();
    const skt2 = g2.node('Company', 'SK텔레콤', {}, ['SK Telecom']);
    const ax2 = g2.node('Model', 'A.X 4.0', { openSource: true });
    g2.edge('DEVELOPED', skt2, ax2, {}, '두 번째 기사의 문장.');
    const second = g2.build();
    second.articles[0] = { ...second.articles[0]!, id: 'article:111111111111' };
    for (const e of second.edges) for (const ev of e.evidence) ev.articleId = 'article:111111111111';
    second.edges[0]!.id = 'edge:something-else';

    const store = createEmbeddedStore();
    await store.load(one.build());
    await store.load(second);
    const [skt] = await store.findByName([{ name: 'sk telecom' }]);
    expect(skt?.aliases.sort()).toEqual(['SK Telecom', 'SKT']);
    expect(skt?.properties.country).toBe('KR');
    const [rels] = await store.getRelations([{ nodeId: ax1, direction: 'in', types: ['DEVELOPED'] }]);
    expect(rels).toHaveLength(1);
    expect(rels?.[0]?.id).toBe(makeEdgeId('DEVELOPED', skt1, ax1));
    expect(rels?.[0]?.evidence.map((e) => e.articleId).sort()).toEqual(['article:000000000000', 'article:111111111111']);

    expect(await store.deleteArticle('article:111111111111')).toBe(true);
    const [after] = await store.getRelations([{ nodeId: ax1, direction: 'in' }]);
    expect(after?.[0]?.evidence).toHaveLength(1);
    expect(await store.deleteArticle('article:000000000000')).toBe(true);
    expect(await store.counts()).toEqual({ nodes: 0, relationships: 0, articles: 0 });
    expect(await store.deleteArticle('article:000000000000')).toBe(false);
  });

  it('deleting an article keeps facts and nodes other articles support, and persists', async () => {
    const file = tempFile();
    const store = createEmbeddedStore({ file });
    await store.init();
    await store.load(seedExpectedGraph());
    const extra = new GraphBuilder();
    const kt = extra.node('Company', 'KT', { country: 'KR' });
    const solo = extra.node('Model', '솔로 모델');
    extra.edge('DEVELOPED', kt, solo);
    await store.load(extra.build());
    expect(await store.deleteArticle(extra.articleId)).toBe(true);
    expect((await store.findByName([{ name: '솔로 모델' }]))[0]).toBeNull();
    expect((await store.findByName([{ name: 'KT' }]))[0]?.id).toBe('company:kt');
    const reread = createEmbeddedStore({ file });
    await reread.init();
    expect(await reread.counts()).toEqual(await store.counts());
  });
});

describe('embedded store queries', () => {
  it('lists with totalCount and stable cursors over a generated graph', async () => {
    const store = createEmbeddedStore();
    await store.load(syntheticGraph(50, 4));
    const names: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await store.listNodes({ type: 'Model', first: 30, after });
      expect(page.totalCount).toBe(200);
      names.push(...page.nodes.map((n) => n.name));
      if (!page.hasNextPage) break;
      after = page.endCursor ?? undefined;
    }
    expect(names).toHaveLength(200);
    expect(new Set(names).size).toBe(200);
  });

  it('finds models based on a foreign model, directly and through chains', async () => {
    const store = createEmbeddedStore();
    await store.load(syntheticGraph(8, 2));
    // Countries KR US CN FR KR | US CN FR; chains 4→3→2→1→0 and 7→6→5.
    // Company 4 (KR) builds on Company 3 (FR): foreign; Company 1 (US) on Company 0 (KR).
    const direct = (await store.foreignBasedModels('KR', false)).map((m) => m.name);
    expect(direct).toEqual(['Model 4-0', 'Model 4-1']);
    expect((await store.foreignBasedModels('US', true)).map((m) => m.name)).toEqual(['Model 1-0', 'Model 1-1']);
    // Company 7 (FR) on 6 (CN): direct; Company 3 (FR) on 2 (CN) too.
    expect((await store.foreignBasedModels('FR', false)).map((m) => m.name)).toEqual(['Model 3-0', 'Model 3-1', 'Model 7-0', 'Model 7-1']);
    const [steps] = await store.lineage(['model:model-4-0']);
    expect(steps?.map((s) => [s.node.name, s.depth])).toEqual([['Model 3-0', 1], ['Model 2-0', 2], ['Model 1-0', 3], ['Model 0-0', 4]]);
    const [none] = await store.lineage(['model:model-5-0']);
    expect(none).toEqual([]);
  });

  it('ranks search hits exact, then prefix, then substring', async () => {
    const b = new GraphBuilder();
    b.node('Model', 'Solar Pro 2', {}, ['솔라 프로2']);
    b.node('Model', 'Solar', {}, ['솔라']);
    b.node('Company', 'Upstage Solar Lab');
    const store = createEmbeddedStore();
    await store.load(b.build());
    expect((await store.search('solar', undefined, 10)).map((n) => n.name)).toEqual(['Solar', 'Solar Pro 2', 'Upstage Solar Lab']);
    expect((await store.search('솔라프로 2', undefined, 10)).map((n) => n.name)).toEqual(['Solar Pro 2']);
    expect((await store.search('solar', ['Company'], 10)).map((n) => n.name)).toEqual(['Upstage Solar Lab']);
    expect(await store.search('solar', undefined, 1)).toHaveLength(1);
  });
});
