/**
 * The Neo4j store answers every Store call exactly as the embedded store does, on the same
 * (synthetic, merged-from-two-documents) graph: same nodes, same order, same pages and cursors.
 */
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../src/bench/synthetic-graph.js';
import { EDGE_TYPES, NODE_TYPES, makeEdgeId, type EdgeType, type GraphDocument, type GraphEdge, type NodeType } from '../../src/graph/index.js';
import type { ListQuery } from '../../src/store/index.js';
import { neo4jForTests } from '../support/neo4j.js';
import { useStorePair } from '../support/stores.js';

const target = await neo4jForTests();

/** A second document over the same graph: co-developers with more evidence, new aliases, more evidence. */
function secondDocument(first: GraphDocument): GraphDocument {
  const article = { id: 'article:ffffffffffff', title: 'second', sha256: 'f'.repeat(64) };
  const companies = first.nodes.filter((n) => n.type === 'Company');
  const models = first.nodes.filter((n) => n.type === 'Model');
  const ev = (start: number) => ({ articleId: article.id, sentence: 's', start, end: start + 5, rule: 'second.rule', confidence: 0.7 });
  const edges: GraphEdge[] = [];
  models.slice(0, 40).forEach((m, i) => {
    const c = companies[(i * 7) % companies.length]!;
    edges.push({ id: makeEdgeId('DEVELOPED', c.id, m.id), type: 'DEVELOPED', source: c.id, target: m.id, properties: {}, evidence: [ev(i), ev(i + 1000)] });
  });
  for (const e of first.edges.slice(0, 60)) edges.push({ ...e, evidence: [ev(e.evidence[0]!.start + 1)] });
  const touched = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = first.nodes
    .filter((n) => touched.has(n.id))
    .map((n, i) => ({ ...n, aliases: i % 3 === 0 ? [...n.aliases, `${n.name} alt`] : n.aliases, properties: i % 5 === 0 && n.type === 'Company' ? { country: 'US' } : {} }));
  return { version: 1, articles: [article], nodes, edges };
}

describe.skipIf(!target.uri)('Neo4j store answers as the embedded store', () => {
  const first = syntheticGraph(600, 7);
  const second = secondDocument(first);
  const { embedded, neo, same } = useStorePair(target.uri, [first, second]);

  it('holds the same graph, counts and articles', async () => {
    const doc = await same((s) => s.exportGraph());
    expect(doc.edges.length).toBeGreaterThan(500);
    await same((s) => s.counts());
    await same((s) => s.getArticles([...first.articles.map((a) => a.id), 'article:none', second.articles[0]!.id]));
  });

  it('reads nodes, names and relations alike', async () => {
    const ids = first.nodes.map((n) => n.id);
    await same((s) => s.getNodes([...ids, 'company:none']));
    const names = first.nodes.flatMap((n) => [n.name, ...n.aliases, `${n.name} alt`]);
    await same((s) => s.findByName(names.map((name) => ({ name }))));
    await same((s) => s.findByName(names.slice(0, 300).map((name, i) => ({ name, type: NODE_TYPES[i % NODE_TYPES.length] }))));
    const typeSets: (readonly EdgeType[] | undefined)[] = [undefined, ['DEVELOPED'], ['BASED_ON', 'SCORED'], EDGE_TYPES];
    for (const direction of ['out', 'in', 'both'] as const) {
      for (const types of typeSets) await same((s) => s.getRelations(ids.map((nodeId) => ({ nodeId, direction, types }))));
    }
  });

  it('traverses lineage and foreign bases alike', async () => {
    const models = first.nodes.filter((n) => n.type === 'Model').map((n) => n.id);
    const steps = await same((s) => s.lineage(models));
    const modelNames = first.nodes.filter((n) => n.type === 'Model').map((n) => ({ name: n.name, type: 'Model' as const }));
    for (const depth of [1, 3]) await same((s) => s.findByNameWithBasedOnChain!([...modelNames, { name: 'nothing here' }], depth));
    expect(steps.some((l) => l.length > 2)).toBe(true);
    for (const country of ['KR', 'US', 'CN', 'FR', 'JP', 'XX']) {
      for (const transitive of [false, true]) await same((s) => s.foreignBasedModels(country, transitive));
    }
  });

  it('lists, filters, sorts and pages alike', async () => {
    const filters: ListQuery['filter'][] = [
      undefined,
      { country: 'KR' },
      { country: 'US', openSource: true },
      { fromScratch: false },
      { hasForeignBase: true },
      { hasForeignBase: false, country: 'KR' },
      { developer: 'Company 3' },
      { developer: 'c5' },
      { developer: 'company:company-2' },
    ];
    const pages = async (q: ListQuery): Promise<void> => {
      let page = await same((s) => s.listNodes(q));
      for (let n = 0; page.hasNextPage && n < 3; n++) page = await same((s) => s.listNodes({ ...q, after: page.endCursor! }));
    };
    for (const type of ['Model', 'Company', 'Person'] as NodeType[]) {
      for (const filter of filters) await pages({ type, filter, first: 25 });
    }
    for (const field of ['name', 'releasedOn', 'parameters'] as const) {
      for (const descending of [false, true]) {
        for (const filter of [undefined, { country: 'KR' }]) await pages({ type: 'Model', filter, sort: { field, descending }, first: 40 });
      }
    }
  }, 180_000);

  it('searches alike', async () => {
    for (const text of ['Model 1', 'model1', 'c1', 'bench', 'Person 2', 'alt', 'M-3', 'zzz', 'company 1 alt']) {
      await same((s) => s.search(text, undefined, 20));
      await same((s) => s.search(text, ['Model', 'Benchmark'], 5));
    }
  });

  it('gives the same neighbourhoods', async () => {
    const centres = [first.nodes[0]!.id, first.nodes[3]!.id, first.nodes.find((n) => n.type === 'Model')!.id];
    for (const depth of [0, 1, 2]) {
      for (const limit of [5, 60, 1000]) {
        await same((s) => s.neighbourhood({ centerIds: centres, depth, limit }));
        await same((s) => s.neighbourhood({ centerIds: centres.slice(2), depth, limit, types: ['Model', 'Company'] }));
      }
    }
  });

  it('deletes an article alike', async () => {
    await same((s) => s.deleteArticle(second.articles[0]!.id));
    await same((s) => s.deleteArticle(first.articles[1]!.id));
    await same((s) => s.exportGraph());
  });
});
