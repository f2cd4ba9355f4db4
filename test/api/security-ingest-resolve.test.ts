import { describe, expect, it } from 'vitest';
import { resolveAgainstStore } from '../../src/api/resolvers/mutation.js';
import { makeEdgeId, makeNodeId, type GraphDocument } from '../../src/graph/index.js';
import { createEmbeddedStore } from '../../src/store/index.js';
import { GraphBuilder } from '../support/graphs.js';

/** The store knows 한빛AI (alias Hanbit AI) and its model; a new article calls the company "Hanbit AI". */
async function setup() {
  const known = new GraphBuilder();
  const company = known.node('Company', '한빛AI', { country: 'KR' }, ['Hanbit AI']);
  const model = known.node('Model', '한빛 1');
  known.edge('DEVELOPED', company, model);
  const store = createEmbeddedStore();
  await store.init();
  await store.load(known.build());

  const article: GraphDocument = {
    version: 1,
    articles: [{ id: 'article:aaaaaaaaaaaa', title: 'new', sha256: 'a'.repeat(64) }],
    nodes: [
      { id: makeNodeId('Company', 'Hanbit AI'), type: 'Company', name: 'Hanbit AI', aliases: [], properties: {} },
      { id: makeNodeId('Model', '한빛 2'), type: 'Model', name: '한빛 2', aliases: [], properties: {} },
      { id: makeNodeId('Model', '한빛 1'), type: 'Model', name: '한빛 1', aliases: [], properties: {} },
    ],
    edges: [
      {
        id: makeEdgeId('DEVELOPED', makeNodeId('Company', 'Hanbit AI'), makeNodeId('Model', '한빛 2')),
        type: 'DEVELOPED',
        source: makeNodeId('Company', 'Hanbit AI'),
        target: makeNodeId('Model', '한빛 2'),
        properties: {},
        evidence: [{ articleId: 'article:aaaaaaaaaaaa', sentence: 'Hanbit AI는 한빛 2를 공개했다.', start: 0, end: 20, rule: 'r', confidence: 0.9 }],
      },
      {
        id: makeEdgeId('DEVELOPED', makeNodeId('Company', 'Hanbit AI'), makeNodeId('Model', '한빛 1')),
        type: 'DEVELOPED',
        source: makeNodeId('Company', 'Hanbit AI'),
        target: makeNodeId('Model', '한빛 1'),
        properties: {},
        evidence: [{ articleId: 'article:aaaaaaaaaaaa', sentence: 'Hanbit AI는 한빛 1도 냈다.', start: 21, end: 40, rule: 'r', confidence: 0.9 }],
      },
    ],
  };
  return { store, company, model, article };
}

describe("ingest matches an article's entities to the store's", () => {
  it('gives a node known by an alias the stored id, and moves its edges (ids recomputed)', async () => {
    const { store, company, model, article } = await setup();
    const { graph, moved } = await resolveAgainstStore(article, store);
    expect(moved).toBe(1);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([company, model, makeNodeId('Model', '한빛 2')].sort());
    expect(graph.nodes.find((n) => n.id === company)?.aliases).toContain('Hanbit AI');
    for (const e of graph.edges) {
      expect(e.source).toBe(company);
      expect(e.id).toBe(makeEdgeId(e.type, e.source, e.target));
    }
    // loaded, the repeated fact is one edge with two evidence entries, not a second company
    await store.load(graph);
    const all = await store.exportGraph();
    expect(all.nodes.filter((n) => n.type === 'Company')).toHaveLength(1);
    expect(all.edges.find((e) => e.id === makeEdgeId('DEVELOPED', company, model))?.evidence).toHaveLength(2);
  });

  it('changes nothing when every id is already the stored one', async () => {
    const { store } = await setup();
    const same = new GraphBuilder();
    const c = same.node('Company', '한빛AI');
    same.edge('DEVELOPED', c, same.node('Model', '한빛 3'));
    const doc = same.build();
    const { graph, moved } = await resolveAgainstStore(doc, store);
    expect(moved).toBe(0);
    expect(graph).toBe(doc);
  });
});
