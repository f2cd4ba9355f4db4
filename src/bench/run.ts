/**
 * `npm run bench [-- --articles 1000 --duration 20 --quick --seed 42 --skip-neo4j]`
 *
 * One run, one table: extraction (1 core / 1 worker / all workers, ratio to htmlparser2), build
 * and load of N generated articles (+ the seed) into Neo4j, API throughput and p50/p99 latency
 * (autocannon, 20 connections) for the contract queries and a 3-hop lineage query on the
 * embedded store and on Neo4j, and the server's resident memory holding the graph. Writes
 * bench/results/<YYYY-MM-DD>.json with the machine and every figure.
 * Neo4j: NEO4J_URI, else .data/neo4j.url. THE GRAPH IN THAT DATABASE IS DELETED FIRST.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { WARMUP_SECONDS, contractOperations, lineageOperation, measureOperation, startServerChild, type ApiFigure, type Operation } from './api.js';
import { runExtractBench, type ExtractBenchResult } from './extract-bench.js';
import { neo4jGraphqlOperations } from './neo4j-graphql.js';
import { buildGraph, deepestModel, loadIntoNeo4j, neo4jUri, type BuildFigures, type LoadFigures } from './graph-load.js';
import { describeMachine, round, type MachineInfo } from './machine.js';
import { formatTable } from './table.js';
import { BENCH_DIR, ensureCorpus, SEED_DIR } from './workspace.js';

export interface ApiRun {
  /** Our server on each store, and @neo4j/graphql on the same Neo4j data. */
  store: 'embedded' | 'neo4j' | 'neo4j-graphql';
  figures: ApiFigure[];
  /** Server resident memory (after a GC): once the graph is loaded, and after the request load of every query. */
  rssMiB: { ready: number; afterLoad: number };
}

export interface BenchResults {
  date: string;
  machine: MachineInfo;
  options: { articles: number; extractArticles: number; seed: number; durationSeconds: number; connections: number; warmupSeconds?: number };
  extraction?: ExtractBenchResult;
  build?: BuildFigures;
  neo4jLoad?: LoadFigures;
  lineageTarget?: { name: string; depth: number };
  api: ApiRun[];
  skipped: Record<string, string>;
  totalSeconds: number;
  /** 1-minute load average when the run ended. */
  loadAverageAtEnd: number;
}

interface Flags {
  articles: number;
  extractArticles: number;
  seed: number;
  duration: number;
  connections: number;
  quick: boolean;
  skipNeo4j: boolean;
  out: string;
  tag?: string;
}

const MiB = (b: number) => round(b / 2 ** 20, 1);

async function measureApi(store: ApiRun['store'], target: Parameters<typeof startServerChild>[0], ops: Operation[], f: Flags): Promise<ApiRun> {
  const server = await startServerChild(target);
  try {
    const ready = MiB((await server.rss()).rss);
    const figures: ApiFigure[] = [];
    for (const op of ops) {
      process.stderr.write(`bench: API ${store} ${op.name} (${f.duration} s)\n`);
      figures.push(await measureOperation(server.url, op, { seconds: f.duration, connections: f.connections }));
    }
    return { store, figures, rssMiB: { ready, afterLoad: MiB((await server.rss()).rss) } };
  } finally {
    await server.stop();
  }
}

/** Runs every stage; `save` is called after each one, so a long run that is cut short keeps its figures. */
export async function runBench(f: Flags, save: (r: BenchResults) => Promise<void> = async () => {}): Promise<BenchResults> {
  const started = performance.now();
  const skipped: Record<string, string> = {};
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    machine: describeMachine(),
    options: { articles: f.articles, extractArticles: f.extractArticles, seed: f.seed, durationSeconds: f.duration, connections: f.connections, warmupSeconds: WARMUP_SECONDS },
    api: [],
    skipped,
    totalSeconds: 0,
    loadAverageAtEnd: 0,
  };

  process.stderr.write('bench: extraction\n');
  results.extraction = await runExtractBench({ articles: f.extractArticles, seed: f.seed, minSeconds: f.quick ? 1 : 3 });
  await save(results);

  const corpus = await ensureCorpus(f.articles, f.seed);
  const seeds = (await readdir(SEED_DIR)).filter((x) => /\.html?$/.test(x)).map((x) => path.join(SEED_DIR, x));
  const graphFile = path.join(BENCH_DIR, `graph-${f.articles}-s${f.seed}.json`);
  process.stderr.write(`bench: build of ${corpus.paths.length + seeds.length} articles\n`);
  const built = await buildGraph([...seeds, ...corpus.paths], graphFile);
  if (!built.figures || !built.graph) {
    skipped.build = built.reason ?? 'unknown';
    skipped.api = 'no graph to serve (the build did not run)';
    skipped.neo4jLoad = 'no graph to load (the build did not run)';
  } else {
    results.build = built.figures;
    await save(results);
    const ops = contractOperations();
    const deepest = deepestModel(built.graph);
    if (deepest) {
      results.lineageTarget = deepest;
      ops.push(lineageOperation(deepest.name));
    } else skipped.lineage = 'no BASED_ON edge in the built graph';

    process.stderr.write('bench: API on the embedded store\n');
    results.api.push(await measureApi('embedded', { graph: graphFile }, ops, f));
    await save(results);

    const uri = f.skipNeo4j ? undefined : neo4jUri();
    if (f.skipNeo4j) skipped.neo4j = 'skipped by --skip-neo4j';
    else {
      process.stderr.write('bench: load into Neo4j\n');
      const loaded = await loadIntoNeo4j(built.graph, built.figures.seconds, uri);
      if (loaded.figures && uri) {
        results.neo4jLoad = loaded.figures;
        await save(results);
        process.stderr.write('bench: API on Neo4j\n');
        results.api.push(await measureApi('neo4j', { neo4j: uri }, ops, f));
        await save(results);
        process.stderr.write('bench: @neo4j/graphql on the same Neo4j data\n');
        try {
          results.api.push(await measureApi('neo4j-graphql', { neo4jGraphql: uri }, neo4jGraphqlOperations(deepest?.name), f));
          delete skipped['neo4j-graphql'];
        } catch (e: unknown) {
          skipped['neo4j-graphql'] = `failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
        }
      } else skipped.neo4j = loaded.reason ?? 'unknown';
    }
  }
  if (!results.api.some((a) => a.store === 'neo4j-graphql') && !skipped['neo4j-graphql']) {
    skipped['neo4j-graphql'] = 'needs Neo4j (it serves the same Neo4j data)';
  }
  results.totalSeconds = round((performance.now() - started) / 1000, 1);
  results.loadAverageAtEnd = round(os.loadavg()[0] ?? 0, 2);
  return results;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

async function main(): Promise<void> {
  const o = new Command('bench')
    .description('Run every benchmark once, print one table, write bench/results/<date>.json')
    .option('--articles <n>', 'generated articles to build, load and serve', positiveInt, 1000)
    .option('--extract-articles <n>', 'articles per page set for the extraction figures', positiveInt, 1000)
    .option('--seed <n>', 'corpus seed', positiveInt, 42)
    .option('--duration <s>', 'seconds per API operation (autocannon)', positiveInt, 20)
    .option('--connections <n>', 'autocannon connections', positiveInt, 20)
    .option('--quick', 'short runs: 3 s per API operation', false)
    .option('--skip-neo4j', 'do not touch Neo4j', false)
    .option('--out <dir>', 'where the results JSON goes', 'bench/results')
    .option('--tag <tag>', 'name the results file <date>-<tag>.json (e.g. 100k)')
    .parse()
    .opts<Flags>();
  if (o.quick && o.duration === 20) o.duration = 3;
  if (o.tag && !/^[\w.-]+$/.test(o.tag)) throw new InvalidArgumentError('--tag: letters, digits, dots and dashes only');
  await mkdir(o.out, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const file = path.join(o.out, o.tag ? `${date}-${o.tag}.json` : `${date}.json`);
  const save = (r: BenchResults) => writeFile(file, `${JSON.stringify(r, null, 2)}\n`);
  const r = await runBench(o, save);
  await save(r);
  console.log(formatTable(r));
  console.log(`\nwritten: ${file}`);
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
