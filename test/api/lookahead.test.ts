import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import type { Store } from '../../src/store/index.js';
import { seedExpectedGraph } from '../support/graphs.js';
import { postGraphQL } from '../support/http.js';
import { STORE_FACTORIES } from '../support/stores.js';

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
    let server: RunningServer;
    let store: Store;
    beforeAll(async () => {
      store = await factory.create(withLoneModel());
      server = await startServer({ store, port: 0 });
    });
    afterAll(async () => {
      await server?.close();
      await store?.close();
    });

    it('finds a model without any relation, with no developer and no base', async () => {
      const { body } = await postGraphQL(`${server.url}/graphql`, WITH_RELATIONS, { name: 'Lone Test Model' });
      expect(body.errors).toBeUndefined();
      expect(body.data.model).toEqual({ id: 'model-lone-test', name: 'Lone Test Model', developer: null, developers: [], basedOn: [] });
    });

    it('gives the same developers and bases as a lookup that reads the relations afterwards', async () => {
      for (const name of ['A.X 4.0', '익시젠', '믿음 2.0']) {
        const full = (await postGraphQL(`${server.url}/graphql`, WITH_RELATIONS, { name })).body.data.model;
        const plain = (await postGraphQL(`${server.url}/graphql`, BY_ID, { id: full.id })).body.data.node;
        expect(full.name).toBe(plain.name);
        expect(plain.developers.length).toBeGreaterThan(0);
        expect(full.developers).toEqual(plain.developers);
        expect(full.developer?.name ?? null).toBe(plain.developers[0]?.name ?? null);
      }
    });

    it('answers a missing name with null', async () => {
      const { body } = await postGraphQL(`${server.url}/graphql`, WITH_RELATIONS, { name: 'No Such Model 9' });
      expect(body.errors).toBeUndefined();
      expect(body.data.model).toBeNull();
    });
  });
}
