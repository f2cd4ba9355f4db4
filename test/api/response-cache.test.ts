import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/index.js';
import { responseCacheWanted } from '../../src/api/response-cache.js';
import { createEmbeddedStore, type Store } from '../../src/store/index.js';
import { syntheticGraph } from '../support/graphs.js';

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: r.status, type: r.headers.get('content-type'), cache: r.headers.get('cache-control'), body: (await r.json()) as any };
}

describe('the opt-in response cache (embedded store)', () => {
  let store: Store;
  let server: RunningServer;
  let url: string;
  let reads = 0;
  const count = { query: '{ models(first: 500) { totalCount } }' };

  beforeAll(async () => {
    store = createEmbeddedStore();
    await store.init();
    await store.load(syntheticGraph(8));
    const listNodes = store.listNodes.bind(store);
    store.listNodes = async (q) => {
      reads++;
      return listNodes(q);
    };
    server = await startServer({ store, port: 0, responseCache: true });
    url = `${server.url}/graphql`;
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('is off unless asked for', () => {
    expect(responseCacheWanted({})).toBe(false);
    expect(responseCacheWanted({ KG_RESPONSE_CACHE: '1' })).toBe(true);
  });

  it('answers a repeated query from the cache, the same bytes and headers', async () => {
    const before = reads;
    const a = await post(url, count);
    const b = await post(url, count);
    expect(b).toEqual(a);
    expect(a.body.data.models.totalCount).toBe(32);
    expect(a.cache).toBe('no-store');
    expect(reads - before).toBe(1);
  });

  it('asks the store again once the graph changed', async () => {
    const a = await post(url, count);
    await store.load(syntheticGraph(10));
    const b = await post(url, count);
    expect(b.body.data.models.totalCount).toBe(40);
    expect(b.body).not.toEqual(a.body);
  });

  it('keeps no answer with errors, no mutation, nothing sent with credentials', async () => {
    const before = reads;
    const bad = { query: '{ models(first: 500) { totalCount } node(id: 1) { nope } }' };
    expect((await post(url, bad)).body.errors).toBeDefined();
    expect((await post(url, bad)).body.errors).toBeDefined();
    const withToken = { query: '{ models(first: 499) { totalCount } }' };
    await post(url, withToken, { authorization: 'Bearer x' });
    await post(url, withToken, { authorization: 'Bearer x' });
    expect(reads - before).toBe(2);
    const mutation = { query: 'mutation { deleteArticle(id: "article:none") }' };
    const m1 = await post(url, mutation);
    const m2 = await post(url, mutation);
    expect(m1.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(m2.body).toEqual(m1.body);
  });
});
