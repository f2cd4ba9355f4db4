/**
 * GET /export/graph… against the real server on every store: formats, headers, selections that
 * match the store's neighbourhood and the GraphQL `graph` query, foreign flags, and clear errors.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/graph/index.js';
import { seedGraph } from '../support/graphs.js';
import { postGraphQL } from '../support/http.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { neo4jForTests } from '../support/neo4j.js';
import { STORE_FACTORIES, type StoreFactory } from '../support/stores.js';
import { hostileGraph } from './fixtures.js';
import { checkWellFormedXml } from './xml-check.js';
import { serveInSuite } from '../support/servers.js';

interface CyDoc {
  data: { truncated: boolean };
  elements: { nodes: { data: { id: string; label: string } }[]; edges: { data: { id: string; type: string; source: string; foreign?: boolean } }[] };
}

async function testGraph(): Promise<GraphDocument> {
  const { graph } = await seedGraph();
  const hostile = hostileGraph('routes');
  return { version: 1, articles: [...graph.articles, ...hostile.articles], nodes: [...graph.nodes, ...hostile.nodes], edges: [...graph.edges, ...hostile.edges] };
}

/** The shared factories, plus Neo4j (the test database, wiped) when the shared list has none. */
async function factories(): Promise<StoreFactory[]> {
  if (STORE_FACTORIES.some((f) => f.name.startsWith('neo4j'))) return STORE_FACTORIES;
  const target = await neo4jForTests();
  if (!target.uri) return STORE_FACTORIES;
  const uri = target.uri;
  const neo4jFactory: StoreFactory = {
    name: 'neo4j',
    async create(graph) {
      const store = createNeo4jStore({ uri, ...(process.env.NEO4J_PASSWORD ? { password: process.env.NEO4J_PASSWORD } : {}) });
      await store.init();
      await store.clear();
      await store.load(graph);
      return store;
    },
  };
  return [...STORE_FACTORIES, neo4jFactory];
}

for (const factory of await factories()) {
  describe(`HTTP exports on the ${factory.name} store`, () => {
    const served = serveInSuite(async () => factory.create(await testGraph()));
    const get = (path: string, init?: RequestInit) => fetch(`${served.server.url}${path}`, init);
    const getCy = async (path: string) => {
      const r = await get(path);
      expect(r.status, await r.clone().text()).toBe(200);
      return { r, doc: (await r.json()) as CyDoc };
    };

    it('exports the whole graph as .cyjs that Cytoscape.js loads whole', async () => {
      const { r, doc } = await getCy('/export/graph.cyjs');
      expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="?sovereign-kg\.cyjs"?$/);
      const counts = await served.store.counts();
      const cy = cytoscape({ headless: true, elements: doc.elements as unknown as cytoscape.ElementsDefinition });
      expect(cy.nodes().length).toBe(counts.nodes);
      expect(cy.edges().length).toBe(counts.relationships);
      expect(doc.data.truncated).toBe(false);
    });

    it('exports GraphML and a Cypher script with their media types', async () => {
      const counts = await served.store.counts();
      const g = await get('/export/graph?format=graphml');
      expect(g.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
      expect(g.headers.get('content-disposition')).toMatch(/^attachment; filename="?sovereign-kg\.graphml"?$/);
      const xml = await g.text();
      expect(checkWellFormedXml(xml)).toEqual([]);
      expect(xml.match(/<node /g)?.length).toBe(counts.nodes);
      const c = await get('/export/graph.cypher');
      expect(c.headers.get('content-type')).toBe('application/x-cypher-query; charset=utf-8');
      const script = await c.text();
      expect(script).toMatch(/^\/\/ sovereign-kg graph: (\d+) nodes/);
      expect(script).toContain(`${counts.nodes} nodes, ${counts.relationships} relationships`);
      const head = await get('/export/graph.graphml', { method: 'HEAD' });
      expect(head.status).toBe(200);
    });

    it('a selection holds what served.store.neighbourhood and the GraphQL graph query return', async () => {
      const { doc, r } = await getCy(`/export/graph.cyjs?center=${encodeURIComponent('SK텔레콤')}&depth=1`);
      const [center] = await served.store.findByName([{ name: 'SK텔레콤' }]);
      const sub = await served.store.neighbourhood({ centerIds: [center!.id], depth: 1, limit: 200 });
      expect(doc.elements.nodes.map((n) => n.data.id).sort()).toEqual(sub.nodes.map((n) => n.id).sort());
      expect(doc.elements.edges.map((e) => e.data.id).sort()).toEqual(sub.edges.map((e) => e.id).sort());
      const gql = await postGraphQL(`${served.server.url}/graphql`, 'query { graph(center: "SK텔레콤", depth: 1) { nodes { id } edges { id } } }');
      expect(doc.elements.nodes.map((n) => n.data.id).sort()).toEqual(gql.body.data.graph.nodes.map((n: { id: string }) => n.id).sort());
      expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="sovereign-kg-.*-d1\.cyjs"; filename\*=UTF-8''sovereign-kg-sk%ED%85%94%EB%A0%88%EC%BD%A4-d1\.cyjs$/);
    });

    it('honours ids, types and limit, and says when the selection was cut', async () => {
      const [center] = await served.store.findByName([{ name: 'SK텔레콤' }]);
      const { doc, r } = await getCy(`/export/graph.cyjs?ids=${encodeURIComponent(center!.id)}&depth=2&limit=3`);
      expect(doc.elements.nodes.length).toBe(3);
      expect(doc.data.truncated).toBe(true);
      expect(r.headers.get('x-kg-truncated')).toBe('true');
      const typed = await getCy(`/export/graph.cyjs?ids=${encodeURIComponent(center!.id)}&depth=2&types=Company,Model`);
      const types = new Set((await served.store.getNodes(typed.doc.elements.nodes.map((n) => n.data.id))).map((n) => n!.type));
      expect([...types].every((t) => t === 'Company' || t === 'Model')).toBe(true);
    });

    it('marks BASED_ON edges foreign exactly where the store finds foreign bases', async () => {
      const { doc } = await getCy('/export/graph.cyjs');
      const based = doc.elements.edges.filter((e) => e.data.type === 'BASED_ON');
      expect(based.length).toBeGreaterThan(0);
      const foreignSources = new Set(based.filter((e) => e.data.foreign === true).map((e) => e.data.source));
      for (const country of ['KR', 'US']) {
        const models = await served.store.foreignBasedModels(country, false);
        for (const m of models) expect(foreignSources.has(m.id), m.name).toBe(true);
      }
      const kr = (await served.store.foreignBasedModels('KR', false)).map((m) => m.id);
      expect(kr.length).toBeGreaterThan(0);
    });

    it('carries hostile names through a selection centred on one', async () => {
      const name = "'}) DETACH DELETE n //";
      const { doc, r } = await getCy(`/export/graph.cyjs?center=${encodeURIComponent(name)}`);
      expect(doc.elements.nodes.map((n) => n.data.label)).toContain(name);
      expect(r.headers.get('content-disposition')).toBe('attachment; filename=sovereign-kg-detach-delete-n-d1.cyjs');
      const xml = await (await get(`/export/graph.graphml?center=${encodeURIComponent(name)}`)).text();
      expect(checkWellFormedXml(xml)).toEqual([]);
    });

    it.each([
      ['/export/graph?format=xml', 400, /^format: must be one of cytoscape, graphml, cypher$/],
      ['/export/graph.pdf', 400, /unknown extension/],
      ['/export/graph.cyjs?center=SKT&depth=9', 400, /^depth: must be an integer from 0 to 5$/],
      ['/export/graph.cyjs?center=SKT&limit=0', 400, /^limit: must be an integer from 1 to 5000$/],
      ['/export/graph.cyjs?center=SKT&types=Robot', 400, /^types: unknown node type "Robot"/],
      ['/export/graph.cyjs?depth=2', 400, /^depth: needs center or ids$/],
      ['/export/graph.cyjs?center=a&center=b', 400, /^center: give it once$/],
      [`/export/graph.cyjs?center=${encodeURIComponent('없는회사<b>')}`, 404, /^center: no node is named "없는회사<b>"$/],
    ])('%s → %d with a one-line message', async (path, status, message) => {
      const r = await get(path);
      expect(r.status).toBe(status);
      expect(r.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const text = await r.text();
      expect(text.trim()).toMatch(message);
      expect(text.trim().split('\n')).toHaveLength(1);
    });
  });
}
