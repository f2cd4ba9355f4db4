/**
 * `kg serve --neo4j` (a child process) against private Neo4j instances:
 * - a wrong password stops `kg load` and `kg serve` within 10 s with one line naming the URI;
 * - Neo4j restarted under a running server: /health/ready answers 503 while it is down, GraphQL
 *   queries fail with extensions.code SERVICE_UNAVAILABLE (one line, no stack), and once Neo4j is
 *   back the same server answers again by itself;
 * - SIGTERM drains requests in flight (they complete with 200), refuses new connections, exits 0.
 */
import http from 'node:http';
import { connect } from 'node:net';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { javaAvailable, neo4jRequired } from '../support/neo4j.js';
import {
  graphql,
  messageLines,
  request,
  runKg,
  startKgServe,
  startPrivateNeo4j,
  waitFor,
  type KgRun,
  type PrivateNeo4j,
  type ServeChild,
} from '../support/faults.js';

const java = javaAvailable();
if (!java) {
  const reason = 'fault tests on Neo4j skipped: `java` is not installed (Neo4j 5.26 needs Java 17)';
  if (neo4jRequired()) throw new Error(reason.replace('skipped', 'REQUIRED (CI or KG_REQUIRE_NEO4J=1) but cannot run'));
  console.warn(reason);
}

const PASSWORD = 'kg-faults-secret';
const NO_AUTH = {};
const MODEL = 'query { model(name: "A.X 4.0") { name developer { name country } basedOn { foreign model { name } } } }';
const GRAPH = 'query { graph(center: "SK텔레콤", depth: 1) { nodes { id type label } edges { id source target type } } }';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function stopServe(serve: ServeChild | undefined): Promise<KgRun | undefined> {
  if (!serve) return Promise.resolve(undefined);
  if (serve.child.exitCode === null && serve.child.signalCode === null) serve.child.kill('SIGTERM');
  return serve.done;
}

/** A POST whose headers reach the server (it answers 100 Continue) before its body is sent. */
function heldRequest(baseUrl: string, body: string): { accepted: Promise<void>; finish: () => void; answer: Promise<{ status: number; body: string }> } {
  let finish = (): void => undefined;
  let accept = (): void => undefined;
  const accepted = new Promise<void>((r) => (accept = r));
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${baseUrl}/graphql`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
    });
    req.on('continue', accept);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    finish = () => req.end(body);
  });
  return { accepted, finish: () => finish(), answer };
}

function connectionRefused(baseUrl: string): Promise<boolean> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port) });
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED'));
  });
}

describe.skipIf(!java)('a wrong password (a private Neo4j with authentication on)', () => {
  let neo: PrivateNeo4j | undefined;
  let startup = 0;

  beforeAll(async () => {
    neo = await startPrivateNeo4j({ password: PASSWORD });
    startup = (await runKg(['--help'])).ms;
  }, 600_000);
  afterAll(async () => {
    await neo?.stop();
    if (neo) rmSync(neo.data, { recursive: true, force: true });
  });

  for (const command of ['load', 'serve'] as const) {
    it(`kg ${command} stops within 10 s with one line naming the URI`, async () => {
      const uri = neo!.uri;
      const args = command === 'load' ? ['load', 'seed', '--neo4j', uri] : ['serve', '--neo4j', uri, '--port', '0'];
      const run = await runKg(args, { NEO4J_PASSWORD: 'not-the-password' });
      expect(run.code).toBe(1);
      expect(run.ms - startup).toBeLessThan(10_000);
      expect(messageLines(run.stderr)).toEqual([`kg: ${uri}: authentication failed (wrong user or password)`]);
    });
  }
});

// Authentication off here: neo4j/run.sh cannot yet restart an instance with NEO4J_PASSWORD on its
// old data (the launcher's ALTER USER fails when the password is unchanged).
describe.skipIf(!java)('kg serve --neo4j under Neo4j faults', () => {
  let neo: PrivateNeo4j | undefined;

  beforeAll(async () => {
    neo = await startPrivateNeo4j();
    const load = await runKg(['load', 'seed', '--neo4j', neo.uri], NO_AUTH);
    expect(load.code, load.stderr).toBe(0);
  }, 900_000);
  afterAll(async () => {
    await neo?.stop();
    if (neo) rmSync(neo.data, { recursive: true, force: true });
  });

  it('Neo4j restarted under a running server: 503 and SERVICE_UNAVAILABLE while down, answers again once back', async () => {
    const serve = await startKgServe(['--neo4j', neo!.uri], NO_AUTH);
    try {
      expect((await request(`${serve.url}/health/ready`)).status).toBe(200);
      const before = await Promise.all([graphql(serve.url, MODEL), graphql(serve.url, GRAPH)]);
      for (const a of before) expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
      expect((before[1].data?.graph as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);

      await neo!.stop('SIGTERM');
      const ready = await request(`${serve.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect((ready.json() as { status: string }).status).not.toBe('ready');
      const down = await graphql(serve.url, MODEL);
      expect(down.errors?.length).toBeGreaterThan(0);
      for (const e of down.errors!) {
        expect(e.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        expect(e.extensions).not.toHaveProperty('stacktrace');
        expect(e.message).toMatch(new RegExp(`^${escape(neo!.uri)}: \\S[^\\n]*$`));
      }

      neo = await startPrivateNeo4j({ port: neo!.port, data: neo!.data });
      const back = await waitFor(async () => (await request(`${serve.url}/health/ready`)).status === 200, 120_000, 500);
      expect(back).toBe(true);
      const after = await Promise.all([graphql(serve.url, MODEL), graphql(serve.url, GRAPH)]);
      expect(after.map((a) => a.data)).toEqual(before.map((b) => b.data));
      expect(serve.child.exitCode).toBeNull();
    } finally {
      await stopServe(serve);
    }
  }, 600_000);

  it('SIGTERM drains requests in flight, refuses new connections, and exits 0', async () => {
    const serve = await startKgServe(['--neo4j', neo!.uri], NO_AUTH);
    const held = [MODEL, GRAPH, MODEL].map((query) => heldRequest(serve.url, JSON.stringify({ query })));
    await Promise.all(held.map((h) => h.accepted));
    serve.child.kill('SIGTERM');
    // The listener closes first; the held requests are still open.
    expect(await waitFor(() => connectionRefused(serve.url), 10_000, 100)).toBe(true);
    for (const h of held) h.finish();
    const answers = await Promise.all(held.map((h) => h.answer));
    for (const a of answers) {
      expect(a.status).toBe(200);
      const body = JSON.parse(a.body) as { data?: unknown; errors?: unknown };
      expect(body.errors, a.body).toBeUndefined();
      expect(body.data).toBeTruthy();
    }
    const run = await serve.done;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/SIGTERM: finishing requests in flight/);
  }, 300_000);
});
