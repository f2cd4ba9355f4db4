/**
 * The API on the embedded store alone, over a graph file built before (by `npm run bench`), with
 * CPU time per request and resident memory between bursts: the figures to compare two checkouts.
 *
 *   node --import tsx src/bench/embedded.ts --graph .data/bench/graph-100000-s42.json \
 *     [--repo /path/to/other/checkout] [--ops ForeignBased,Leaderboard] [--duration 8] [--rounds 1] [--idle 10]
 *
 * --node-args: V8 flags for the server (default: the young generation kg serve gets, src/api/heap.ts).
 * --repo: whose src/bench/serve-child.ts to run (default this checkout), so A and B are measured
 * by the same client. Memory is read from /proc (VmRSS, no GC forced) after start-up, after each
 * burst, and after --idle seconds without requests; `gc` is the server's own figure after a full GC.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { YOUNG_GENERATION_FLAG } from '../api/heap.js';
import { contractOperations, lineageOperation, measureOperation } from './api.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** utime + stime of a process in ms (Linux /proc). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Resident memory of a process in MiB, as the kernel counts it (no GC forced). */
function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

async function main(): Promise<void> {
  const graph = path.resolve(arg('--graph', '.data/bench/graph-100000-s42.json'));
  const repo = path.resolve(arg('--repo', path.join(here, '../..')));
  const label = arg('--label', path.basename(repo));
  const seconds = Number(arg('--duration', '8'));
  const rounds = Number(arg('--rounds', '1'));
  const idle = Number(arg('--idle', '10'));
  // by default the flags `kg serve` runs with; --node-args "" for V8's defaults
  const nodeArgs = arg('--node-args', YOUNG_GENERATION_FLAG).split(' ').filter(Boolean);
  const all = [...contractOperations(), lineageOperation(arg('--lineage', 'Arbi 2.0'))];
  const wanted = arg('--ops', '');
  const ops = wanted ? wanted.split(',').map((n) => all.find((o) => o.name === n) ?? fail(`no operation ${n}`)) : all;

  const child = fork(path.join(repo, 'src/bench/serve-child.ts'), ['--graph', graph], {
    cwd: repo,
    execArgv: ['--import', 'tsx', '--expose-gc', ...nodeArgs],
    // the server's own output (e.g. --trace-gc) goes to stderr, the figures to stdout
    stdio: ['ignore', 2, 'inherit', 'ipc'],
  });
  const pid = child.pid!;
  const t0 = performance.now();
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { type: string; url?: string; message?: string }) => (m.url ? resolve(m.url) : reject(new Error(m.message ?? m.type))));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const gcMiB = () =>
    new Promise<number>((resolve) => {
      const on = (m: { type: string; rss?: number }) => {
        if (m.type !== 'rss') return;
        child.off('message', on);
        resolve(Math.round((m.rss ?? 0) / 2 ** 20));
      };
      child.on('message', on);
      child.send({ type: 'rss' });
    });
  console.log(`${label}\tready in ${((performance.now() - t0) / 1000).toFixed(1)} s\trss ${rssMiB(pid)} MiB\tload ${load()}`);
  try {
    for (let r = 0; r < rounds; r++) {
      for (const op of ops) {
        const before = cpuMs(pid);
        const f = await measureOperation(url, op, { seconds, connections: 20 });
        const per = ((cpuMs(pid) - before) / (f.requests + 1)).toFixed(2);
        console.log(
          `${label}\t${op.name}\t${f.requestsPerSecond} req/s\tp50 ${f.p50ms}\tp99 ${f.p99ms}\tcpu/req ${per} ms\tbytes ${f.answerBytes}\trss ${rssMiB(pid)} MiB\tload ${load()}${f.graphqlErrors ? `\tERR ${f.graphqlErrors}` : ''}`,
        );
      }
    }
    await sleep(idle * 1000);
    const idleRss = rssMiB(pid);
    console.log(`${label}\tafter ${idle} s idle\trss ${idleRss} MiB\tafter a full GC ${await gcMiB()} MiB\tload ${load()}`);
  } finally {
    child.send({ type: 'stop' });
    await Promise.race([new Promise((r) => child.once('exit', r)), sleep(10_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

function fail(message: string): never {
  throw new Error(message);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
