/**
 * The Cypher script and literals against a real Neo4j: every hostile string reads back exactly,
 * and the script recreates the graph (twice: it is idempotent) without touching anything else.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/graph/index.js';
import { cypherString, toCypherScript } from '../../src/export/index.js';
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
  await driver.executeQuery('MATCH (n:KgExportSentinel) DETACH DELETE n');
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
      id: p(e.id),
      source: p(e.source),
      target: p(e.target),
      evidence: e.evidence.map((ev) => ({ ...ev, articleId: p(ev.articleId) })),
    })),
  };
}

async function runScript(script: string): Promise<void> {
  const session = driver!.session();
  try {
    for (const line of script.split('\n')) {
      if (line.trim() === '' || line.startsWith('//')) continue;
      await session.run(line);
    }
  } finally {
    await session.close();
  }
}

async function readBack(prefix: string) {
  const nodes = await driver!.executeQuery(
    'MATCH (n) WHERE n.id STARTS WITH $prefix AND NOT n:Article RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
    { prefix },
  );
  const rels = await driver!.executeQuery(
    'MATCH (s)-[r]->(t) WHERE r.id STARTS WITH $prefix RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props ORDER BY id',
    { prefix },
  );
  const articles = await driver!.executeQuery('MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN properties(a) AS props', { prefix });
  return { nodes: nodes.records.map((r) => r.toObject()), rels: rels.records.map((r) => r.toObject()), articles: articles.records.map((r) => r.toObject()) };
}

async function assertRecreated(graph: GraphDocument, prefix: string): Promise<void> {
  const back = await readBack(prefix);
  expect(back.nodes).toHaveLength(graph.nodes.length);
  expect(back.rels).toHaveLength(graph.edges.length);
  expect(back.articles).toHaveLength(graph.articles.length);
  const byId = new Map(back.nodes.map((n) => [n.id as string, n]));
  for (const node of graph.nodes) {
    const got = byId.get(node.id);
    expect(got, node.id).toBeDefined();
    expect(got!.labels).toEqual([node.type]);
    expect(got!.props.name).toBe(node.name);
    expect(got!.props.aliases).toEqual(node.aliases);
    for (const [k, v] of Object.entries(node.properties)) {
      const stored = got!.props[k];
      expect(typeof stored === 'object' && stored !== null ? Number(stored) : stored, `${node.id}.${k}`).toEqual(v);
    }
  }
  const relById = new Map(back.rels.map((r) => [r.id as string, r]));
  for (const edge of graph.edges) {
    const got = relById.get(edge.id);
    expect(got, edge.id).toBeDefined();
    expect([got!.type, got!.source, got!.target]).toEqual([edge.type, edge.source, edge.target]);
    expect(got!.props.evidenceSentences).toEqual(edge.evidence.map((e) => e.sentence));
    expect(got!.props.evidenceConfidences).toEqual(edge.evidence.map((e) => e.confidence));
    expect(got!.props.evidenceRules).toEqual(edge.evidence.map((e) => e.rule));
  }
}

describe.skipIf(!driver)(`Cypher export in a real Neo4j${driver ? '' : ` (skipped: ${neo.reason})`}`, () => {
  it('reads every hostile and random string back exactly (RETURN literal)', async () => {
    const random = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !/[\uD800-\uDFFF]/.test(s)), { numRuns: 300, seed: 7 });
    const strings = [...HOSTILE_NAMES, ...random];
    const { records } = await driver!.executeQuery(`RETURN [${strings.map(cypherString).join(', ')}] AS xs`);
    expect(records[0]!.get('xs')).toEqual(strings);
  });

  it('recreates the hostile graph, deletes nothing else, and is idempotent', async () => {
    await driver!.executeQuery('CREATE (:KgExportSentinel {id: $id, name: "still here"})', { id: `${RUN}-sentinel` });
    const { records: before } = await driver!.executeQuery('MATCH (n) RETURN count(n) AS c');
    const graph = isolate(hostileGraph(), 'hostile');
    const script = toCypherScript(graph);
    await runScript(script);
    await runScript(script);
    await assertRecreated(graph, `${RUN}hostile/`);
    const { records: after } = await driver!.executeQuery('MATCH (n) RETURN count(n) AS c');
    const added = graph.nodes.length + graph.articles.length;
    expect(Number(after[0]!.get('c'))).toBe(Number(before[0]!.get('c')) + added);
    const { records: sentinel } = await driver!.executeQuery('MATCH (n:KgExportSentinel {id: $id}) RETURN n.name AS name', { id: `${RUN}-sentinel` });
    expect(sentinel.map((r) => r.get('name'))).toEqual(['still here']);
  });

  it('recreates the seed graph', async () => {
    const { graph: seed } = await seedGraph();
    const graph = isolate(seed, 'seed');
    await runScript(toCypherScript(graph));
    await assertRecreated(graph, `${RUN}seed/`);
  });
});
