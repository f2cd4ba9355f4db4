/**
 * The Neo4j writer with two batches in flight (a load into an empty store), on the real Neo4j: the
 * next batch writes while the one before commits, yet commits keep batch order; a batch that fails
 * while the next is in flight leaves the batches before it and nothing after; the load runs again.
 */
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../src/bench/synthetic-graph.js';
import { evidenceKey, makeEdgeId, makeNodeId, type GraphDocument } from '../../src/graph/index.js';
import { Connection } from '../../src/store/neo4j/connection.js';
import { planBatches, writeGraph } from '../../src/store/neo4j/writer.js';
import { neo4jForTests } from '../support/neo4j.js';
import { emptyNeo4jInSuite } from '../support/stores.js';

const target = await neo4jForTests();

/** `n` articles, each the only source of one edge between two companies of its own. */
function disjointGraph(n: number): GraphDocument {
  const graph: GraphDocument = { version: 1, articles: [], nodes: [], edges: [] };
  for (let i = 0; i < n; i++) {
    const hex = i.toString(16).padStart(12, '0');
    const articleId = `article:${hex}`;
    graph.articles.push({ id: articleId, title: `article ${i}`, publishedAt: '2025-07-14', sha256: hex.repeat(6).slice(0, 64) });
    const [a, b] = [`Company ${i}a`, `Company ${i}b`].map((name) => ({ id: makeNodeId('Company', name), type: 'Company' as const, name, aliases: [], properties: {} }));
    graph.nodes.push(a!, b!);
    graph.edges.push({
      id: makeEdgeId('PARTNERS_WITH', a!.id, b!.id),
      type: 'PARTNERS_WITH',
      source: a!.id,
      target: b!.id,
      properties: {},
      evidence: [{ articleId, sentence: `${a!.name} PARTNERS_WITH ${b!.name}.`, start: 0, end: 30, rule: 'test', confidence: 0.8 }],
    });
  }
  return graph;
}

describe.skipIf(!target.uri)('Neo4j writer, two batches in flight', () => {
  const uri = target.uri ?? 'bolt://127.0.0.1:7687';
  const { store, conn } = emptyNeo4jInSuite(uri);

  async function stored(): Promise<{ relationships: number; evidence: number; seqs: number[] }> {
    const res = await conn.query('MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(r.evidenceKeys)) AS evidence');
    const seqs = await conn.query('MATCH (a:Article) RETURN a.seq AS seq ORDER BY seq');
    const row = res.records[0]!;
    return { relationships: Number(row.get('relationships')), evidence: Number(row.get('evidence')), seqs: seqs.records.map((r) => Number(r.get('seq'))) };
  }

  it('loads the same graph as one batch at a time, all of it and each evidence entry once', async () => {
    const graph = syntheticGraph(3000, 21);
    const evidence = graph.edges.reduce((n, e) => n + new Set(e.evidence.map(evidenceKey)).size, 0);
    await store.clear();
    // each batch runs once (none fails for lack of a node or edge the one in flight writes), even
    // with commits slow to come (each transaction stays open 100 ms after its statements)
    let transactions = 0;
    const hooked = new Connection({ uri });
    const run = hooked.writeTransaction.bind(hooked);
    hooked.writeTransaction = (work) => (
      transactions++,
      run(async (tx) => {
        const out = await work(tx);
        await new Promise((ok) => setTimeout(ok, 100));
        return out;
      })
    );
    const piped = await writeGraph(hooked, graph, { batchSize: 150, concurrency: 2 }).finally(() => hooked.close());
    expect(transactions).toBe(planBatches(graph, 0, 150).batches.length);
    const a = await stored();
    await store.clear();
    const single = await store.load(graph, { batchSize: 150, concurrency: 1 });
    const b = await stored();
    expect(piped).toMatchObject({ nodesCreated: graph.nodes.length, relationshipsCreated: graph.edges.length, articles: graph.articles.length });
    expect({ ...piped, seconds: 0 }).toEqual({ ...single, seconds: 0 });
    expect(a.relationships).toBe(graph.edges.length);
    expect(a.evidence).toBe(evidence);
    expect(b.evidence).toBe(evidence);
    expect(a.seqs.length).toBe(graph.articles.length);
  });

  it('a batch failing while the next is in flight leaves the batches before it and nothing after; the load runs again', async () => {
    await store.clear();
    // articles with nothing in common, a batch each: only the wait keeps the next from committing first
    const graph = disjointGraph(8);
    const { batches } = planBatches(graph, 0, 3);
    expect(batches.map((b) => b.articles.length)).toEqual(Array(8).fill(1));
    const k = 4;
    expect(batches.length).toBeGreaterThan(k + 2);
    let transactions = 0;
    let nextStarted = false;
    const hooked = new Connection({ uri });
    const run = hooked.writeTransaction.bind(hooked);
    hooked.writeTransaction = async (work) => {
      const n = ++transactions;
      if (n === k + 2) nextStarted = true;
      if (n !== k + 1) return run(work);
      // batch k runs all its statements, waits until the next batch has begun, then fails (rolled back)
      return run(async (tx) => {
        await work(tx);
        for (let i = 0; i < 100 && !nextStarted; i++) await new Promise((ok) => setTimeout(ok, 20));
        throw new Error('injected failure');
      });
    };
    try {
      await expect(writeGraph(hooked, graph, { batchSize: 3, concurrency: 2 })).rejects.toThrow(/batch 5 of \d+ failed.*injected failure/);
    } finally {
      await hooked.close();
    }
    expect(nextStarted).toBe(true);
    const before = batches.slice(0, k);
    const edges = new Set(before.flatMap((b) => [...b.edges.values()].flat().map((r) => r.id)));
    const nodes = before.reduce((n, b) => n + [...b.nodes.values()].flat().length, 0);
    expect(await store.counts()).toEqual({ nodes, relationships: edges.size, articles: before.reduce((n, b) => n + b.articles.length, 0) });
    await store.load(graph, { batchSize: 3 });
    expect(await store.counts()).toEqual({ nodes: graph.nodes.length, relationships: graph.edges.length, articles: graph.articles.length });
    expect((await stored()).evidence).toBe(graph.edges.reduce((n, e) => n + new Set(e.evidence.map(evidenceKey)).size, 0));
  });
});
