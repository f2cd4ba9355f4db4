/**
 * The Neo4j writer's batching, on the real Neo4j: a node is written once per load (in the first
 * batch that needs it) and a later batch whose node was deleted meanwhile is run again with it;
 * the write statements look nodes and edges up by their unique-constraint indexes; evidence is
 * unioned; two loaders at once leave one copy of everything (the constraint and the batch retry).
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../src/bench/synthetic-graph.js';
import { EDGE_TYPES, evidenceKey, NODE_TYPES, type GraphDocument } from '../../src/graph/index.js';
import { Connection } from '../../src/store/neo4j/connection.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { edgeState, nodeState } from '../../src/store/neo4j/statements.js';
import { edgeCreate, edgeUpdate, nodeCreate, nodeMerge, planBatches, writeGraph } from '../../src/store/neo4j/writer.js';
import { neo4jForTests } from '../support/neo4j.js';
import { emptyNeo4jInSuite } from '../support/stores.js';

const target = await neo4jForTests();

function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType.replace(/@.*/, ''), ...plan.children.flatMap((c) => operators(c as typeof plan))];
}

describe.skipIf(!target.uri)('Neo4j writer', () => {
  const uri = target.uri ?? 'bolt://127.0.0.1:7687';
  const { store, conn } = emptyNeo4jInSuite(uri);

  it('finds nodes and edges by their unique-constraint indexes in every write statement (no scan)', async () => {
    const statements = [...NODE_TYPES.flatMap((l) => [nodeMerge(l, false), nodeMerge(l, true), nodeCreate(l, false), nodeCreate(l, true)]), ...EDGE_TYPES.flatMap((t) => [edgeUpdate(t, false), edgeUpdate(t, true), edgeCreate(t, false), edgeCreate(t, true)])];
    for (const cypher of statements) {
      const res = await conn.query(`EXPLAIN ${cypher}`, { rows: [] }, true);
      const ops = operators(res.summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(ops.filter((o) => o.startsWith('NodeUniqueIndexSeek')).length, cypher).toBe(cypher.includes('MATCH (s:Entity') ? 2 : cypher.includes('MERGE (n:') ? 1 : 0);
      expect(ops.some((o) => /NodeByLabelScan|AllNodesScan|RelationshipTypeScan|AllRelationshipsScan/.test(o)), cypher).toBe(false);
      // edges are found by id through their uniqueness constraint's index
      if (cypher.includes('{id: row[0]}]->()')) expect(ops.some((o) => o.startsWith('DirectedRelationshipUniqueIndexSeek')), cypher).toBe(true);
    }
  });

  it('keeps seeking by id with thousands of ids on a loaded graph (the planner alone picks an index scan per row there)', async () => {
    // Neo4j 5 plans long list parameters apart; on ~3,000 BASED_ON edges and as many ids it chose a
    // full index scan for every id (35 s per 10k-row batch state read); the hints keep the seek.
    await store.clear();
    const graph = syntheticGraph(20_000);
    await store.load(graph);
    const byType = (t: string): string[] => graph.edges.filter((e) => e.type === t).map((e) => e.id);
    const statements: [string, Record<string, unknown>][] = [
      ...EDGE_TYPES.filter((t) => byType(t).length).flatMap((t): [string, Record<string, unknown>][] => [
        [edgeState(t), { ids: byType(t) }],
        [edgeUpdate(t, false), { rows: byType(t).map((id) => [id, 0, '', '', [], [], []]) }],
      ]),
      ...NODE_TYPES.map((l): [string, Record<string, unknown>] => [nodeState(l), { ids: graph.nodes.filter((n) => n.type === l).map((n) => n.id) }]),
    ];
    expect(byType('BASED_ON').length).toBeGreaterThan(3000);
    for (const [cypher, params] of statements) {
      const res = await conn.query(`EXPLAIN ${cypher}`, params, true);
      const ops = operators(res.summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(ops.some((o) => /IndexScan|LabelScan|AllNodesScan|TypeScan|AllRelationshipsScan/.test(o)), `${cypher}
${ops.join(' > ')}`).toBe(false);
      expect(ops.some((o) => /UniqueIndexSeek/.test(o)), cypher).toBe(true);
    }
    await store.clear();
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

  it('into an empty store reads nothing and creates; into a store with data reads first; a rival node mid-load makes it read', async () => {
    await store.clear();
    const graph = syntheticGraph(600, 17);
    const seen: string[] = [];
    const hooked = new Connection({ uri, onQuery: (cypher) => seen.push(cypher) });
    const reads = (): number => seen.filter((c) => /MATCH \(n:\w+ \{id: id\}\)|MATCH \(\)-\[r:\w+ \{id: id\}\]->\(\)/.test(c)).length;
    try {
      const first = await writeGraph(hooked, graph, { batchSize: 200 });
      expect(first.relationshipsCreated).toBe(graph.edges.length);
      expect(reads()).toBe(0);
      expect(seen.some((c) => c.includes('CREATE (a:Article)'))).toBe(true);
      seen.length = 0;
      const again = await writeGraph(hooked, graph, { batchSize: 200 });
      expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
      expect(reads()).toBeGreaterThan(0);

      // a node of a later batch created by another writer after the load began: the batch fails on the
      // constraint, runs again reading, and so do the batches after it
      await store.clear();
      seen.length = 0;
      const { batches } = planBatches(graph, 0, 200);
      const late = batches.findIndex((b, i) => i > 1 && b.nodes.size > 0);
      const [label, rows] = [...batches[late]!.nodes][0]!;
      const victim = rows[0]!;
      let transactions = 0;
      const run = hooked.writeTransaction.bind(hooked);
      hooked.writeTransaction = async (work) => {
        if (++transactions === late + 1) await conn.query(`CREATE (n:${label}:Entity {id: $id, name: $name, aliases: [], nameKeys: [], propKeys: [], articles: []})`, { id: victim.id, name: victim.name }, true);
        return run(work);
      };
      const third = await writeGraph(hooked, graph, { batchSize: 200 });
      expect(transactions).toBe(batches.length + 1);
      expect(third.relationshipsCreated).toBe(graph.edges.length);
      expect(reads()).toBeGreaterThan(0);
    } finally {
      await hooked.close();
    }
    expect(await store.counts()).toEqual({ nodes: graph.nodes.length, relationships: graph.edges.length, articles: graph.articles.length });
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

  it('two loaders writing the same graph at once leave one copy of each node, edge and evidence entry', async () => {
    await store.clear();
    const graph = syntheticGraph(3000, 11);
    const other = createNeo4jStore({ uri });
    try {
      await other.init();
      const [a, b] = await Promise.all([store.load(graph, { batchSize: 300 }), other.load(graph, { batchSize: 300 })]);
      // between them they created everything once
      expect(a.relationshipsCreated + b.relationshipsCreated).toBe(graph.edges.length);
      expect(a.nodesCreated + b.nodesCreated).toBe(graph.nodes.length);
    } finally {
      await other.close();
    }
    const res = await conn.query<{ relationships: number; evidence: number; ids: number }>(
      'MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(r.evidenceKeys)) AS evidence, count(DISTINCT r.id) AS ids',
    );
    const row = res.records[0]!;
    const evidence = graph.edges.reduce((n, e) => n + new Set(e.evidence.map(evidenceKey)).size, 0);
    expect(Number(row.get('relationships'))).toBe(graph.edges.length);
    expect(Number(row.get('ids'))).toBe(graph.edges.length);
    expect(Number(row.get('evidence'))).toBe(evidence);
    expect((await store.counts()).nodes).toBe(graph.nodes.length);
  });

  it('a batch racing another writer to create an edge (not yet committed) leaves one edge with all the evidence', async () => {
    await store.clear();
    const graph = syntheticGraph(600, 13);
    const { batches } = planBatches(graph, 0, 200);
    // an edge a later batch creates, both of whose ends an earlier batch writes
    const written = new Set<string>();
    let later = -1;
    let edge: { type: string; id: string; source: string; target: string } | undefined;
    batches.forEach((b, i) => {
      if (!edge && i > 0)
        for (const [type, rows] of b.edges) {
          const row = rows.find((r) => written.has(r.source) && written.has(r.target) && !batches.slice(0, i).some((x) => x.edges.get(type)?.some((y) => y.id === r.id)));
          if (row) (edge = { type, id: row.id, source: row.source, target: row.target }), (later = i);
          if (edge) break;
        }
      for (const r of [...b.nodes.values()].flat()) written.add(r.id);
    });
    expect(edge, 'no edge to race on').toBeDefined();

    // Before that batch, another writer creates the edge in a transaction it commits a little later.
    const rival = neo4j.driver(uri);
    let transactions = 0;
    const hooked = new Connection({ uri });
    const run = hooked.writeTransaction.bind(hooked);
    hooked.writeTransaction = async (work) => {
      if (++transactions === later + 1) {
        const tx = rival.session().beginTransaction();
        await tx.run(
          `MATCH (s:Entity {id: $source}), (t:Entity {id: $target}) CREATE (s)-[:${edge!.type} {id: $id, seq: 0, propKeys: [], evidenceKeys: [], evidence: []}]->(t)`,
          edge,
        );
        setTimeout(() => void tx.commit(), 300);
      }
      return run(work);
    };
    try {
      await writeGraph(hooked, graph, { batchSize: 200 });
      // The batch waits on the rival's lock on that id, then updates its edge (or, had it got in
      // first, fails on the constraint and runs again): either way one edge with all the evidence.
      expect(transactions).toBeGreaterThanOrEqual(batches.length);
    } finally {
      await Promise.all([hooked.close(), rival.close()]);
    }
    const res = await conn.query<{ n: number; evidence: number }>('MATCH ()-[r]->() WHERE r.id = $id RETURN count(r) AS n, sum(size(r.evidence)) AS evidence', { id: edge!.id });
    expect(Number(res.records[0]!.get('n'))).toBe(1);
    const source = graph.edges.find((e) => e.source === edge!.source && e.target === edge!.target && String(e.type) === edge!.type)!;
    expect(Number(res.records[0]!.get('evidence'))).toBe(new Set(source.evidence.map(evidenceKey)).size);
    expect((await store.counts()).relationships).toBe(graph.edges.length);
  });
});
