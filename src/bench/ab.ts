/**
 * A/B of selected API operations, ours on Neo4j against @neo4j/graphql on the same data, without
 * the rest of the bench: `tsx src/bench/ab.ts load --articles N` builds and loads the graph once;
 * `tsx src/bench/ab.ts run --articles N --duration S --rounds R --ops Lineage3Hop,ForeignBased`
 * then measures, alternating the two servers each round. NEO4J_URI as for the bench.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GraphDocument } from '../graph/index.js';
import { contractOperations, lineageOperation, measureOperation, startServerChild, type Operation } from './api.js';
import { buildGraph, deepestModel, loadIntoNeo4j, neo4jUri } from './graph-load.js';
import { neo4jGraphqlOperations } from './neo4j-graphql.js';
import { BENCH_DIR, ensureCorpus, SEED_DIR } from './workspace.js';

/** utime + stime of a process in ms (Linux /proc; NaN elsewhere). */
function cpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}
/** The Neo4j server's process id (NEO4J_PID), to count its CPU time per request too. */
const neo4jPid = process.env.NEO4J_PID ? Number(process.env.NEO4J_PID) : undefined;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  const articles = Number(arg('--articles', '10000'));
  const graphFile = path.join(BENCH_DIR, `graph-${articles}-s42.json`);
  const uri = neo4jUri();
  if (!uri) throw new Error('NEO4J_URI is not set');
  if (mode === 'load') {
    const corpus = await ensureCorpus(articles, 42);
    const seeds = (await readdir(SEED_DIR)).filter((x) => /\.html?$/.test(x)).map((x) => path.join(SEED_DIR, x));
    const built = await buildGraph([...seeds, ...corpus.paths], graphFile);
    if (!built.graph) throw new Error(built.reason);
    const loaded = await loadIntoNeo4j(built.graph, built.figures!.seconds, uri);
    console.log(JSON.stringify({ build: built.figures, load: loaded.figures ?? loaded.reason }));
    return;
  }
  const graph = JSON.parse(await readFile(graphFile, 'utf8')) as GraphDocument;
  const deepest = deepestModel(graph);
  const wanted = new Set(arg('--ops', 'Lineage3Hop,ForeignBased,Leaderboard').split(','));
  const ours = [...contractOperations(), ...(deepest ? [lineageOperation(deepest.name)] : [])].filter((o) => wanted.has(o.name));
  const theirs = neo4jGraphqlOperations(deepest?.name).filter((o) => wanted.has(o.name));
  const seconds = Number(arg('--duration', '5'));
  const rounds = Number(arg('--rounds', '2'));
  const only = arg('--only', '');
  const measure = async (target: Parameters<typeof startServerChild>[0], ops: Operation[], label: string) => {
    const server = await startServerChild(target);
    try {
      for (const op of ops) {
        const before = [cpuMs(server.pid), cpuMs(neo4jPid)];
        const f = await measureOperation(server.url, op, { seconds, connections: 20 });
        const after = [cpuMs(server.pid), cpuMs(neo4jPid)];
        // CPU per request of the API process and of Neo4j: steadier than req/s on a shared machine.
        const per = (k: number) => (f.requests ? ((after[k]! - before[k]!) / (f.requests + 1)).toFixed(2) : '-');
        const load = os.loadavg()[0]!.toFixed(2);
        console.log(`${label}\t${op.name}\t${f.requestsPerSecond} req/s\tp50 ${f.p50ms}\tp99 ${f.p99ms}\tcpu/req api ${per(0)} ms neo4j ${per(1)} ms\tbytes ${f.answerBytes}\tload ${load}${f.graphqlErrors ? `\tERR ${f.graphqlErrors}` : ''}`);
      }
    } finally {
      await server.stop();
    }
  };
  for (let r = 0; r < rounds; r++) {
    if (only !== 'theirs') await measure({ neo4j: uri }, ours, 'ours');
    if (only !== 'ours') await measure({ neo4jGraphql: uri }, theirs, 'theirs');
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
