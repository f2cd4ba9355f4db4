/**
 * Finds the Neo4j the tests run against: env NEO4J_TEST_URI, else the URL that
 * `neo4j/start-background.sh` wrote to .data/neo4j.url. When none answers, the Neo4j tests are
 * skipped with a printed reason, unless CI or KG_REQUIRE_NEO4J=1 is set: then they fail.
 * The tests wipe the graph in that database: never point NEO4J_TEST_URI at data you keep.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
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

export interface PrivateNeo4j {
  uri: string;
  port: number;
  data: string;
  /** The launcher's JVM (run.sh execs java). */
  child: ChildProcess;
  /** Resolves with the exit code (or signal) once the JVM has gone. */
  exited: Promise<string>;
  /** Sends `signal` (default SIGTERM: a clean shutdown) and waits until it has exited. */
  stop(signal?: NodeJS.Signals): Promise<string>;
}

export interface Neo4jSettings {
  /** Default: a free port. Give the old one to restart on the same URI. */
  port?: number;
  /** Default: a new temporary folder. Give the old one to restart on the same data. */
  data?: string;
  /** Turns authentication on (user neo4j). */
  password?: string;
}

/** Starts neo4j/run.sh in the foreground of a child process; resolves once it prints its bolt URL (≤ 180 s). */
export async function startPrivateNeo4j(settings: Neo4jSettings = {}): Promise<PrivateNeo4j> {
  const port = settings.port ?? (await freePort());
  const data = settings.data ?? mkdtempSync(path.join(tmpdir(), 'kg-neo4j-'));
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_DATA: data, NEO4J_JAVA_OPTS: '-Xmx768m -XX:+UseSerialGC' };
  delete env.NEO4J_PASSWORD;
  if (settings.password) env.NEO4J_PASSWORD = settings.password;
  const child = spawn('bash', [path.join(repoRoot, 'neo4j/run.sh'), '--port', String(port), '--pagecache', String(128 << 20)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-3000)));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`private Neo4j not ready after 180 s: ${stderr}`));
    }, 180_000);
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /^(bolt:\/\/\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`private Neo4j exited (${how}) before it was ready: ${stderr}`));
    });
  });
  return {
    uri,
    port,
    data,
    child,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
