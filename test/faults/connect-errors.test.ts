/**
 * Neo4j unreachable: `kg load` and `kg serve` (child processes) stop within 10 s with a one-line
 * error naming the URI and the cause, exit code 1, no stack trace. Needs no Neo4j.
 * The 10 s bound is measured from spawn, minus how long the CLI takes to start on this machine
 * (`kg --help`), so a loaded CI box does not turn start-up time into a false failure.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/neo4j.js';
import { messageLines, runKg } from '../support/faults.js';

const SEED = 'seed';

let startup = 0;
beforeAll(async () => {
  const help = await runKg(['--help']);
  expect(help.code).toBe(0);
  startup = help.ms;
});

function expectOneLineError(stderr: string, uri: string, cause: RegExp): void {
  const lines = messageLines(stderr);
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^kg: ${uri.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
  expect(lines[0]).toMatch(cause);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('kg load / kg serve with nothing listening at the URI', () => {
  for (const command of ['load', 'serve'] as const) {
    it(`kg ${command} stops within 10 s: connection refused`, async () => {
      const uri = `bolt://127.0.0.1:${await freePort()}`;
      const args = command === 'load' ? ['load', SEED, '--neo4j', uri] : ['serve', '--neo4j', uri, '--port', '0'];
      const run = await runKg(args);
      expect(run.code).toBe(1);
      expect(run.ms - startup).toBeLessThan(10_000);
      expectOneLineError(run.stderr, uri, /cannot connect: connection refused/);
    });
  }
});

describe('kg load / kg serve against a port that accepts TCP but never answers Bolt', () => {
  let server: Server;
  let uri = '';
  const sockets: Socket[] = [];
  beforeAll(async () => {
    server = createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    uri = `bolt://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  });

  for (const command of ['load', 'serve'] as const) {
    it(`kg ${command} stops within 10 s: no Bolt answer`, async () => {
      const args = command === 'load' ? ['load', SEED, '--neo4j', uri] : ['serve', '--neo4j', uri, '--port', '0'];
      const run = await runKg(args);
      expect(run.code).toBe(1);
      expect(run.ms - startup).toBeLessThan(10_000);
      expectOneLineError(run.stderr, uri, /cannot connect: no Bolt answer within \d+ ms/);
    });
  }
});

describe('reads while Neo4j is down fail fast', () => {
  it('a read on a store whose Neo4j refuses connections fails within 2 s with SERVICE_UNAVAILABLE naming the URI', async () => {
    const { createNeo4jStore } = await import('../../src/store/neo4j/index.js');
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const store = createNeo4jStore({ uri });
    try {
      for (const read of [() => store.getNodes(['model:x']), () => store.counts()]) {
        const started = performance.now();
        const error = await read().then(
          () => undefined,
          (e: unknown) => e,
        );
        const ms = performance.now() - started;
        expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
        expect(String((error as Error).message)).toContain(uri);
        expect(ms, `failed after ${Math.round(ms)} ms`).toBeLessThan(2_000);
      }
    } finally {
      await store.close();
    }
  });
});
