/**
 * The Cypher script and literals against a real Neo4j: every hostile string reads back exactly,
 * and the script recreates the graph (twice: it is idempotent) without touching anything else.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { makeEdgeId, type GraphDocument } from '../../src/graph/index.js';
import { cypherString, toCypherScript } from '../../src/export/index.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { seedGraph } from '../support/graphs.js';
import { HOSTILE_NAMES, hostileGraph } from './fixtures.js';
import { connectNeo4jForTests, neo4jRequired } from './neo4j-env.js';

const neo = await connectNeo4jForTests();
if (!neo.driver && neo4jRequired) throw new Error(`KG_REQUIRE_NEO4J is set but ${neo.reason}`);
const driver = neo.driver;
const RUN = `kgexporttest${Date.now().toString(36)}`;

afterAll(async () => {
  if (!driver) return;
  await driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $run DETACH DELETE n', { run: RUN });
  await driver.close();
});

/** The graph with every id prefixed by this run's marker, so nothing else in the database is touched. */
function isolate(graph: GraphDocument, tag: string): GraphDocument {
  const p = (id: string) => `${RUN}${tag}/${id}`;
  return {
    ...graph,
    articles: graph.articles.map((a) => ({ ...a, id: p(a.id) })),
    nodes: graph.nodes.map((n) => ({ ...n, id: p(n.id) })),
    edges: graph.edges.map((e) => ({
      ...e,
      id: makeEdgeId(e.type, p(e.source), p(e.target)),
      source: p(e.source),
      target: p(e.target),
      evidence: e.evidence.map((ev) => ({ ...ev, articleId: p(ev.articleId) })),
    })),
  };
}

/** Runs the script a statement at a time; returns how many nodes and relationships its statements deleted. */
async function runScript(script: string): Promise<{ deleted: number }> {
  const session = driver!.session();
  let deleted = 0;
  try {
    for (const line of script.split('\n')) {
      if (line.trim() === '' || line.startsWith('//')) continue;
      const { summary } = await session.run(line);
      const u = summary.counters.updates();
      deleted += u.nodesDeleted + u.relationshipsDeleted;
    }
  } finally {
    await session.close();
  }
  return { deleted };
}

/** Reads the recreated graph back through the project's Neo4j store and compares it with the original. */
async function assertRecreated(graph: GraphDocument): Promise<void> {
  const store = createNeo4jStore({ uri: neo.uri!, password: process.env.NEO4J_PASSWORD });
  try {
    await store.init();
    const nodes = await store.getNodes(graph.nodes.map((n) => n.id));
    expect(nodes).toEqual(graph.nodes.map((n) => ({ ...n, aliases: [...new Set(n.aliases)] })));
    const relations = await store.getRelations(graph.nodes.map((n) => ({ nodeId: n.id, direction: 'out' as const })));
    const byId = new Map(relations.flat().map((e) => [e.id, e]));
    expect(byId.size).toBe(graph.edges.length);
    for (const edge of graph.edges) expect(byId.get(edge.id), edge.id).toEqual(edge);
    expect(await store.getArticles(graph.articles.map((a) => a.id))).toEqual(graph.articles);
  } finally {
    await store.close();
  }
}

describe.skipIf(!driver)(`Cypher export in a real Neo4j${driver ? '' : ` (skipped: ${neo.reason})`}`, () => {
  it('reads every hostile and random string back exactly (RETURN literal)', async () => {
    const random = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !/[\uD800-\uDFFF]/.test(s)), { numRuns: 300, seed: 7 });
    const strings = [...HOSTILE_NAMES, ...random];
    const { records } = await driver!.executeQuery(`RETURN [${strings.map(cypherString).join(', ')}] AS xs`);
    expect(records[0]!.get('xs')).toEqual(strings);
  });

  it('recreates the hostile graph, deletes nothing, and is idempotent', async () => {
    const graph = isolate(hostileGraph(), 'hostile');
    const script = toCypherScript(graph);
    expect(await runScript(script)).toEqual({ deleted: 0 });
    expect(await runScript(script)).toEqual({ deleted: 0 });
    await assertRecreated(graph);
    // Other test runs may share this database: count only what this run wrote.
    const { records } = await driver!.executeQuery('MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS c', { p: `${RUN}hostile/` });
    expect(Number(records[0]!.get('c'))).toBe(graph.nodes.length + graph.articles.length);
  });

  it('recreates the seed graph', async () => {
    const { graph: seed } = await seedGraph();
    const graph = isolate(seed, 'seed');
    await runScript(toCypherScript(graph));
    await assertRecreated(graph);
  });
});
