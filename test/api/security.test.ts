import { getIntrospectionQuery } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/index.js';
import { DEFAULT_LIMITS } from '../../src/api/security/index.js';
import { createEmbeddedStore, type Store } from '../../src/store/index.js';
import { seedExpectedGraph } from '../support/graphs.js';
import { postGraphQL } from '../support/http.js';
import { serveGraphInSuite } from '../support/servers.js';

/** `model(name) { family { family { … name } } }`: `depth` levels of fields in all. */
function deepQuery(depth: number): string {
  return `{ model(name: "A.X 4.0") { ${'family { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} } }`;
}

function aliasQuery(n: number): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: model(name: "A.X 4.0") { name }`).join(' ')} }`;
}

describe('limits and request safety over HTTP', () => {
  const served = serveGraphInSuite(seedExpectedGraph);
  const q = (query: string, variables?: Record<string, unknown>) => postGraphQL(served.url, query, variables);

  it('refuses a query 20 levels deep with a clear message and QUERY_TOO_DEEP', async () => {
    const { status, body } = await q(deepQuery(20));
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ message: 'Query depth 20 exceeds the limit of 12' })]);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', measured: 20, limit: 12 });
    expect(body.errors?.[0]?.extensions).not.toHaveProperty('http');
  });

  it('answers a query exactly at the depth limit', async () => {
    const { status, body } = await q(deepQuery(DEFAULT_LIMITS.maxDepth));
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.model).toEqual({ family: null });
  });

  it('refuses 500 aliases with TOO_MANY_ALIASES and answers 100', async () => {
    const refused = await q(aliasQuery(500));
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.message).toBe('Query uses 500 aliases, more than the limit of 100');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    const ok = await q(aliasQuery(100));
    expect(ok.body.errors).toBeUndefined();
    expect(Object.keys(ok.body.data)).toHaveLength(100);
  });

  it('refuses a costly query (nested lists multiply) and reads first from the variables', async () => {
    const query = 'query($n: Int) { models(first: $n) { nodes { developers { models { developers { models { name } } } } } } }';
    const refused = await q(query, { n: 500 });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(refused.body.errors?.[0]?.message).toMatch(new RegExp(`^Query cost \\d+ exceeds the limit of ${DEFAULT_LIMITS.maxCost} `));
    const ok = await q(query, { n: 2 });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.status).toBe(200);
  });

  it('treats code in string literals, variables and aliases as data (operations are compiled to functions: graphql-jit)', async () => {
    const payloads = ['"); globalThis.__kgPwned = 1; ("', "'); globalThis.__kgPwned = 1; ('", '`${globalThis.__kgPwned = 1}`', '\\"); globalThis.__kgPwned = 1; //', '</script>\u2028\u0000'];
    for (const p of payloads) {
      const literal = JSON.stringify(p);
      const inline = await q(`{ model(name: ${literal}) { name } a__proto__: search(text: ${literal}) { __typename ... on Model { name } } constructor: model(name: ${literal}) { name } }`);
      expect(inline.body.errors).toBeUndefined();
      expect(inline.status).toBe(200);
      expect(inline.body).toEqual({ data: { model: null, a__proto__: [], constructor: null } });
      const viaVariable = await q('query($t: String!) { search(text: $t) { __typename ... on Model { name } } model(name: $t) { name } }', { t: p });
      expect(viaVariable.body).toEqual({ data: { search: [], model: null } });
    }
    expect((globalThis as { __kgPwned?: unknown }).__kgPwned).toBeUndefined();
  });

  it('refuses a document with too many tokens before validating it', async () => {
    const query = `{ ${Array.from({ length: DEFAULT_LIMITS.maxTokens }, (_, i) => `f${i}: __typename`).join(' ')} }`;
    const { status, body } = await q(query);
    expect(status).toBe(400);
    // graphql-js spells it "more that"; accept the fixed spelling too
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`^Syntax Error: Document contains more tha[nt] ${DEFAULT_LIMITS.maxTokens} tokens\\. Parsing aborted\\.$`));
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('still answers the playground introspection query (introspection is not limited)', async () => {
    const { status, body } = await q(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, oneOf: true }));
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('answers a body over the size limit with 413 and a JSON error', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(DEFAULT_LIMITS.maxBodyBytes) } });
    const r = await fetch(served.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(r.status).toBe(413);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await r.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.message).toMatch(/^request body too large \([\d.]+ (MB|KB|bytes)\): the limit is 5 MB$/);
    expect(body.errors[0]?.extensions.code).toBe('REQUEST_TOO_LARGE');
  });

  it('answers malformed JSON with 400 and a JSON error, no stack', async () => {
    const r = await fetch(served.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"' });
    expect(r.status).toBe(400);
    const text = await r.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it.each(['/%E0%A4%A', '/graph/%E0%A4%A', '/assets/%E0%A4%A.js'])('answers a malformed URL (%s) with 400 text, no stack trace', async (p) => {
    const r = await fetch(`${served.server.url}${p}`);
    expect(r.status).toBe(400);
    const text = await r.text();
    expect(text).toBe('400 malformed URL\n');
  });

  it.each(['/assets/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/graph/..%2f..%2f..%2fpackage.json'])('serves no file outside the web build (%s)', async (p) => {
    const r = await fetch(`${served.server.url}${p}`);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(await r.text()).not.toContain('"name": "sovereign-kg"');
  });

  it('refuses batched requests (a way around the per-operation limits)', async () => {
    const batch = Array.from({ length: 50 }, () => ({ query: deepQuery(12) }));
    const r = await fetch(served.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/batching/i);
  });

  it('keeps CSRF prevention on: a simple GET or a text/plain POST is refused', async () => {
    const get = await fetch(`${served.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    const post = await fetch(served.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(post.status).toBe(400);
    const preflighted = await fetch(`${served.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });
});

describe('errors carry no stack trace outside development', () => {
  const saved = process.env.NODE_ENV;
  let server: RunningServer | undefined;
  afterEach(async () => {
    process.env.NODE_ENV = saved;
    await server?.close();
    server = undefined;
  });

  /** A real embedded store whose node reads fail, as a broken backend would. */
  async function failingStore(): Promise<Store> {
    const store = createEmbeddedStore();
    await store.init();
    store.getNodes = async () => {
      throw new Error('disk on fire at /var/lib/kg/graph.json');
    };
    return store;
  }

  async function ask(env: string | undefined) {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
    server = await startServer({ store: await failingStore(), port: 0 });
    const { body } = await postGraphQL(`${server.url}/graphql`, '{ node(id: "model:x") { id } }');
    return body;
  }

  it.each([['production'], ['test'], [undefined]])('NODE_ENV=%s: a message and a code only', async (env) => {
    const body = await ask(env);
    expect(body.errors).toEqual([
      expect.objectContaining({ message: 'internal error: the server could not answer this field', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/stacktrace|disk on fire|\.ts:\d+/);
  });

  it('NODE_ENV=development: the stack trace is there for the developer', async () => {
    const body = await ask('development');
    expect(JSON.stringify(body)).toMatch(/stacktrace/);
  });
});
