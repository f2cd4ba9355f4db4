import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from '../../src/cli/load.js';
import { InputError, StoreUnavailableError } from '../../src/errors/index.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { syntheticGraph } from '../../src/bench/synthetic-graph.js';
import { buildGraphFromFiles } from '../../src/pipeline/index.js';
import { neo4jForTests } from '../support/neo4j.js';

const target = await neo4jForTests();

describe('kg load: settings and errors that need no Neo4j', () => {
  it('asks for a URI when neither --neo4j nor NEO4J_URI is given', async () => {
    const saved = process.env.NEO4J_URI;
    delete process.env.NEO4J_URI;
    try {
      await expect(runLoad(['x.json'], {})).rejects.toThrow(InputError);
    } finally {
      if (saved !== undefined) process.env.NEO4J_URI = saved;
    }
  });

  it('names a missing input', async () => {
    await expect(runLoad(['no/such/graph.json'], { neo4j: 'bolt://127.0.0.1:1' })).rejects.toThrow('no/such/graph.json: no such file or folder');
  });

  it('stops within 10 s with a one-line error naming the URI when Neo4j is unreachable', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-load-'));
    const file = path.join(dir, 'g.json');
    writeFileSync(file, JSON.stringify(syntheticGraph(20)));
    const started = Date.now();
    const err = await runLoad([file], { neo4j: 'bolt://127.0.0.1:1' }).then(
      () => null,
      (e: unknown) => e,
    );
    rmSync(dir, { recursive: true, force: true });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).toMatch(/^bolt:\/\/127\.0\.0\.1:1: cannot connect: [^\n]+$/);
  });
});

describe.skipIf(!target.uri)('kg load into the local Neo4j', () => {
  const uri = target.uri ?? 'bolt://127.0.0.1:7687'; // the body is collected even when skipped
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-load-'));
  const file = path.join(dir, 'graph.json');
  const graph = syntheticGraph(3000);
  const store = createNeo4jStore({ uri });

  beforeAll(async () => {
    writeFileSync(file, JSON.stringify(graph));
    await store.init();
    await store.clear();
  });
  afterAll(async () => {
    await store.clear();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads a graph file, and loading it again changes no count', async () => {
    const first = await runLoad([file], { neo4j: uri, batchSize: 1000 });
    expect(first).toMatchObject({ nodesCreated: graph.nodes.length, relationshipsCreated: graph.edges.length, articles: graph.articles.length });
    const counts = await store.counts();
    expect(counts).toEqual({ nodes: graph.nodes.length, relationships: graph.edges.length, articles: graph.articles.length });
    const second = await runLoad([file], { neo4j: uri, batchSize: 700 });
    expect(second).toMatchObject({ nodesCreated: 0, nodesUpdated: graph.nodes.length, relationshipsCreated: 0, relationshipsUpdated: graph.edges.length });
    expect(await store.counts()).toEqual(counts);
  });

  it('loads articles extracted in worker threads (more files than the threads start for): the graph one thread builds', async () => {
    await store.clear();
    const folder = 'test/holdout/articles';
    const files = readdirSync(folder).sort().slice(0, 60).map((f) => path.join(folder, f));
    const alone = (await buildGraphFromFiles(files, { workers: 1 })).graph;
    const loaded = await runLoad(files, { neo4j: uri, workers: 2 });
    const want = { nodes: alone.nodes.length, relationships: alone.edges.length, articles: alone.articles.length };
    expect(loaded).toMatchObject({ nodesCreated: want.nodes, relationshipsCreated: want.relationships, articles: want.articles });
    expect(await store.counts()).toEqual(want);
  });

  it('rejects a file that is not a graph document, naming it', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 1, nodes: [] }));
    await expect(runLoad([bad], { neo4j: uri })).rejects.toThrow(/bad\.json: not a graph document/);
  });
});
