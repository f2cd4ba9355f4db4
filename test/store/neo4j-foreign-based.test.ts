/**
 * foreignBasedModels and developers on a bigger graph (about 1,000 models with random BASED_ON
 * chains, so many paths lead to each base): the Neo4j store answers exactly as the embedded store.
 * No timing here; `npm run bench` prints how long they take.
 */
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../src/bench/synthetic-graph.js';
import { makeEdgeId } from '../../src/graph/index.js';
import type { Store } from '../../src/store/index.js';
import { neo4jForTests } from '../support/neo4j.js';
import { useStorePair } from '../support/stores.js';

const target = await neo4jForTests();

describe.skipIf(!target.uri)('Neo4j store on a bigger graph', () => {
  const graph = syntheticGraph(4000, 11);
  const { embedded, neo, same } = useStorePair(target.uri, [graph]);

  it('finds the same foreign-based models, directly and through chains', async () => {
    let direct = 0;
    let chained = 0;
    for (const country of ['KR', 'US', 'CN', 'FR', 'JP', 'XX']) {
      direct += (await same((s) => s.foreignBasedModels(country, false))).length;
      chained += (await same((s) => s.foreignBasedModels(country, true))).length;
    }
    expect(direct).toBeGreaterThan(50);
    expect(chained).toBeGreaterThan(direct);
  });

  it('answers again after a write, as the embedded store does (no stale remembered answer)', async () => {
    const ask = () => same((s) => s.foreignBasedModels('KR', true));
    await ask();
    await ask();
    const before = await ask();
    // A new model of a KR company, based on a model developed elsewhere.
    const kr = graph.nodes.find((n) => n.type === 'Company' && n.properties.country === 'KR')!;
    const foreignBase = (await embedded.foreignBasedModels('US', false))[0]!;
    const article = { id: 'article:feedfeedfeed', title: 'later', sha256: 'e'.repeat(64) };
    const ev = { articleId: article.id, sentence: 's', start: 0, end: 5, rule: 'later.rule', confidence: 0.9 };
    const model = { id: 'model:later-1', type: 'Model' as const, name: 'Later 1', aliases: [], properties: {} };
    const later = {
      version: 1 as const,
      articles: [article],
      nodes: [model],
      edges: [
        { id: makeEdgeId('DEVELOPED', kr.id, model.id), type: 'DEVELOPED' as const, source: kr.id, target: model.id, properties: {}, evidence: [ev] },
        { id: makeEdgeId('BASED_ON', model.id, foreignBase.id), type: 'BASED_ON' as const, source: model.id, target: foreignBase.id, properties: {}, evidence: [ev] },
      ],
    };
    for (const store of [embedded, neo] as Store[]) await store.load(later);
    const after = await ask();
    expect(after.map((n) => n.id)).toContain(model.id);
    expect(after.length).toBe(before.length + 1);
    for (const store of [embedded, neo] as Store[]) await store.deleteArticle(article.id);
    expect((await ask()).map((n) => n.id)).toEqual(before.map((n) => n.id));
  });

  it('ranks the same developers', async () => {
    const ids = graph.nodes.filter((n) => n.type === 'Model').map((n) => n.id);
    const devs = await same((s) => s.developers!([...ids, 'model:none', graph.nodes[0]!.id]));
    expect(devs.filter((d) => d.length > 0).length).toBe(ids.length);
  });
});
