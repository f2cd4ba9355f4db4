/**
 * Helpers for the fault tests (test/faults): the `kg` CLI as a child process, HTTP and GraphQL calls,
 * waiting; the private local Neo4j they kill and restart comes from ./neo4j.js.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { YOUNG_GENERATION_FLAG } from '../../src/api/heap.js';
export { startPrivateNeo4j, type PrivateNeo4j, type Neo4jSettings } from './neo4j.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KG_BIN = path.join(root, 'src/cli/bin.mjs');

/** True when long fault variants should run (KG_LONG_TESTS=1). */
export const LONG = process.env.KG_LONG_TESTS === '1';

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `kg-${prefix}-`));
}

export interface KgRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number;
}

/** Non-empty stderr lines that are not progress-bar redraws. */
export function messageLines(stderr: string): string[] {
  return stderr
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('loading ['));
}

export interface KgChild {
  child: ChildProcess;
  /** Resolves once the process has exited, with everything it wrote. */
  done: Promise<KgRun>;
}

/** Runs `kg <args>` (src/cli/bin.mjs) as a child process with NEO4J_* variables cleared unless given. */
export function spawnKg(args: string[], env: Record<string, string> = {}): KgChild {
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'KG_DEBUG', 'NODE_ENV']) delete clean[k];
  const started = Date.now();
  const child = spawn(process.execPath, [YOUNG_GENERATION_FLAG, KG_BIN, ...args], { cwd: root, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<KgRun>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started })),
  );
  return { child, done };
}

export function runKg(args: string[], env: Record<string, string> = {}): Promise<KgRun> {
  return spawnKg(args, env).done;
}

export interface ServeChild extends KgChild {
  /** Base URL, e.g. http://127.0.0.1:43567 */
  url: string;
  stderr(): string;
}

/** Starts `kg serve <args> --port 0` and resolves with its URL once it listens (≤ 120 s). */
export async function startKgServe(args: string[], env: Record<string, string> = {}): Promise<ServeChild> {
  const kg = spawnKg(['serve', ...args, '--port', '0', '--host', '127.0.0.1'], env);
  let err = '';
  kg.child.stderr?.on('data', (b: Buffer) => (err += b.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kg serve did not start within 120 s: ${err}`)), 120_000);
    kg.child.stderr?.on('data', () => {
      const m = /GraphQL API\s+(http:\/\/\S+)\/graphql/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    void kg.done.then((r) => {
      clearTimeout(timer);
      reject(new Error(`kg serve exited (${r.code ?? r.signal}) before listening: ${r.stderr}`));
    });
  });
  return { ...kg, url, stderr: () => err };
}

export interface HttpAnswer {
  status: number;
  body: string;
  json: () => unknown;
}

/** One request on a fresh connection (no keep-alive), so nothing lingers after it. */
export function request(url: string, init: { method?: string; body?: string; timeoutMs?: number } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: init.method ?? (init.body ? 'POST' : 'GET'),
        agent: false,
        headers: init.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(init.body) } : {},
        timeout: init.timeoutMs ?? 60_000,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, json: () => JSON.parse(body) as unknown }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within ${init.timeoutMs ?? 60_000} ms`)));
    req.on('error', reject);
    req.end(init.body);
  });
}

export interface GraphQLAnswer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function graphql(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer> {
  const res = await request(`${baseUrl}/graphql`, { body: JSON.stringify({ query, variables }) });
  return { status: res.status, ...(res.json() as Omit<GraphQLAnswer, 'status'>) };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `check` every `everyMs` until it returns true or `timeoutMs` passes; returns whether it did. */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 200): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await sleep(everyMs);
  }
}
