/**
 * API throughput and latency with autocannon (programmatic), one operation at a time, against a
 * server running in a child process (src/bench/serve-child.ts) whose resident memory is read too.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { YOUNG_GENERATION_FLAG } from '../api/heap.js';
import { round } from './machine.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CONTRACT_FILE = path.resolve(here, '../../test/spec/contract.graphql');

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface ApiFigure {
  operation: string;
  requestsPerSecond: number;
  p50ms: number;
  p99ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** GraphQL errors in the response to the check request sent before the run. */
  graphqlErrors?: string;
  /** How many items the answer held (a sanity figure: the query found data). */
  answerBytes: number;
}

/** The contract operations, each sent as the whole document with its operationName. */
export function contractOperations(file = CONTRACT_FILE): Operation[] {
  const doc = readFileSync(file, 'utf8');
  const names = [...doc.matchAll(/^query\s+(\w+)/gm)].map((m) => m[1] as string);
  return names.map((name) => ({ name, query: doc }));
}

/** A 3-hop lineage query: a model, its base, the base's base and the next, with developers. */
export function lineageOperation(modelName: string): Operation {
  return {
    name: 'Lineage3Hop',
    variables: { name: modelName },
    query: `query Lineage3Hop($name: String!) {
  model(name: $name) {
    name developer { name country }
    basedOn { foreign model { name developer { name country }
      basedOn { foreign model { name developer { name country }
        basedOn { foreign model { name developer { name country } } } } } } }
  }
}`,
  };
}

export interface ServerChild {
  url: string;
  /** The child's process id (to read its CPU time). */
  pid: number | undefined;
  rss(): Promise<{ rss: number; heapUsed: number }>;
  stop(): Promise<void>;
}

/** Starts the API in a child process over a graph file (embedded store) or a Neo4j URI. */
export async function startServerChild(target: { graph: string } | { neo4j: string } | { neo4jGraphql: string }): Promise<ServerChild> {
  const args = 'graph' in target ? ['--graph', target.graph] : 'neo4j' in target ? ['--neo4j', target.neo4j] : ['--neo4j-graphql', target.neo4jGraphql];
  const child: ChildProcess = fork(path.join(here, 'serve-child.ts'), args, {
    // the young generation `kg serve` gets from its shebang (src/api/heap.ts), for all three servers alike
    execArgv: ['--import', 'tsx/esm', '--expose-gc', '--max-old-space-size=8192', YOUNG_GENERATION_FLAG],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ url: string }>((resolve, reject) => {
    child.once('message', (m: { type: string; url?: string; message?: string }) => {
      if (m.type === 'ready' && m.url) resolve({ url: m.url });
      else reject(new Error(`API server did not start: ${m.message ?? m.type}`));
    });
    child.once('exit', (code) => reject(new Error(`API server exited with ${code} before it was ready`)));
  });
  const ask = <T>(type: string): Promise<T> =>
    new Promise((resolve) => {
      const on = (m: { type: string }) => {
        if (m.type === type) {
          child.off('message', on);
          resolve(m as T);
        }
      };
      child.on('message', on);
      child.send({ type });
    });
  return {
    url: ready.url,
    pid: child.pid,
    rss: () => ask<{ rss: number; heapUsed: number }>('rss'),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits until the endpoint answers a trivial query quickly (requests left over from a heavy run are done). */
export async function waitUntilIdle(url: string, maxSeconds = 60): Promise<void> {
  const until = performance.now() + maxSeconds * 1000;
  const body = JSON.stringify({ query: '{ __typename }' });
  while (performance.now() < until) {
    const t = performance.now();
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.text(), () => '');
    if (performance.now() - t < 50) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

const bodyOf = (op: Operation): string => JSON.stringify({ query: op.query, operationName: op.name, variables: op.variables ?? {} });

/** Seconds of discarded load before each measured run: JIT warm-up and first-use caches stay out of p99, for every server alike. */
export const WARMUP_SECONDS = 2;

/** One request first (to see that the operation answers), a discarded warm-up run, then autocannon for `seconds`. */
export async function measureOperation(url: string, op: Operation, o: { seconds: number; connections: number; warmupSeconds?: number }): Promise<ApiFigure> {
  const endpoint = url.endsWith('/graphql') || url.endsWith('/') ? url : `${url}/graphql`;
  const body = bodyOf(op);
  await waitUntilIdle(endpoint);
  const headers = { 'content-type': 'application/json' };
  const check = await fetch(endpoint, { method: 'POST', headers, body });
  const text = await check.text();
  let graphqlErrors: string | undefined;
  try {
    const json = JSON.parse(text) as { errors?: { message: string }[] };
    if (json.errors?.length) graphqlErrors = json.errors.map((e) => e.message).join('; ').slice(0, 200);
  } catch {
    graphqlErrors = `HTTP ${check.status}: not JSON`;
  }
  const warmup = o.warmupSeconds ?? WARMUP_SECONDS;
  if (warmup > 0) {
    await autocannon({ url: endpoint, method: 'POST', headers, body, connections: o.connections, duration: warmup });
    await waitUntilIdle(endpoint);
  }
  const result = await autocannon({ url: endpoint, method: 'POST', headers, body, connections: o.connections, duration: o.seconds });
  return {
    operation: op.name,
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: round(result.latency.p50, 1),
    p99ms: round(result.latency.p99, 1),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    graphqlErrors,
    answerBytes: text.length,
  };
}
