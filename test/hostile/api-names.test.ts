import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/index.js';
import type { Store } from '../../src/store/index.js';
import { GraphBuilder, seedExpectedGraph } from '../support/graphs.js';
import { postGraphQL } from '../support/http.js';
import { STORE_FACTORIES } from '../support/stores.js';

/** Names an article could carry that mean something to a browser, Neo4j or a GraphQL server. */
export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "'}) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  '`) CALL dbms.killQueries() //',
  '${7*7} {{7*7}}',
  '{ __schema { types { name } } }',
  'mutation { deleteArticle(id: "x") }',
  '\\u0000 ..\\..\\ %00 %n',
  '한빛\u202Eevil\u202C 모델',
];

for (const factory of STORE_FACTORIES) {
  describe(`names holding markup, scripts, Cypher or GraphQL come back as plain strings (${factory.name} store)`, () => {
    let store: Store;
    let server: RunningServer;
    let url: string;
    let before: number;
    const ids: string[] = [];

    beforeAll(async () => {
      const b = new GraphBuilder();
      const company = b.node('Company', '한빛AI', { country: 'KR' }, HOSTILE_NAMES.slice(0, 3));
      HOSTILE_NAMES.forEach((name, i) => {
        const id = b.node('Model', name, { releasedOn: '2025-01-01' }, [`${name} v${i}`]);
        ids.push(id);
        b.edge('DEVELOPED', company, id, {}, `한빛AI가 ${name}을 공개했다.`);
      });
      const g = seedExpectedGraph();
      const mine = b.build();
      store = await factory.create({ version: 1, articles: [...g.articles, ...mine.articles], nodes: [...g.nodes, ...mine.nodes], edges: [...g.edges, ...mine.edges] });
      before = (await store.counts()).nodes;
      server = await startServer({ store, port: 0 });
      url = `${server.url}/graphql`;
    });
    afterAll(async () => {
      await server?.close();
      await store?.close();
    });

    it.each(HOSTILE_NAMES.map((n, i) => [n, i] as const))('%s: by name, by id, by search, in the graph feed', async (name, i) => {
      const { status, body } = await postGraphQL(
        url,
        `query($name: String!, $id: ID!) {
          model(name: $name) { id name aliases developer { name } developedBy { evidence { sentence } } }
          node(id: $id) { name }
          search(text: $name, types: [Model]) { ... on Model { name } }
          graph(ids: [$id], depth: 1) { nodes { label } edges { evidence { sentence } } }
        }`,
        { name, id: ids[i] },
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.model).toEqual({
        id: ids[i],
        name,
        aliases: [`${name} v${i}`],
        developer: { name: '한빛AI' },
        developedBy: [{ evidence: [{ sentence: `한빛AI가 ${name}을 공개했다.` }] }],
      });
      expect(body.data.node).toEqual({ name });
      expect(body.data.search.map((m: { name: string }) => m.name)).toContain(name);
      expect(body.data.graph.nodes.map((n: { label: string }) => n.label)).toContain(name);
    });

    it('left the store whole (nothing was executed)', async () => {
      expect((await store.counts()).nodes).toBe(before);
      const { body } = await postGraphQL(url, '{ company(name: "한빛AI") { aliases models { name } } }');
      expect(body.data.company.aliases).toEqual(expect.arrayContaining(HOSTILE_NAMES.slice(0, 3)));
      expect(body.data.company.models.map((m: { name: string }) => m.name).sort()).toEqual([...HOSTILE_NAMES].sort());
    });

    it('ingests an article quoting hostile names: they are stored and returned as text, nothing else changes', async () => {
      const saved = process.env.KG_API_TOKEN;
      process.env.KG_API_TOKEN = 'names-test-token';
      try {
        const text = [
          '한빛AI, 새 모델 공개',
          '2025.07.03',
          '',
          ...HOSTILE_NAMES.map((n) => `한빛AI는 '${n}' 모델을 오픈소스로 공개했다고 3일 밝혔다.`),
          `SK텔레콤은 "${HOSTILE_NAMES[2]}" 기반의 모델을 만들었다.`,
        ].join('\n\n');
        const countsBefore = await store.counts();
        const knownIds = new Set((await store.exportGraph()).nodes.map((n) => n.id));
        const r = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer names-test-token' },
          body: JSON.stringify({ query: 'mutation($t: String) { ingestArticle(text: $t) { articleId nodes edges } }', variables: { t: text } }),
        });
        const body = (await r.json()) as { data?: any; errors?: unknown[] };
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        const id = body.data.ingestArticle.articleId as string;
        const mentions = await postGraphQL(url, 'query($id: ID!) { article(id: $id) { mentions { ... on Node { name aliases } } } }', { id });
        expect(mentions.body.errors).toBeUndefined();
        const stripped = text.replace(/\s+/g, '');
        const known = new Set((await store.exportGraph()).nodes.filter((n) => knownIds.has(n.id)).map((n) => n.name));
        for (const m of mentions.body.data.article.mentions as { name: string; aliases: string[] }[]) {
          expect(typeof m.name).toBe('string');
          // a name new to the graph is text of the article, never something interpreted
          if (!known.has(m.name)) expect(stripped).toContain(m.name.replace(/\s+/g, ''));
        }
        const countsAfter = await store.counts();
        expect(countsAfter.nodes).toBeGreaterThanOrEqual(countsBefore.nodes);
        expect(countsAfter.articles).toBe(countsBefore.articles + 1);
        const del = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer names-test-token' },
          body: JSON.stringify({ query: 'mutation($id: ID!) { deleteArticle(id: $id) }', variables: { id } }),
        });
        expect(((await del.json()) as { data: unknown }).data).toEqual({ deleteArticle: true });
        expect(await store.counts()).toEqual(countsBefore);
      } finally {
        if (saved === undefined) delete process.env.KG_API_TOKEN;
        else process.env.KG_API_TOKEN = saved;
      }
    });

    it('answers JSON, never HTML, so a name cannot become markup in the response', async () => {
      const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ model(name: "<script>alert(1)</script>") { name } }' }) });
      expect(r.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
      expect(await r.text()).toContain('"name":"<script>alert(1)</script>"');
    });
  });
}
