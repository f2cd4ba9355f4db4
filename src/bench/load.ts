/**
 * `npm run bench:load`: loads a generated graph of ≥ 100,000 relationships into Neo4j and prints
 * relationships/s and the batch size; then loads it again and shows that the counts are unchanged
 * and how long the no-op reload took.
 *
 * Neo4j: env NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE), else the local one from
 * .data/neo4j.url (`npm run neo4j:start`). THE GRAPH IN THAT DATABASE IS DELETED FIRST.
 * Options (env): BENCH_RELATIONSHIPS (default 100000), BENCH_BATCH_SIZE (default: the writer's, 10000),
 * BENCH_ROUNDS (default 1): empty and load that many times in a row and report every round — a Neo4j just started
 * runs its first loads with its JIT cold (on the AMD EPYC machine 8k rel/s on the first, 20–21k from the fifth on).
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ensureKgError } from '../errors/index.js';
import { createNeo4jStore, DEFAULT_BATCH_SIZE } from '../store/neo4j/index.js';
import { syntheticGraph } from './synthetic-graph.js';

function neo4jUri(): string {
  if (process.env.NEO4J_URI) return process.env.NEO4J_URI;
  if (existsSync('.data/neo4j.url')) return readFileSync('.data/neo4j.url', 'utf8').trim();
  throw new Error('no Neo4j: set NEO4J_URI or start the local one with `npm run neo4j:start`');
}

function positive(name: string, fallback: number): number {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive whole number`);
  return v;
}

async function main(): Promise<void> {
  const uri = neo4jUri();
  const wanted = positive('BENCH_RELATIONSHIPS', 100_000);
  const batchSize = positive('BENCH_BATCH_SIZE', DEFAULT_BATCH_SIZE);
  const graph = syntheticGraph(wanted);
  const rels = graph.edges.length;
  console.log(`graph: ${graph.nodes.length} nodes, ${rels} relationships, ${graph.articles.length} articles (synthetic, deterministic)`);

  const store = createNeo4jStore({
    uri,
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE,
  });
  try {
    await store.init();
    const rounds = positive('BENCH_ROUNDS', 1);
    const rates: number[] = [];
    let ok = true;
    for (let round = 1; round <= rounds; round++) {
      await store.clear();
      if (round === 1) console.log(`neo4j: ${uri} (emptied) | batch size ${batchSize} rows per transaction | ${rounds} round(s)`);
      const first = await store.load(graph, { batchSize });
      const afterFirst = await store.counts();
      rates.push(Math.round(rels / first.seconds));
      console.log(
        `${rounds > 1 ? `round ${round}: ` : ''}load:   ${first.seconds.toFixed(2)} s | ${rates.at(-1)} relationships/s ` +
          `(${Math.round((rels + graph.nodes.length) / first.seconds)} nodes+relationships/s) | ` +
          `created ${first.nodesCreated} nodes, ${first.relationshipsCreated} relationships`,
      );
      const second = await store.load(graph, { batchSize });
      const afterSecond = await store.counts();
      const same = JSON.stringify(afterFirst) === JSON.stringify(afterSecond);
      ok &&= same && afterFirst.relationships === rels;
      console.log(
        `${rounds > 1 ? `round ${round}: ` : ''}reload: ${second.seconds.toFixed(2)} s (no-op) | created ${second.nodesCreated} nodes, ${second.relationshipsCreated} relationships | ` +
          `counts ${same ? 'unchanged' : 'CHANGED'}: ${afterSecond.nodes} nodes, ${afterSecond.relationships} relationships, ${afterSecond.articles} articles`,
      );
      if (round === rounds) {
        const load = loadavg().map((x) => x.toFixed(1)).join(' ');
        console.log(
          `RESULT relationships/s=${rates.at(-1)} batch=${batchSize} reload_s=${second.seconds.toFixed(2)} counts_unchanged=${same}` +
            `${rounds > 1 ? ` rounds=${rates.join(',')}` : ''} loadavg=${load} (2 cores: figures are only comparable on an idle machine)`,
        );
      }
    }
    if (!ok) process.exitCode = 1;
  } finally {
    await store.close();
  }
}

main().catch((e: unknown) => {
  console.error(`bench:load: ${ensureKgError(e).message.split('\n')[0]}`);
  process.exitCode = 1;
});
