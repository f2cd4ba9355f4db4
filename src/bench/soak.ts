/**
 * `npm run bench:soak`: a load test of the Neo4j-backed server. A private Neo4j (neo4j/run.sh, on a
 * free loopback port, temporary data) gets the seed articles and a generated graph (`kg load`);
 * `kg serve --neo4j` runs as a child process; autocannon (programmatic) sends the contract queries
 * (test/spec/contract.graphql, one operationName after another) over 50 connections for 60 s after
 * a warm-up. Prints and writes bench/results/soak-<YYYY-MM-DD>.json: requests, throughput, p50/p99,
 * non-2xx and 5xx counts, GraphQL errors, and the server's RSS after warm-up and at the end.
 * Checks (exit code 1 when one fails): zero 5xx, RSS once the run's work is done ≤ RSS after warm-up + 10 %.
 *
 * Env: SOAK_SECONDS (60), SOAK_CONNECTIONS (50), SOAK_WARMUP_SECONDS (30), SOAK_RELATIONSHIPS
 * (20000, the generated graph), NEO4J_URI (use this Neo4j instead of a private one: loopback only;
 * the graph is merged into it, nothing is deleted).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { YOUNG_GENERATION_FLAG } from '../api/heap.js';
import { contractOperations } from './api.js';
import { describeMachine, round } from './machine.js';
import { syntheticGraph } from './synthetic-graph.js';

/** The parts of autocannon's options and result this file needs beyond src/bench/autocannon.d.ts. */
interface SoakRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse: (status: number, body: string) => void;
}
type SoakResult = Awaited<ReturnType<typeof autocannon>> & { '2xx': number; '4xx': number; '5xx': number };
const cannon = autocannon as unknown as (o: Parameters<typeof autocannon>[0] & { requests: SoakRequest[]; timeout: number }) => Promise<SoakResult>;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KG = path.join(root, 'src/cli/bin.mjs');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

function positive(name: string, fallback: number): number {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive whole number`);
  return v;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

function assertLoopback(url: string): void {
  const host = new URL(url.replace(/^[a-z+]+:/, 'http:')).hostname;
  if (!LOOPBACK.has(host)) throw new Error(`${url}: the soak test only runs against loopback addresses`);
}

/** Spawns a child and resolves with the first match of `pattern` in its output (stdout or stderr). */
function spawnUntil(cmd: string, args: string[], env: NodeJS.ProcessEnv, pattern: RegExp, what: string): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: not ready after 180 s: ${out.slice(-1000)}`)), 180_000);
    const onData = (b: Buffer): void => {
      out = (out + b.toString()).slice(-20_000);
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, match: m });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before it was ready: ${out.slice(-1000)}`));
    });
  });
}

function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Resident set size of a process in bytes (/proc on Linux, else ps). */
function rssOf(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return Number(spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim()) * 1024;
}

/** CPU ticks (user + system) a process has used, from /proc (0 elsewhere). */
function cpuTicks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Waits until the server has finished the work of timed-out requests (≤ 5 CPU ticks a second, at most 120 s). */
async function waitUntilQuiet(pid: number): Promise<number> {
  const started = performance.now();
  for (let last = cpuTicks(pid); performance.now() - started < 120_000; ) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = cpuTicks(pid);
    if (now - last <= 5) break;
    last = now;
  }
  return (performance.now() - started) / 1000;
}

function runKg(args: string[]): void {
  const r = spawnSync(process.execPath, [KG, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`kg ${args[0]} failed (exit ${r.status})`);
}

export interface SoakResults {
  date: string;
  machine: ReturnType<typeof describeMachine>;
  graph: { seedArticles: boolean; generatedRelationships: number };
  connections: number;
  seconds: number;
  warmupSeconds: number;
  operations: string[];
  requests: number;
  requestsPerSecond: number;
  p50ms: number;
  p99ms: number;
  non2xx: number;
  count5xx: number;
  errors: number;
  timeouts: number;
  graphqlErrors: number;
  /** Up to five distinct GraphQL error messages seen in the measured run (operation: message). */
  graphqlErrorSamples: string[];
  rssAfterWarmupMB: number;
  /** Right as the run ends, with requests still in flight (autocannon's timed-out ones keep running). */
  rssAtEndMB: number;
  /** Once the server has finished that work: the figure the check uses. */
  rssSettledMB: number;
  settleSeconds: number;
  rssGrowthPercent: number;
  checks: { zero5xx: boolean; rssWithin10Percent: boolean };
  loadAverage: number[];
}

async function main(): Promise<void> {
  const seconds = positive('SOAK_SECONDS', 60);
  const connections = positive('SOAK_CONNECTIONS', 50);
  const warmupSeconds = positive('SOAK_WARMUP_SECONDS', 30);
  const relationships = positive('SOAK_RELATIONSHIPS', 20_000);
  const work = mkdtempSync(path.join(os.tmpdir(), 'kg-soak-'));
  let neo4jChild: ChildProcess | undefined;
  let serve: ChildProcess | undefined;
  try {
    let uri = process.env.NEO4J_URI;
    if (uri) assertLoopback(uri);
    else {
      const port = await freePort();
      const started = await spawnUntil(
        'bash',
        [path.join(root, 'neo4j/run.sh'), '--port', String(port)],
        { ...process.env, NEO4J_DATA: path.join(work, 'neo4j'), NEO4J_PASSWORD: '' },
        /^(bolt:\/\/\S+)$/m,
        'private Neo4j',
      );
      neo4jChild = started.child;
      uri = started.match[1]!;
    }
    console.log(`soak: Neo4j ${uri}${neo4jChild ? ' (private, temporary data)' : ''}`);
    const graphFile = path.join(work, 'generated.json');
    writeFileSync(graphFile, JSON.stringify(syntheticGraph(relationships)));
    runKg(['load', path.join(root, 'seed'), graphFile, '--neo4j', uri]);

    const up = await spawnUntil(process.execPath, [YOUNG_GENERATION_FLAG, KG, 'serve', '--neo4j', uri, '--port', '0', '--host', '127.0.0.1'], { ...process.env, NEO4J_URI: uri }, /GraphQL API\s+(http:\/\/\S+)\/graphql/, 'kg serve');
    serve = up.child;
    const url = up.match[1]!;
    assertLoopback(url);
    console.log(`soak: kg serve ${url} (pid ${serve.pid})`);

    const ops = contractOperations();
    let graphqlErrors = 0;
    const errorSamples = new Set<string>();
    const requests = ops.map((op) => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: op.query, operationName: op.name }),
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) {
          graphqlErrors++;
          const message = /"message":"((?:[^"\\]|\\.){0,200})/.exec(body)?.[1];
          if (message && errorSamples.size < 5) errorSamples.add(`${op.name}: ${message}`);
        }
      },
    }));
    const fire = (duration: number) => cannon({ url, connections, duration, requests, timeout: 30 });

    console.log(`soak: warm-up ${warmupSeconds} s, ${connections} connections`);
    await fire(warmupSeconds);
    const rssWarm = rssOf(serve.pid!);
    graphqlErrors = 0;
    errorSamples.clear();
    console.log(`soak: ${seconds} s, ${connections} connections, operations ${ops.map((o) => o.name).join(', ')}`);
    const r = await fire(seconds);
    const rssEnd = rssOf(serve.pid!);
    const quietAfter = await waitUntilQuiet(serve.pid!);
    const rssSettled = rssOf(serve.pid!);

    const mb = (b: number) => round(b / 2 ** 20, 1);
    const growth = round(((rssSettled - rssWarm) / rssWarm) * 100, 1);
    const results: SoakResults = {
      date: new Date().toISOString().slice(0, 10),
      machine: describeMachine(),
      graph: { seedArticles: true, generatedRelationships: relationships },
      connections,
      seconds,
      warmupSeconds,
      operations: ops.map((o) => o.name),
      requests: r.requests.total,
      requestsPerSecond: round(r.requests.average, 1),
      p50ms: r.latency.p50,
      p99ms: r.latency.p99,
      non2xx: r.non2xx,
      count5xx: r['5xx'],
      errors: r.errors,
      timeouts: r.timeouts,
      graphqlErrors,
      graphqlErrorSamples: [...errorSamples],
      rssAfterWarmupMB: mb(rssWarm),
      rssAtEndMB: mb(rssEnd),
      rssSettledMB: mb(rssSettled),
      settleSeconds: round(quietAfter, 1),
      rssGrowthPercent: growth,
      checks: { zero5xx: r['5xx'] === 0, rssWithin10Percent: rssSettled <= rssWarm * 1.1 },
      loadAverage: os.loadavg().map((x) => round(x, 2)),
    };
    const dir = path.join(root, 'bench/results');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `soak-${results.date}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(
      [
        `requests ${results.requests} | ${results.requestsPerSecond} req/s | p50 ${results.p50ms} ms | p99 ${results.p99ms} ms`,
        `non-2xx ${results.non2xx} (5xx ${results.count5xx}) | socket errors ${results.errors} | timeouts ${results.timeouts} | GraphQL errors ${results.graphqlErrors}`,
        ...results.graphqlErrorSamples.map((m) => `  GraphQL error: ${m}`),
        `server RSS: ${results.rssAfterWarmupMB} MB after warm-up, ${results.rssAtEndMB} MB as the run ends, ` +
          `${results.rssSettledMB} MB once in-flight work is done (${results.settleSeconds} s later; ${growth >= 0 ? '+' : ''}${growth} %)`,
        `checks: zero 5xx ${results.checks.zero5xx ? 'PASS' : 'FAIL'} | RSS ≤ +10 % ${results.checks.rssWithin10Percent ? 'PASS' : 'FAIL'} | load average ${results.loadAverage.join(' ')}`,
        `written to ${path.relative(root, file)}`,
      ].join('\n'),
    );
    if (!results.checks.zero5xx || !results.checks.rssWithin10Percent) process.exitCode = 1;
  } finally {
    await stopChild(serve);
    await stopChild(neo4jChild);
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`bench:soak: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exitCode = 1;
});
