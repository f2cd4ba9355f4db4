import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors/index.js';
import {
  makeEdgeId,
  makeNodeId,
  type ArticleRecord,
  type EdgeType,
  type GraphDocument,
  type GraphEdge,
  type GraphNode,
  type NodeType,
} from '../../src/graph/index.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { neo4jForTests } from '../support/neo4j.js';

const target = await neo4jForTests();

// ---- a small graph builder --------------------------------------------------------------
function node(type: NodeType, name: string, aliases: string[] = [], properties: GraphNode['properties'] = {}): GraphNode {
  return { id: makeNodeId(type, name), type, name, aliases, properties };
}
function article(n: number): ArticleRecord {
  return { id: `article:${String(n).padStart(12, '0')}`, title: `기사 ${n}`, publishedAt: '2025-07-14', sha256: String(n).repeat(64).slice(0, 64) };
}
function edge(type: EdgeType, s: GraphNode, t: GraphNode, articleId: string, start: number, properties: GraphEdge['properties'] = {}): GraphEdge {
  const evidence = [{ articleId, sentence: `${s.name} ${type} ${t.name}`, start, end: start + 20, rule: `test.${type.toLowerCase()}`, confidence: 0.9 }];
  return { id: makeEdgeId(type, s.id, t.id), type, source: s.id, target: t.id, properties, evidence };
}

const skt = node('Company', 'SK텔레콤', ['SKT'], { country: 'KR' });
const kt = node('Company', 'KT', ['케이티'], { country: 'KR' });
const alibaba = node('Company', '알리바바', ['Alibaba'], { country: 'CN' });
const ms = node('Company', '마이크로소프트', ['MS', 'Microsoft'], { country: 'US' });
const qwen = node('Model', 'Qwen2.5', [], { openSource: true });
const ax4 = node('Model', 'A.X 4.0', ['에이닷 엑스 4.0'], { parameters: 72_000_000_000, openSource: true, fromScratch: false, releasedOn: '2025-07-03' });
const ax4lite = node('Model', 'A.X 4.0 라이트', [], { parameters: 7_000_000_000, releasedOn: '2025-07-03' });
const phi = node('Model', 'Phi-4', [], {});
const midm = node('Model', '믿:음 2.0', ['믿음 2.0'], { fromScratch: true });
const kmmlu = node('Benchmark', 'KMMLU');

function firstGraph(): GraphDocument {
  const a = article(1).id;
  return {
    version: 1,
    articles: [article(1)],
    nodes: [skt, kt, alibaba, ms, qwen, ax4, ax4lite, phi, midm, kmmlu],
    edges: [
      edge('DEVELOPED', skt, ax4, a, 0),
      edge('DEVELOPED', skt, ax4lite, a, 30),
      edge('DEVELOPED', alibaba, qwen, a, 60),
      edge('DEVELOPED', ms, phi, a, 90),
      edge('DEVELOPED', kt, midm, a, 120),
      edge('BASED_ON', ax4, qwen, a, 150, { status: 'stated' }),
      edge('BASED_ON', ax4lite, ax4, a, 180, { status: 'stated' }),
      edge('PARTNERS_WITH', kt, ms, a, 210),
      edge('SCORED', ax4, kmmlu, a, 240, { score: 78.3 }),
      edge('SCORED', midm, kmmlu, a, 270, { score: 61.7 }),
    ],
  };
}

/** A second article about SK텔레콤: a new alias, a new edge, and new evidence for a known edge. */
function secondGraph(): GraphDocument {
  const a = article(2).id;
  const skt2 = { ...skt, aliases: ['SK Telecom'] };
  return {
    version: 1,
    articles: [article(2)],
    nodes: [skt2, ax4, kmmlu],
    edges: [edge('DEVELOPED', skt2, ax4, a, 5), edge('SCORED', ax4, kmmlu, a, 40, { score: 78.3 })],
  };
}

describe.skipIf(!target.uri)('Neo4j store (real Neo4j)', () => {
  const uri = target.uri ?? 'bolt://127.0.0.1:7687'; // the body is collected even when skipped
  const store = createNeo4jStore({ uri });

  beforeAll(async () => {
    await store.init();
  });
  beforeEach(async () => {
    await store.clear();
  });
  afterAll(async () => {
    await store.clear();
    await store.close();
  });

  it('creates a uniqueness constraint on id per label, and the name index, at init', async () => {
    const driver = neo4j.driver(uri);
    try {
      const res = await driver.executeQuery('SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties, type');
      const unique = res.records.filter((r) => r.get('type') === 'UNIQUENESS' && r.get('properties').join() === 'id').map((r) => r.get('label'));
      expect(unique).toEqual(expect.arrayContaining(['Company', 'Model', 'Benchmark', 'Policy', 'Person', 'Article']));
      const idx = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name");
      expect(idx.records.map((r) => r.get('name'))).toContain('kg_name_keys');
    } finally {
      await driver.close();
    }
    await store.init(); // idempotent
  });

  it('loads a graph: nodes, properties, edges with evidence, articles', async () => {
    const summary = await store.load(firstGraph(), { batchSize: 4 });
    expect(summary).toMatchObject({ nodesCreated: 10, nodesUpdated: 0, relationshipsCreated: 10, relationshipsUpdated: 0, articles: 1 });
    expect(await store.counts()).toEqual({ nodes: 10, relationships: 10, articles: 1 });
    const [got, missing] = await store.getNodes([ax4.id, 'model:nope']);
    expect(got).toEqual(ax4);
    expect(missing).toBeNull();
    const [scored] = await store.getRelations([{ nodeId: kmmlu.id, direction: 'in', types: ['SCORED'] }]);
    expect(scored!.map((e) => [e.source, e.properties.score])).toEqual([[ax4.id, 78.3], [midm.id, 61.7]]);
    expect(scored![0]!.evidence).toEqual(firstGraph().edges[8]!.evidence);
    expect(await store.getArticles([article(1).id, 'article:x'])).toEqual([article(1), null]);
  });

  it('is idempotent: loading the same graph twice leaves the counts unchanged', async () => {
    await store.load(firstGraph());
    const before = await store.counts();
    const again = await store.load(firstGraph());
    expect(again).toMatchObject({ nodesCreated: 0, nodesUpdated: 10, relationshipsCreated: 0, relationshipsUpdated: 10 });
    expect(await store.counts()).toEqual(before);
    const [dev] = await store.getRelations([{ nodeId: ax4.id, direction: 'in', types: ['DEVELOPED'] }]);
    expect(dev![0]!.evidence).toHaveLength(1);
    expect(await store.exportGraph()).toEqual(firstGraph());
  });

  it('merges a second article into the same nodes: aliases and evidence unioned', async () => {
    await store.load(firstGraph());
    const summary = await store.load(secondGraph());
    expect(summary).toMatchObject({ nodesCreated: 0, nodesUpdated: 3, relationshipsCreated: 0, relationshipsUpdated: 2 });
    expect(await store.counts()).toEqual({ nodes: 10, relationships: 10, articles: 2 });
    const [sktNow] = await store.getNodes([skt.id]);
    expect(sktNow!.aliases).toEqual(['SKT', 'SK Telecom']);
    const [byNew] = await store.findByName([{ name: 'sk telecom', type: 'Company' }]);
    expect(byNew?.id).toBe(skt.id);
    const [dev] = await store.getRelations([{ nodeId: skt.id, direction: 'out', types: ['DEVELOPED'] }]);
    const toAx4 = dev!.find((e) => e.target === ax4.id)!;
    expect(toAx4.evidence.map((e) => e.articleId)).toEqual([article(1).id, article(2).id]);
  });

  it('answers each batched read with one round trip, whatever the number of keys', async () => {
    await store.load(firstGraph());
    const ids = firstGraph().nodes.map((n) => n.id);
    const calls: [string, () => Promise<unknown>][] = [
      ['getNodes', () => store.getNodes([...ids, 'x:missing'])],
      ['findByName', () => store.findByName(firstGraph().nodes.map((n) => ({ name: n.aliases[0] ?? n.name })))],
      ['getRelations', () => store.getRelations(ids.map((nodeId) => ({ nodeId, direction: 'both' as const })))],
      ['getArticles', () => store.getArticles([article(1).id, article(2).id, 'a:none'])],
      ['lineage', () => store.lineage([ax4.id, ax4lite.id, midm.id])],
      ['foreignBasedModels', () => store.foreignBasedModels('KR', true)],
      ['foreignBasedWithDevelopers', () => store.foreignBasedWithDevelopers('KR', false)],
      ['findByNameWithBasedOnChain', () => store.findByNameWithBasedOnChain([{ name: 'A.X 4.0 라이트' }, { name: 'nothing here' }], 3)],
      ['listNodes', () => store.listNodes({ type: 'Model', first: 2, filter: { country: 'KR' } })],
      ['search', () => store.search('a.x', undefined, 10)],
    ];
    for (const [name, call] of calls) {
      const before = store.roundTrips;
      await call();
      expect({ name, trips: store.roundTrips - before }).toEqual({ name, trips: 1 });
    }
  });

  it('finds by name or alias (normalised), preferring the requested type', async () => {
    await store.load(firstGraph());
    const found = await store.findByName([{ name: '믿음2.0' }, { name: 'ms' }, { name: 'A.X 4.0', type: 'Company' }, { name: '...' }, { name: 'ax4.0' }]);
    expect(found.map((n) => n?.id ?? null)).toEqual([midm.id, ms.id, null, null, ax4.id]);
  });

  it('walks BASED_ON chains inside Neo4j: lineage with depth and the reaching edge', async () => {
    await store.load(firstGraph());
    const [lite, full, none] = await store.lineage([ax4lite.id, ax4.id, midm.id]);
    expect(lite!.map((s) => [s.node.id, s.depth, s.via.source, s.via.target])).toEqual([
      [ax4.id, 1, ax4lite.id, ax4.id],
      [qwen.id, 2, ax4.id, qwen.id],
    ]);
    expect(full!.map((s) => s.node.id)).toEqual([qwen.id]);
    expect(none).toEqual([]);
  });

  it('reads the chain of bases with a lookup by name: each model once, its BASED_ON edges, their ends and developers', async () => {
    await store.load(firstGraph());
    const [lite, none] = await store.findByNameWithBasedOnChain([{ name: 'A.X 4.0 라이트', type: 'Model' }, { name: 'Phi-5' }], 2);
    expect(none).toBeNull();
    expect(lite!.node.id).toBe(ax4lite.id);
    expect(lite!.relations.edges.map((e) => e.type).sort()).toEqual(['BASED_ON', 'DEVELOPED']);
    // A.X 4.0 (1 hop) is on Qwen2.5; Qwen2.5 (2 hops) is on nothing.
    expect([...lite!.basedOn.keys()].sort()).toEqual([ax4.id, qwen.id].sort());
    const fromAx4 = lite!.basedOn.get(ax4.id)!;
    expect(fromAx4.edges.map((e) => [e.type, e.source, e.target, e.properties.status])).toEqual([['BASED_ON', ax4.id, qwen.id, 'stated']]);
    expect(fromAx4.ends.map((n) => n.id)).toEqual([qwen.id]);
    expect(fromAx4.developers.get(qwen.id)!.map((c) => c.id)).toEqual([alibaba.id]);
    expect(lite!.basedOn.get(qwen.id)).toEqual({ edges: [], ends: [], developers: new Map() });
    const [shallow] = await store.findByNameWithBasedOnChain([{ name: 'A.X 4.0 라이트' }], 1);
    expect([...shallow!.basedOn.keys()]).toEqual([ax4.id]);
  });

  it('gives foreign-based models with their developers, main first', async () => {
    await store.load(firstGraph());
    const { models, developers } = await store.foreignBasedWithDevelopers('KR', true);
    expect(models.map((n) => n.id)).toEqual([ax4.id, ax4lite.id]);
    expect(developers.map((cs) => cs.map((c) => c.id))).toEqual([[skt.id], [skt.id]]);
    // Answered again (from the cache while nothing is written) with the same developers.
    expect(await store.foreignBasedWithDevelopers('KR', true)).toEqual({ models, developers });
  });

  it('finds models based on a foreign model, directly or through a chain', async () => {
    await store.load(firstGraph());
    expect((await store.foreignBasedModels('KR', false)).map((n) => n.id)).toEqual([ax4.id]);
    // A.X 4.0 라이트 → A.X 4.0 (KR) → Qwen2.5 (CN): foreign only transitively.
    expect((await store.foreignBasedModels('KR', true)).map((n) => n.name)).toEqual(['A.X 4.0', 'A.X 4.0 라이트']);
    expect(await store.foreignBasedModels('CN', true)).toEqual([]);
  });

  it('lists with filters, sort and cursor pagination, and searches exact matches first', async () => {
    await store.load(firstGraph());
    const page1 = await store.listNodes({ type: 'Model', first: 2, sort: { field: 'parameters', descending: true } });
    expect(page1.nodes.map((n) => n.id)).toEqual([ax4.id, ax4lite.id]);
    expect(page1).toMatchObject({ totalCount: 5, hasNextPage: true });
    const page2 = await store.listNodes({ type: 'Model', first: 10, after: page1.endCursor!, sort: { field: 'parameters', descending: true } });
    expect(page2.nodes.map((n) => n.name)).toEqual(['Phi-4', 'Qwen2.5', '믿:음 2.0']);
    expect(page2.hasNextPage).toBe(false);
    const kr = await store.listNodes({ type: 'Model', first: 10, filter: { country: 'KR', hasForeignBase: true } });
    expect(kr.nodes.map((n) => n.id)).toEqual([ax4.id]);
    const byDev = await store.listNodes({ type: 'Model', first: 10, filter: { developer: 'skt', openSource: false } });
    expect(byDev.nodes.map((n) => n.id)).toEqual([ax4lite.id]);
    expect((await store.search('MS', undefined, 5)).map((n) => n.id)[0]).toBe(ms.id);
    expect((await store.search('a.x 4', ['Model'], 5)).map((n) => n.id)).toEqual([ax4.id, ax4lite.id]);
  });

  it('gives the neighbourhood of a node, capped', async () => {
    await store.load(firstGraph());
    const sub = await store.neighbourhood({ centerIds: [skt.id], depth: 1, limit: 50 });
    expect(sub.nodes.map((n) => n.id)).toEqual([skt.id, ax4.id, ax4lite.id]);
    expect(sub.edges).toHaveLength(3); // two DEVELOPED and the BASED_ON between the models
    const capped = await store.neighbourhood({ centerIds: [skt.id], depth: 3, limit: 2 });
    expect(capped).toMatchObject({ truncated: true });
    expect(capped.nodes).toHaveLength(2);
  });

  it('deletes an article: its evidence, the edges only it supported, and orphaned nodes', async () => {
    await store.load(firstGraph());
    await store.load(secondGraph());
    expect(await store.deleteArticle(article(1).id)).toBe(true);
    expect(await store.deleteArticle(article(1).id)).toBe(false);
    const left = await store.exportGraph();
    expect(left.edges.map((e) => e.id).sort()).toEqual(secondGraph().edges.map((e) => e.id).sort());
    expect(left.nodes.map((n) => n.id).sort()).toEqual([skt.id, ax4.id, kmmlu.id].sort());
  });

  it('rolls a failed batch back whole, and the load can simply be run again', async () => {
    await store.load(firstGraph());
    const before = await store.counts();
    const g = secondGraph();
    const ghost = node('Model', 'Ghost');
    const broken: GraphDocument = { ...g, edges: [...g.edges, edge('BASED_ON', ax4, ghost, article(2).id, 90)] };
    await expect(store.load(broken, { batchSize: 100 })).rejects.toThrow(/model:ghost.*rolled back/);
    const [dev] = await store.getRelations([{ nodeId: skt.id, direction: 'out', types: ['DEVELOPED'] }]);
    expect(dev!.find((e) => e.target === ax4.id)!.evidence).toHaveLength(1); // the batch's first edge was not kept
    expect((await store.counts()).relationships).toBe(before.relationships);
    await store.load(g);
    const [dev2] = await store.getRelations([{ nodeId: skt.id, direction: 'out', types: ['DEVELOPED'] }]);
    expect(dev2!.find((e) => e.target === ax4.id)!.evidence).toHaveLength(2);
  });

  it('keeps properties outside the usual ones, merges them, and refuses names the store reserves', async () => {
    const odd = node('Model', 'Odd', [], { license: 'MIT', parameters: 1e9 });
    const other = node('Model', 'Other');
    const a = article(3).id;
    const g: GraphDocument = { version: 1, articles: [article(3)], nodes: [odd, other], edges: [edge('BASED_ON', odd, other, a, 0, { status: 'disputed', note: 'x' })] };
    await store.load(g);
    await store.load({ ...g, nodes: [{ ...odd, properties: { license: 'Apache-2.0', openSource: true } }], edges: [] });
    const [got] = await store.getNodes([odd.id]);
    expect(got!.properties).toEqual({ license: 'Apache-2.0', parameters: 1e9, openSource: true });
    const [[e]] = (await store.getRelations([{ nodeId: odd.id, direction: 'out' }])) as [[GraphEdge]];
    expect(e.properties).toEqual({ status: 'disputed', note: 'x' });
    const bad = node('Model', 'Bad', [], { nameKeys: 'x' });
    await expect(store.load({ ...g, nodes: [bad], edges: [] })).rejects.toThrow(/model:bad: property name "nameKeys" is reserved/);
  });

  it('fails within 10 s with a one-line error naming the URI when Neo4j is unreachable', async () => {
    const bad = createNeo4jStore({ uri: 'bolt://127.0.0.1:1' });
    const started = Date.now();
    const err = await bad.init().then(
      () => null,
      (e: unknown) => e,
    );
    await bad.close();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    const message = (err as Error).message;
    expect(message).toContain('bolt://127.0.0.1:1');
    expect(message).toMatch(/connection refused/);
    expect(message).not.toContain('\n');
  });
});
