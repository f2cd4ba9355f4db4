import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/graph/index.js';
import type { Store } from '../../src/store/index.js';
import { seedExpectedGraph, syntheticGraph } from '../support/graphs.js';
import { postGraphQL } from '../support/http.js';
import { STORE_FACTORIES } from '../support/stores.js';
import { serveInSuite } from '../support/servers.js';

/** The seed graph with one model that has no relation at all. */
function withLoneModel(): GraphDocument {
  const g = seedExpectedGraph();
  const lone = { ...g.nodes.find((n) => n.type === 'Model')!, id: 'model-lone-test', name: 'Lone Test Model', aliases: [], properties: {} };
  return { ...g, nodes: [...g.nodes, lone] };
}

const WITH_RELATIONS = `query($name: String!) { model(name: $name) {
  id name developer { name country } developers { name } basedOn { foreign model { name developer { name } } }
} }`;
/** The same node by id: its developers read by the developers loader, not from the relations. */
const BY_ID = `query($id: ID!) { node(id: $id) { ... on Model { name developers { name } } } }`;

for (const factory of STORE_FACTORIES) {
  describe(`a lookup by name that reads on to the relations, on the ${factory.name} store`, () => {
    const served = serveInSuite(() => factory.create(withLoneModel()));

    it('finds a model without any relation, with no developer and no base', async () => {
      const { body } = await postGraphQL(`${served.server.url}/graphql`, WITH_RELATIONS, { name: 'Lone Test Model' });
      expect(body.errors).toBeUndefined();
      expect(body.data.model).toEqual({ id: 'model-lone-test', name: 'Lone Test Model', developer: null, developers: [], basedOn: [] });
    });

    it('gives the same developers and bases as a lookup that reads the relations afterwards', async () => {
      for (const name of ['A.X 4.0', '익시젠', '믿음 2.0']) {
        const full = (await postGraphQL(`${served.server.url}/graphql`, WITH_RELATIONS, { name })).body.data.model;
        const plain = (await postGraphQL(`${served.server.url}/graphql`, BY_ID, { id: full.id })).body.data.node;
        expect(full.name).toBe(plain.name);
        expect(plain.developers.length).toBeGreaterThan(0);
        expect(full.developers).toEqual(plain.developers);
        expect(full.developer?.name ?? null).toBe(plain.developers[0]?.name ?? null);
      }
    });

    it('answers a missing name with null', async () => {
      const { body } = await postGraphQL(`${served.server.url}/graphql`, WITH_RELATIONS, { name: 'No Such Model 9' });
      expect(body.errors).toBeUndefined();
      expect(body.data.model).toBeNull();
    });
  });
}

/** Seed graph and a generated one whose Model 4-0 → 3-0 → 2-0 → 1-0 → 0-0 chain crosses countries; 4-0 also on 3-1 → 2-1 … */
function withChains(): GraphDocument {
  const seed = seedExpectedGraph();
  const gen = syntheticGraph(10, 2);
  const byName = new Map(gen.nodes.map((n) => [n.name, n.id]));
  const template = gen.edges.find((e) => e.type === 'BASED_ON')!;
  const extra = { ...template, id: 'edge-test-branch', source: byName.get('Model 4-0')!, target: byName.get('Model 3-1')! };
  return { version: 1, articles: [...seed.articles, ...gen.articles], nodes: [...seed.nodes, ...gen.nodes], edges: [...seed.edges, ...gen.edges, extra] };
}

const HOP = (inner: string) => `basedOn { foreign status evidence { rule } model { name developer { name country } developers { name } ${inner} } }`;
const CHAIN_FIELDS = `name developer { name country } ${HOP(HOP(HOP('')))}`;
const CHAIN_BY_NAME = `query($name: String!) { model(name: $name) { id ${CHAIN_FIELDS} } }`;
const CHAIN_BY_ID = `query($id: ID!) { node(id: $id) { ... on Model { id ${CHAIN_FIELDS} } } }`;
/** Past the chain: the last models' scores are read afterwards (their other relations were not). */
const WITH_SCORES = `name ${HOP(HOP(`...M scores { score }`))} lineage { name }`;
const SCORES_BY_NAME = `query($name: String!) { model(name: $name) { id ${WITH_SCORES} } } fragment M on Model { basedOn { model { name derivatives { model { name } } } } }`;
const SCORES_BY_ID = `query($id: ID!) { node(id: $id) { ... on Model { id ${WITH_SCORES} } } } fragment M on Model { basedOn { model { name derivatives { model { name } } } } }`;
const FOREIGN = `query($c: String!, $t: Boolean) { foreignBasedModels(country: $c, transitive: $t) { id name developer { name country } developers { name } } }`;
const DEVELOPERS_BY_ID = `query($id: ID!) { node(id: $id) { ... on Model { developer { name country } developers { name } } } }`;

/** Cypher statements sent by a Neo4j store (undefined on another store). */
const tripsOf = (store: Store): number | undefined => ('roundTrips' in store ? (store as { roundTrips: number }).roundTrips : undefined);

for (const factory of STORE_FACTORIES) {
  describe(`nested basedOn chains and foreign-based models read ahead, on the ${factory.name} store`, () => {
    const served = serveInSuite(() => factory.create(withChains()));

    it('answers a 3-hop basedOn selection by name as the same selection by id does, in one statement on Neo4j', async () => {
      for (const name of ['Model 4-0', 'Model 2-1', 'A.X 4.0', 'Lone name 9']) {
        const before = tripsOf(served.store);
        const byName = await postGraphQL(`${served.server.url}/graphql`, CHAIN_BY_NAME, { name });
        const trips = before === undefined ? undefined : tripsOf(served.store)! - before;
        expect(byName.body.errors).toBeUndefined();
        const found = byName.body.data.model;
        if (name === 'Lone name 9') {
          expect(found).toBeNull();
          continue;
        }
        if (trips !== undefined) expect({ name, trips }).toEqual({ name, trips: 1 });
        const byId = await postGraphQL(`${served.server.url}/graphql`, CHAIN_BY_ID, { id: found.id });
        expect(found).toEqual(byId.body.data.node);
      }
      const deep = (await postGraphQL(`${served.server.url}/graphql`, CHAIN_BY_NAME, { name: 'Model 4-0' })).body.data.model;
      expect(deep.basedOn.map((b: { model: { name: string } }) => b.model.name)).toEqual(['Model 3-0', 'Model 3-1']);
      expect(deep.basedOn[0].model.basedOn[0].model.basedOn[0].model.name).toBe('Model 1-0');
      expect(deep.basedOn[0].foreign).toBe(true);
    });

    it('answers the relations past the chain as a lookup by id does', async () => {
      for (const name of ['Model 4-0', 'Model 3-1']) {
        const byName = (await postGraphQL(`${served.server.url}/graphql`, SCORES_BY_NAME, { name })).body;
        expect(byName.errors).toBeUndefined();
        const byId = (await postGraphQL(`${served.server.url}/graphql`, SCORES_BY_ID, { id: byName.data.model.id })).body;
        expect(byName.data.model).toEqual(byId.data.node);
        expect(JSON.stringify(byName.data.model)).toContain('derivatives');
      }
    });

    it('answers foreignBasedModels with the same developers as a lookup by id, in one statement on Neo4j', async () => {
      for (const transitive of [false, true, false]) {
        for (const c of ['KR', 'US']) {
          const before = tripsOf(served.store);
          const { body } = await postGraphQL(`${served.server.url}/graphql`, FOREIGN, { c, t: transitive });
          if (before !== undefined) expect({ c, transitive, trips: tripsOf(served.store)! - before }).toEqual({ c, transitive, trips: 1 });
          expect(body.errors).toBeUndefined();
          expect(body.data.foreignBasedModels.length).toBeGreaterThan(0);
          for (const m of body.data.foreignBasedModels) {
            const plain = (await postGraphQL(`${served.server.url}/graphql`, DEVELOPERS_BY_ID, { id: m.id })).body.data.node;
            expect({ developer: m.developer, developers: m.developers }).toEqual(plain);
          }
        }
      }
    });
  });
}
