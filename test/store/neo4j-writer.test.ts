/**
 * The Neo4j writer's batching, on the real Neo4j: a node is written once per load (in the first
 * batch that needs it) and a later batch whose node was deleted meanwhile is run again with it;
 * the merge statements look nodes up by the unique-constraint index; evidence is unioned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../src/bench/synthetic-graph.js';
import { EDGE_TYPES, NODE_TYPES, type GraphDocument } from '../../src/graph/index.js';
import { Connection } from '../../src/store/neo4j/connection.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { edgeMerge, nodeMerge, planBatches, writeGraph } from '../../src/store/neo4j/writer.js';
import { neo4jForTests } from '../support/neo4j.js';

const target = await neo4jForTests();

function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType.replace(/@.*/, ''), ...plan.children.flatMap((c) => operators(c as typeof plan))];
}

describe.skipIf(!target.uri)('Neo4j writer', () => {
  const uri = target.uri ?? 'bolt://127.0.0.1:7687';
  const store = createNeo4jStore({ uri });
  const conn = new Connection({ uri });

  beforeAll(async () => {
    await store.init();
    await store.clear();
  });
  afterAll(async () => {
    await store.clear();
    await Promise.all([store.close(), conn.close()]);
  });

  it('finds nodes by the unique-constraint index in every merge statement (no label scan)', async () => {
    const statements = [...NODE_TYPES.flatMap((l) => [nodeMerge(l, false), nodeMerge(l, true)]), ...EDGE_TYPES.flatMap((t) => [edgeMerge(t, false), edgeMerge(t, true)])];
    for (const cypher of statements) {
      const res = await conn.query(`EXPLAIN ${cypher}`, { rows: [] }, true);
      const ops = operators(res.summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(ops.filter((o) => o.startsWith('NodeUniqueIndexSeek')).length, cypher).toBe(cypher.includes('MATCH (s:Entity') ? 2 : 1);
      expect(ops.some((o) => /NodeByLabelScan|AllNodesScan/.test(o)), cypher).toBe(false);
    }
  });

  it('runs a batch again with a node an earlier batch wrote and that was deleted before it ran', async () => {
    await store.clear();
    const graph = syntheticGraph(600, 3);
    const { batches } = planBatches(graph, 0, 200);
    expect(batches.length).toBeGreaterThan(2);
    // a node written by the first batch with edges, and needed (not written) by a later batch
    const start = batches.findIndex((b) => b.edges.size > 0);
    const first = new Set([...batches[start]!.nodes.values()].flat().map((r) => r.id));
    const ends = (b: (typeof batches)[number]): string[] => [...b.edges.values()].flat().flatMap((r) => [r.source, r.target]);
    const later = batches.findIndex((b, i) => i > start && ends(b).some((id) => first.has(id)));
    expect(later).toBeGreaterThan(0);
    const victim = ends(batches[later]!).find((id) => first.has(id))!;

    // Between the batches, the node goes (with its relationships): as a concurrent delete would do.
    let transactions = 0;
    const hooked = new Connection({ uri });
    const run = hooked.writeTransaction.bind(hooked);
    hooked.writeTransaction = async (work) => {
      if (++transactions === later + 1) await conn.query('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: victim }, true);
      return run(work);
    };
    try {
      const summary = await writeGraph(hooked, graph, { batchSize: 200 });
      expect(transactions).toBe(batches.length + 1); // the batch that missed the node ran twice
      expect(summary.articles).toBe(graph.articles.length);
    } finally {
      await hooked.close();
    }
    const counts = await store.counts();
    expect(counts.nodes).toBe(graph.nodes.length);
    // the relationships of the victim written before it was deleted are gone; the rest are there
    const [victimNode] = await store.getNodes([victim]);
    expect(victimNode?.id).toBe(victim);
    expect(counts.relationships).toBeLessThan(graph.edges.length);
    await store.load(graph, { batchSize: 200 });
    expect((await store.counts()).relationships).toBe(graph.edges.length);
  });

  it('unions evidence across loads and batches: same input twice adds nothing, new evidence is added once', async () => {
    await store.clear();
    const graph: GraphDocument = syntheticGraph(300, 5);
    await store.load(graph, { batchSize: 50 });
    const edge = graph.edges[0]!;
    const more: GraphDocument = {
      ...graph,
      edges: graph.edges.map((e, i) =>
        i === 0 ? { ...e, evidence: [...e.evidence, { ...e.evidence[0]!, articleId: graph.articles.at(-1)!.id, start: 1, end: 9 }] } : e,
      ),
    };
    for (let i = 0; i < 2; i++) await store.load(more, { batchSize: 50 });
    await store.load(graph, { batchSize: 50 });
    const relations = await store.getRelations([{ nodeId: edge.source, direction: 'out', types: [edge.type] }]);
    const stored = relations[0]!.find((r) => r.id === edge.id || (r.source === edge.source && r.target === edge.target))!;
    expect(stored.evidence).toHaveLength(edge.evidence.length + 1);
    expect(new Set(stored.evidence.map((e) => `${e.articleId}|${e.start}`)).size).toBe(edge.evidence.length + 1);
    const counts = await store.counts();
    expect(counts.relationships).toBe(graph.edges.length);
  });
});
