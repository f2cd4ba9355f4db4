/** Build of N articles into one graph (all workers), and its load into Neo4j, timed. */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import type { GraphDocument } from '../graph/index.js';
import { buildGraphFromFiles } from '../pipeline/index.js';
import { loadOptional, round, secondsSince } from './machine.js';

export interface BuildFigures {
  articles: number;
  workers: number;
  seconds: number;
  articlesPerSecond: number;
  /** Of `seconds`: reading the articles, then resolving them into one graph (a regression in resolution shows here). */
  extractionSeconds?: number;
  resolutionSeconds?: number;
  failed: number;
  nodes: number;
  edges: number;
  graphFile: string;
}

export interface LoadFigures {
  uri: string;
  seconds: number;
  relationshipsPerSecond: number;
  nodesCreated: number;
  relationshipsCreated: number;
  /** Build + load: articles on disk to facts in Neo4j. */
  endToEndSeconds: number;
}

/** Builds the graph of `paths` with all workers and writes it to `graphFile`. */
export async function buildGraph(paths: string[], graphFile: string): Promise<{ figures?: BuildFigures; graph?: GraphDocument; reason?: string }> {
  let workers = os.availableParallelism();
  const started = performance.now();
  let r;
  try {
    r = await buildGraphFromFiles(paths, { workers });
  } catch (e: unknown) {
    // worker threads failing must not cost the rest of the run: build in one thread, say so
    process.stderr.write(`bench: build with ${workers} workers failed (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); building with 1\n`);
    workers = 1;
    r = await buildGraphFromFiles(paths, { workers });
  }
  const seconds = secondsSince(started);
  await writeFile(graphFile, JSON.stringify(r.graph));
  return {
    graph: r.graph,
    figures: {
      articles: paths.length,
      workers,
      seconds: round(seconds, 2),
      articlesPerSecond: Math.round(paths.length / seconds),
      extractionSeconds: round(r.seconds.extraction, 2),
      resolutionSeconds: round(r.seconds.graph, 2),
      failed: r.failed.length,
      nodes: r.graph.nodes.length,
      edges: r.graph.edges.length,
      graphFile,
    },
  };
}

/** NEO4J_URI, else the local one started by `npm run neo4j:start` (.data/neo4j.url). */
export function neo4jUri(): string | undefined {
  if (process.env.NEO4J_URI) return process.env.NEO4J_URI;
  if (existsSync('.data/neo4j.url')) return readFileSync('.data/neo4j.url', 'utf8').trim() || undefined;
  return undefined;
}

/** Empties the Neo4j graph, then loads `graph` into it; undefined figures with a reason when Neo4j is not there. */
export async function loadIntoNeo4j(graph: GraphDocument, buildSeconds: number, uri: string | undefined): Promise<{ figures?: LoadFigures; reason?: string }> {
  if (!uri) return { reason: 'no Neo4j: set NEO4J_URI or run `npm run neo4j:start`' };
  const mod = await loadOptional<typeof import('../store/neo4j/index.js')>('../store/neo4j/index.js');
  if (!mod.module) return { reason: mod.reason };
  const store = mod.module.createNeo4jStore({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE });
  try {
    try {
      await store.init();
    } catch (e: unknown) {
      return { reason: `Neo4j at ${uri} is not reachable (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
    }
    await store.clear();
    const started = performance.now();
    let shown = 0;
    const s = await store.load(graph, {
      onProgress: (done, total) => {
        if (done - shown >= total / 20 || done === total) {
          shown = done;
          process.stderr.write(`bench: Neo4j load ${done}/${total} rows, ${Math.round(secondsSince(started))} s\n`);
        }
      },
    });
    const seconds = secondsSince(started);
    return {
      figures: {
        uri,
        seconds: round(seconds, 2),
        relationshipsPerSecond: Math.round(s.relationshipsCreated / seconds),
        nodesCreated: s.nodesCreated,
        relationshipsCreated: s.relationshipsCreated,
        endToEndSeconds: round(buildSeconds + seconds, 2),
      },
    };
  } finally {
    await store.close();
  }
}

/** The model with the longest BASED_ON chain in the graph (for the 3-hop lineage query). */
export function deepestModel(graph: GraphDocument): { name: string; depth: number } | undefined {
  const base = new Map<string, string>();
  for (const e of graph.edges) if (e.type === 'BASED_ON' && !base.has(e.source)) base.set(e.source, e.target);
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  let best: { name: string; depth: number } | undefined;
  for (const id of base.keys()) {
    let depth = 0;
    const seen = new Set([id]);
    for (let cur = base.get(id); cur && !seen.has(cur) && depth < 10; cur = base.get(cur)) {
      seen.add(cur);
      depth++;
    }
    const name = names.get(id);
    if (name && (!best || depth > best.depth || (depth === best.depth && name < best.name))) best = { name, depth };
  }
  return best;
}
