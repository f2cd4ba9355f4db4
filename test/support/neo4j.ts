/**
 * Finds the Neo4j the tests run against: env NEO4J_TEST_URI, else the URL that
 * `neo4j/start-background.sh` wrote to .data/neo4j.url. When none answers, the Neo4j tests are
 * skipped with a printed reason, unless CI or KG_REQUIRE_NEO4J=1 is set: then they fail.
 * The tests wipe the graph in that database: never point NEO4J_TEST_URI at data you keep.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Neo4jTarget {
  /** The bolt URL, or null when the tests must be skipped. */
  uri: string | null;
  reason: string;
}

export function neo4jRequired(): boolean {
  return Boolean(process.env.CI) || process.env.KG_REQUIRE_NEO4J === '1';
}

export function javaAvailable(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

function configuredUri(): string | null {
  if (process.env.NEO4J_TEST_URI) return process.env.NEO4J_TEST_URI.trim();
  const file = path.join(repoRoot, '.data/neo4j.url');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || null : null;
}

/** True when something accepts TCP connections at the URI's host and port within `ms`. */
export function portAnswers(uri: string, ms = 2000): Promise<boolean> {
  const url = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  const port = Number(url.port || 7687);
  return new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port, timeout: ms });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/** The Neo4j to test against, or why there is none (printed; thrown when Neo4j is required). */
export async function neo4jForTests(): Promise<Neo4jTarget> {
  const uri = configuredUri();
  if (uri && (await portAnswers(uri))) return { uri, reason: '' };
  const where = uri ? `no Neo4j at ${uri}` : 'no Neo4j configured (NEO4J_TEST_URI unset and no .data/neo4j.url)';
  const java = javaAvailable() ? '' : ' (and `java` is not installed: Neo4j 5.26 needs Java 17)';
  const reason = `Neo4j tests skipped: ${where} — start one with \`npm run neo4j:start\` or \`npm run neo4j\`${java}`;
  if (neo4jRequired()) throw new Error(reason.replace('skipped', 'REQUIRED (CI or KG_REQUIRE_NEO4J=1) but cannot run'));
  console.warn(reason);
  return { uri: null, reason };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface LaunchedNeo4j {
  uri: string;
  stop(): Promise<void>;
}

/**
 * Starts a separate local Neo4j (neo4j/run.sh) in a temporary data folder, e.g. with a password
 * to test authentication; resolves once it prints its bolt URL (≤ 150 s, the first build included).
 */
export async function launchNeo4j(env: Record<string, string> = {}): Promise<LaunchedNeo4j> {
  const data = mkdtempSync(path.join(tmpdir(), 'kg-neo4j-'));
  const port = await freePort();
  const child: ChildProcess = spawn('bash', [path.join(repoRoot, 'neo4j/run.sh'), '--port', String(port), '--pagecache', String(64 << 20)], {
    env: { ...process.env, ...env, NEO4J_DATA: data, NEO4J_JAVA_OPTS: '-Xmx512m' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local Neo4j not ready after 150 s: ${stderr}`)), 150_000);
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /^(bolt:\/\/\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local Neo4j exited (${code}) before it was ready: ${stderr}`));
    });
  });
  return {
    uri,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(data, { recursive: true, force: true });
    },
  };
}
