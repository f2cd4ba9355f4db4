import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { SPEC_DIR, seedExpectedGraph, syntheticGraph } from '../support/graphs.js';
import { postGraphQL } from '../support/http.js';
import { countingStore, STORE_FACTORIES } from '../support/stores.js';

const contract = readFileSync(path.join(SPEC_DIR, 'contract.graphql'), 'utf8');
const operations = Object.keys(JSON.parse(readFileSync(path.join(SPEC_DIR, 'contract-expected.json'), 'utf8')) as object);

/** Store calls per contract operation when the store has relationsWithEnds and findByNameWithRelations (the Neo4j store). */
const WITH_ENDS: Record<string, number> = { ModelBasedOn: 1, Leaderboard: 1, Evidence: 2, CompanyView: 1, AliasLookup: 2, ForeignBased: 1, Lineage: 3 };

function merged(...graphs: GraphDocument[]): GraphDocument {
  return {
    version: 1,
    articles: graphs.flatMap((g) => g.articles),
    nodes: graphs.flatMap((g) => g.nodes),
    edges: graphs.flatMap((g) => g.edges),
  };
}

const NESTED = `query($first: Int, $filter: ModelFilter) { models(first: $first, filter: $filter) { totalCount nodes {
  name developer { name country partners { name } }
  basedOn { foreign model { name developer { name } } evidence { rule article { title } } }
  scores { score benchmark { name leaderboard { score } } }
  lineage { name }
} } }`;

for (const factory of STORE_FACTORIES) {
  describe(`store round trips per request on the ${factory.name} store (no N+1)`, () => {
    let server: RunningServer;
    let counter: ReturnType<typeof countingStore>;
    beforeAll(async () => {
      const big = merged(seedExpectedGraph(), syntheticGraph(300, 4));
      expect(big.nodes.length).toBeGreaterThanOrEqual(1000);
      counter = countingStore(await factory.create(big));
      server = await startServer({ store: counter.store, port: 0 });
    });
    afterAll(async () => {
      await server?.close();
      await counter?.store.close();
    });

    async function callsFor(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<number> {
      counter.reset();
      const r = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables, operationName }),
      });
      const body = (await r.json()) as { errors?: unknown };
      expect(JSON.stringify(body.errors ?? null)).toBe('null');
      return counter.calls();
    }

    it('does not grow with the number of results', async () => {
      // Company 1 (US, on Company 0's models) has 4 models; the US companies together 300.
      const few = await callsFor(NESTED, { first: 10, filter: { developer: 'Company 1' } });
      const many = await callsFor(NESTED, { first: 400, filter: { country: 'US' } });
      expect(many).toBe(few);
      expect(few).toBeLessThanOrEqual(30);
    });

    it.each(operations)('contract operation %s stays within a few round trips', async (name) => {
      const calls = await callsFor(contract, undefined, name);
      expect(calls).toBeLessThanOrEqual(12);
      // A store with relationsWithEnds answers the far ends and their developers with the edges.
      if (counter.store.relationsWithEnds) expect(calls).toBeLessThanOrEqual(WITH_ENDS[name] ?? 12);
    });

    it('answers foreignBasedModels with their developers in one store call', async () => {
      const calls = await callsFor('{ foreignBasedModels(country: "KR") { name developer { name country } developers { name } } }');
      expect(calls).toBe(1);
      expect(counter.byMethod.get('foreignBasedWithDevelopers')).toBe(1);
    });

    it('still answers correctly on the big graph', async () => {
      const { body } = await postGraphQL(`${server.url}/graphql`, '{ models(first: 500) { totalCount } foreignBasedModels(country: "KR") { name } }');
      expect(body.data.models.totalCount).toBe(9 + 1200);
      expect(body.data.foreignBasedModels.map((m: { name: string }) => m.name)).toContain('A.X 4.0');
    });
  });
}
