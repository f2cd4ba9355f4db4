/**
 * @neo4j/graphql, served by the bench over the Neo4j store's data, answers the same questions as
 * our API does for the seed article (so the side-by-side figures compare like with like).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerChild, type ServerChild } from '../../src/bench/api.js';
import { neo4jGraphqlOperations } from '../../src/bench/neo4j-graphql.js';
import { buildGraphFromFiles } from '../../src/pipeline/index.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { neo4jForTests, repoRoot } from '../support/neo4j.js';

const target = await neo4jForTests();

describe.skipIf(!target.uri)('@neo4j/graphql on the same Neo4j data', () => {
  // created in beforeAll: describe bodies run even when the suite is skipped (no Neo4j here)
  let store: ReturnType<typeof createNeo4jStore>;
  let server: ServerChild;
  const answers = new Map<string, unknown>();

  beforeAll(async () => {
    store = createNeo4jStore({ uri: target.uri! });
    const { graph } = await buildGraphFromFiles([path.join(repoRoot, 'seed')], { workers: 1 });
    await store.init();
    await store.clear();
    await store.load(graph);
    server = await startServerChild({ neo4jGraphql: target.uri! });
    for (const op of neo4jGraphqlOperations('익시젠')) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: op.query, operationName: op.name, variables: op.variables ?? {} }),
      });
      answers.set(op.name, await res.json());
    }
  });
  afterAll(async () => {
    await server?.stop();
    await store?.clear();
    await store?.close();
  });

  it('answers every operation without errors', () => {
    expect([...answers.keys()]).toEqual(['ModelBasedOn', 'AliasLookup', 'ForeignBased', 'Leaderboard', 'Evidence', 'CompanyView', 'Lineage', 'Lineage3Hop']);
    for (const [name, a] of answers) expect((a as { errors?: unknown }).errors, name).toBeUndefined();
  });

  it('finds what our contract expects for the seed', () => {
    const data = (name: string) => (answers.get(name) as { data: Record<string, unknown[]> }).data;
    const [ax] = data('ModelBasedOn').models as { basedOn: { developers: { country: string }[] }[] }[];
    expect(ax?.basedOn[0]?.developers[0]?.country).toBe('CN');
    const [kmmlu] = data('Leaderboard').benchmarks as { modelsConnection: { edges: { properties: { score: number }; node: { name: string } }[] } }[];
    expect(kmmlu?.modelsConnection.edges.map((e) => [e.node.name, e.properties.score])).toEqual([['A.X 4.0 라이트', 64.15], ['A.X 3.1 라이트', 61.7]]);
    const [kt] = data('CompanyView').companies as { partners: { name: string; country: string }[] }[];
    expect(kt?.partners).toEqual([{ name: '마이크로소프트', country: 'US' }]);
    const [ixigen] = data('Lineage').models as { lineage: { name: string }[] }[];
    expect(ixigen?.lineage.map((m) => m.name)).toEqual(['엑사원']);
    expect((data('ForeignBased').models as { name: string }[]).map((m) => m.name)).toContain('A.X 4.0');
  });
});
