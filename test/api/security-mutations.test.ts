import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/index.js';
import { makeEdgeId, type GraphDocument } from '../../src/graph/index.js';
import { createEmbeddedStore, type Store } from '../../src/store/index.js';
import { GraphBuilder, seedExpectedGraph, seedGraph, SEED_FILE } from '../support/graphs.js';
import { STORE_FACTORIES } from '../support/stores.js';

const TOKEN = 'test-token-3b9c2f0e8d1a4c7b';
const ARTICLES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/articles');

interface Answer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  headers: Headers;
}

async function post(url: string, query: string, variables?: Record<string, unknown>, authorization?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  const r = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: r.status, body: (await r.json()) as Answer['body'], headers: r.headers };
}

const DELETE = 'mutation($id: ID!) { deleteArticle(id: $id) }';
const INGEST = `mutation($url: String, $html: String, $text: String) {
  ingestArticle(url: $url, html: $html, text: $text) {
    articleId title url publishedAt nodes edges nodesCreated relationshipsCreated resolvedToExisting warnings
  }
}`;

/** Edges keyed by id with their evidence as sorted strings; node ids sorted: what delete must restore. */
function factsOf(graph: GraphDocument) {
  const edges = new Map(graph.edges.map((e) => [e.id, e.evidence.map((v) => `${v.articleId}|${v.start}|${v.end}|${v.rule}`).sort()]));
  return { nodes: graph.nodes.map((n) => n.id).sort(), edges: new Map([...edges].sort(([a], [b]) => a.localeCompare(b))) };
}

/** A second article that repeats one seed fact (SK텔레콤 DEVELOPED A.X 4.0, with the seed's ids) and adds its own. */
function secondArticle(seed: GraphDocument): GraphDocument {
  const b = new GraphBuilder();
  const own = b.node('Model', '테스트 모델 7B', { parameters: 7e9 });
  const doc = b.build();
  const skt = seed.nodes.find((n) => n.name === 'SK텔레콤')!;
  const ax = seed.nodes.find((n) => n.name === 'A.X 4.0')!;
  const evidence = (sentence: string, start: number) => [{ articleId: b.articleId, sentence, start, end: start + sentence.length, rule: 'test.developed', confidence: 0.9 }];
  doc.nodes.push(skt, ax);
  doc.edges.push(
    { id: makeEdgeId('DEVELOPED', skt.id, ax.id), type: 'DEVELOPED', source: skt.id, target: ax.id, properties: {}, evidence: evidence('SK텔레콤은 A.X 4.0을 개발했다.', 0) },
    { id: makeEdgeId('DEVELOPED', skt.id, own), type: 'DEVELOPED', source: skt.id, target: own, properties: {}, evidence: evidence('SK텔레콤은 테스트 모델 7B도 내놓았다.', 40) },
  );
  return doc;
}

function merged(...graphs: GraphDocument[]): GraphDocument {
  return { version: 1, articles: graphs.flatMap((g) => g.articles), nodes: graphs.flatMap((g) => g.nodes), edges: graphs.flatMap((g) => g.edges) };
}

describe('mutations are disabled when KG_API_TOKEN is unset', () => {
  let server: RunningServer;
  let store: Store;
  const saved = process.env.KG_API_TOKEN;
  beforeAll(async () => {
    delete process.env.KG_API_TOKEN;
    store = await STORE_FACTORIES[0]!.create(seedExpectedGraph());
    server = await startServer({ store, port: 0 });
  });
  afterAll(async () => {
    if (saved !== undefined) process.env.KG_API_TOKEN = saved;
    await server?.close();
    await store?.close();
  });

  it('answers UNAUTHENTICATED with a message saying how to enable them, whatever the header', async () => {
    const { graph } = { graph: seedExpectedGraph() };
    for (const auth of [undefined, `Bearer ${TOKEN}`, 'Bearer ']) {
      const r = await post(`${server.url}/graphql`, DELETE, { id: graph.articles[0]!.id }, auth);
      expect(r.status).toBe(401);
      expect(r.body.errors?.[0]).toMatchObject({
        message: 'deleteArticle: mutations are disabled on this server: start it with KG_API_TOKEN set to enable them',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    expect((await store.getArticles([graph.articles[0]!.id]))[0]).not.toBeNull();
  });
});

for (const factory of STORE_FACTORIES) {
  describe(`mutations on the ${factory.name} store`, () => {
    let server: RunningServer;
    let store: Store;
    let url: string;
    const saved = process.env.KG_API_TOKEN;
    const seed = seedExpectedGraph();
    const second = secondArticle(seed);

    beforeAll(async () => {
      process.env.KG_API_TOKEN = TOKEN;
      store = await factory.create(merged(seed, second));
      server = await startServer({ store, port: 0 });
      url = `${server.url}/graphql`;
    });
    afterAll(async () => {
      if (saved === undefined) delete process.env.KG_API_TOKEN;
      else process.env.KG_API_TOKEN = saved;
      await server?.close();
      await store?.close();
    });

    it.each([
      ['no header', undefined, 'mutations need an Authorization: Bearer <token> header'],
      ['a wrong token', 'Bearer not-the-token', 'the bearer token is not valid'],
      ['a token one character short', `Bearer ${TOKEN.slice(0, -1)}`, 'the bearer token is not valid'],
      ['another scheme', `Basic ${Buffer.from(`kg:${TOKEN}`).toString('base64')}`, 'the Authorization header must be "Bearer <token>"'],
    ])('refuses a mutation with %s: UNAUTHENTICATED, 401, nothing changed', async (_label, auth, problem) => {
      const before = factsOf(await store.exportGraph());
      const del = await post(url, DELETE, { id: second.articles[0]!.id }, auth);
      expect(del.status).toBe(401);
      expect(del.headers.get('www-authenticate')).toBe('Bearer');
      expect(del.body.errors?.[0]).toMatchObject({ message: `deleteArticle: ${problem}`, extensions: { code: 'UNAUTHENTICATED' } });
      expect(del.body.data ?? null).toBeNull();
      const ingest = await post(url, INGEST, { text: 'KT가 믿:음 2.0을 공개했다.' }, auth);
      expect(ingest.body.errors?.[0]).toMatchObject({ message: `ingestArticle: ${problem}`, extensions: { code: 'UNAUTHENTICATED' } });
      expect(factsOf(await store.exportGraph())).toEqual(before);
    });

    it('keeps reads open without a token', async () => {
      const r = await post(url, '{ model(name: "테스트 모델 7B") { name developer { name } } }');
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.model).toEqual({ name: '테스트 모델 7B', developer: { name: 'SK텔레콤' } });
    });

    it.each([
      ['neither html nor text', { url: 'https://example.com/a' }, 'ingestArticle: give the page as html or text (the server does not fetch url)'],
      ['both html and text', { html: '<p>x</p>', text: 'x' }, 'ingestArticle: give html or text, not both'],
      ['an empty page', { html: '   ' }, 'html: the page is empty'],
      ['a script URL', { url: 'javascript:alert(1)', text: '제목\n\n본문.' }, 'url: only http and https addresses are kept, got javascript:'],
      ['a URL that is not one', { url: 'not a url', text: '제목\n\n본문.' }, 'url: "not a url" is not a URL'],
    ])('refuses ingesting %s with INPUT_INVALID', async (_label, variables, message) => {
      const r = await post(url, INGEST, variables, `Bearer ${TOKEN}`);
      expect(r.body.errors?.[0]).toMatchObject({ message, extensions: { code: 'INPUT_INVALID' } });
      expect(r.body.data?.ingestArticle ?? null).toBeNull();
    });

    it('deleteArticle removes only what that article alone supported (no pipeline needed)', async () => {
      // what the store held with the seed alone (an embedded store as the reference: one Neo4j database cannot hold two stores)
      const onlySeed = createEmbeddedStore();
      await onlySeed.init();
      await onlySeed.load(seed);
      const expected = factsOf(await onlySeed.exportGraph());
      await onlySeed.close();
      const shared = (await store.exportGraph()).edges.find((e) => e.evidence.some((v) => v.articleId === second.articles[0]!.id) && e.evidence.some((v) => v.articleId !== second.articles[0]!.id));
      expect(shared, 'the second article shares a fact with the seed').toBeDefined();

      const r = await post(url, DELETE, { id: second.articles[0]!.id }, `Bearer ${TOKEN}`);
      expect(r.body).toEqual({ data: { deleteArticle: true } });
      expect(factsOf(await store.exportGraph())).toEqual(expected);
      const after = await post(url, '{ model(name: "테스트 모델 7B") { name } ax: model(name: "A.X 4.0") { developer { name } } }');
      expect(after.body.data).toEqual({ model: null, ax: { developer: { name: 'SK텔레콤' } } });
      const again = await post(url, DELETE, { id: second.articles[0]!.id }, `Bearer ${TOKEN}`);
      expect(again.body).toEqual({ data: { deleteArticle: false } });
    });
  });

  describe(`ingestArticle through the extraction pipeline on the ${factory.name} store`, () => {
    let server: RunningServer;
    let store: Store;
    let url: string;
    let base: GraphDocument;
    const saved = process.env.KG_API_TOKEN;
    const auth = `Bearer ${TOKEN}`;

    beforeAll(async () => {
      process.env.KG_API_TOKEN = TOKEN;
      base = (await seedGraph()).graph;
      store = await factory.create(base);
      server = await startServer({ store, port: 0 });
      url = `${server.url}/graphql`;
    });
    afterAll(async () => {
      if (saved === undefined) delete process.env.KG_API_TOKEN;
      else process.env.KG_API_TOKEN = saved;
      await server?.close();
      await store?.close();
    });

    it('makes a text article\'s facts queryable at once, idempotently, and delete restores the graph', async () => {
      const before = factsOf(await store.exportGraph());
      const text = readFileSync(path.join(ARTICLES, 'skt-ax-4.txt'), 'utf8');
      const r = await post(url, INGEST, { text, url: 'https://news.example.com/ax-4' }, auth);
      expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
      const result = r.body.data.ingestArticle;
      expect(result.articleId).toMatch(/^article:[0-9a-f]{12}$/);
      expect(result.url).toBe('https://news.example.com/ax-4');
      expect(result.edges).toBeGreaterThan(0);

      // every fact the article supports is in the store and reachable through the API in the next request
      const now = await store.exportGraph();
      const supported = now.edges.filter((e) => e.evidence.some((v) => v.articleId === result.articleId));
      expect(supported.length).toBe(result.edges);
      const ids = [...new Set(supported.flatMap((e) => [e.source, e.target]))];
      const view = await post(url, 'query($ids: [ID!]) { graph(ids: $ids, depth: 0, limit: 1000) { edges { id evidence { article { id url } } } } }', { ids });
      expect(view.body.errors).toBeUndefined();
      const seen = new Map<string, { article: { id: string; url: string | null } | null }[]>(view.body.data.graph.edges.map((e: { id: string; evidence: never[] }) => [e.id, e.evidence]));
      for (const e of supported) {
        expect(seen.get(e.id)?.some((v) => v.article?.id === result.articleId && v.article?.url === 'https://news.example.com/ax-4'), e.id).toBe(true);
      }
      const art = await post(url, 'query($id: ID!) { article(id: $id) { title mentions { __typename } } }', { id: result.articleId });
      expect(art.body.data.article.title).toBe(result.title);
      expect(art.body.data.article.mentions.length).toBeGreaterThan(0);

      const again = await post(url, INGEST, { text, url: 'https://news.example.com/ax-4' }, auth);
      expect(again.body.data.ingestArticle).toMatchObject({ articleId: result.articleId, nodesCreated: 0, relationshipsCreated: 0 });

      const del = await post(url, DELETE, { id: result.articleId }, auth);
      expect(del.body).toEqual({ data: { deleteArticle: true } });
      expect(factsOf(await store.exportGraph())).toEqual(before);
      const gone = await post(url, 'query($id: ID!) { article(id: $id) { id } }', { id: result.articleId });
      expect(gone.body.data.article).toBeNull();
    });

  });

  describe(`ingestArticle of an HTML page into an empty ${factory.name} store`, () => {
    let server: RunningServer;
    let store: Store;
    const saved = process.env.KG_API_TOKEN;
    beforeAll(async () => {
      process.env.KG_API_TOKEN = TOKEN;
      store = await factory.create({ version: 1, articles: [], nodes: [], edges: [] });
      server = await startServer({ store, port: 0 });
    });
    afterAll(async () => {
      if (saved === undefined) delete process.env.KG_API_TOKEN;
      else process.env.KG_API_TOKEN = saved;
      await server?.close();
      await store?.close();
    });

    it('the seed page gives A.X 4.0 by SK텔레콤, every entity new', async () => {
      const html = readFileSync(SEED_FILE, 'utf8');
      const r = await post(`${server.url}/graphql`, INGEST, { html }, `Bearer ${TOKEN}`);
      expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
      expect(r.body.data.ingestArticle.nodesCreated).toBe(r.body.data.ingestArticle.nodes);
      const q = await post(`${server.url}/graphql`, '{ model(name: "A.X 4.0") { developer { name } } }');
      expect(q.body.data.model).toEqual({ developer: { name: 'SK텔레콤' } });
    });
  });
}
