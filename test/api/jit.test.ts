/**
 * Operations run on graphql-jit (src/api/jit.ts); KG_GRAPHQL_JIT=0 runs them on graphql-js's
 * interpreter. Both must answer alike: every contract operation, a nested lineage, a list with
 * variables, fragments and aliases, and the errors of a failing resolver and of a bad variable.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/index.js';
import { createEmbeddedStore } from '../../src/store/index.js';
import { seedExpectedGraph } from '../support/graphs.js';

const CONTRACT = readFileSync(new URL('../spec/contract.graphql', import.meta.url), 'utf8');
const OPERATIONS = [...CONTRACT.matchAll(/^query\s+(\w+)/gm)].map((m) => m[1]!);

const EXTRA: [string, Record<string, unknown>?][] = [
  ['query($n: String!) { model(name: $n) { name ...M basedOn { foreign model { ...M basedOn { model { name } } } } } } fragment M on Model { name developer { name country } lineage { name } }', { n: 'A.X 4.0' }],
  ['query($f: Int) { models(first: $f, filter: { country: "KR" }) { totalCount nodes { a: name b: name } } }', { f: 3 }],
  ['{ graph(center: "SK텔레콤", depth: 2, limit: 5) { truncated nodes { id } edges { id } } }'],
  ['{ models(first: 100000) { totalCount } }'],
  ['query($f: Int) { models(first: $f) { totalCount } }', { f: 'three' }],
  ['{ node(id: "model:nothing") { id } article(id: "article:nothing") { id } }'],
];

async function serve(jit: boolean): Promise<RunningServer> {
  const before = process.env.KG_GRAPHQL_JIT;
  process.env.KG_GRAPHQL_JIT = jit ? '1' : '0';
  try {
    const store = createEmbeddedStore();
    await store.load(seedExpectedGraph());
    return await startServer({ store, port: 0 });
  } finally {
    if (before === undefined) delete process.env.KG_GRAPHQL_JIT;
    else process.env.KG_GRAPHQL_JIT = before;
  }
}

async function post(server: RunningServer, body: unknown): Promise<{ status: number; body: unknown }> {
  const r = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, body: await r.json() };
}

describe('graphql-jit answers as graphql-js does', () => {
  let jit: RunningServer;
  let plain: RunningServer;
  beforeAll(async () => {
    [jit, plain] = await Promise.all([serve(true), serve(false)]);
  });
  afterAll(async () => {
    await jit?.close();
    await plain?.close();
  });

  it.each(OPERATIONS)('contract operation %s', async (operationName) => {
    const body = { query: CONTRACT, operationName };
    const [a, b] = [await post(jit, body), await post(plain, body)];
    expect(a).toEqual(b);
    expect(a.status).toBe(200);
    expect((a.body as { errors?: unknown }).errors).toBeUndefined();
  });

  it.each(EXTRA.map(([query, variables], i) => [i, query, variables] as const))('query %i', async (_i, query, variables) => {
    const body = { query, variables };
    expect(await post(jit, body)).toEqual(await post(plain, body));
  });
});
