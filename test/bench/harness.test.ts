import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractOperations, lineageOperation, measureOperation, startServerChild } from '../../src/bench/api.js';
import { measureExtraction, readPages, scoreCorpus } from '../../src/bench/extraction.js';
import { deepestModel } from '../../src/bench/graph-load.js';
import { formatTable } from '../../src/bench/table.js';
import type { BenchResults } from '../../src/bench/run.js';
import { createCorpus } from '../../src/bench/corpus/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { buildGraphFromFiles } from '../../src/pipeline/index.js';

const node = (id: string, name: string): GraphDocument['nodes'][number] => ({ id, type: 'Model', name, aliases: [], properties: {} });
const basedOn = (s: string, t: string): GraphDocument['edges'][number] => ({ id: `e-${s}-${t}`, type: 'BASED_ON', source: s, target: t, properties: {}, evidence: [] });

function writeCorpusTo(dir: string, n: number, seed: number) {
  const files = [...createCorpus({ articles: n, seed }).files()];
  for (const f of files) writeFileSync(path.join(dir, f.file), f.text);
  return files.map((f) => ({ path: path.join(dir, f.file), gold: f.gold }));
}

describe('bench harness pieces', () => {
  it('reads every operation of the contract document', () => {
    const ops = contractOperations();
    expect(ops.map((o) => o.name)).toEqual(['ModelBasedOn', 'AliasLookup', 'ForeignBased', 'Leaderboard', 'Evidence', 'CompanyView', 'Search', 'Lineage', 'Graph']);
    expect(lineageOperation('X').query.match(/basedOn/g)).toHaveLength(3);
  });

  it('finds the model with the longest BASED_ON chain, and survives a cycle', () => {
    const graph = {
      version: 1, articles: [],
      nodes: [node('a', 'A'), node('b', 'B'), node('c', 'C'), node('d', 'D'), node('x', 'X'), node('y', 'Y')],
      edges: [basedOn('a', 'b'), basedOn('b', 'c'), basedOn('c', 'd'), basedOn('x', 'y'), basedOn('y', 'x')],
    } as unknown as GraphDocument;
    expect(deepestModel(graph)).toEqual({ name: 'A', depth: 3 });
  });

  it('measures extraction over generated pages and scores them against their gold', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
    const files = writeCorpusTo(dir, 30, 11);
    const paths = files.map((f) => f.path);
    const pages = await readPages(paths);
    const f = await measureExtraction(pages, paths, { minSeconds: 0, workers: 1 });
    expect(f.articles).toBe(30);
    for (const rate of [f.htmlparser2, f.parse, f.extractOneCore, f.extractAllCores, f.buildOneWorker]) expect(rate.articlesPerSecond).toBeGreaterThan(0);
    expect(f.buildOneWorker.failed).toBe(0);
    expect(f.extractOneCore.ratioToHtmlparser2).toBeGreaterThan(0);
    const score = scoreCorpus(pages, files.map((x) => x.gold));
    expect(score.articles).toBe(30);
    expect(score.entity.f1).toBeGreaterThanOrEqual(0);
    expect(score.entity.f1).toBeLessThanOrEqual(1);
    expect(Object.keys(score.edgeTypes).length).toBeGreaterThan(0);
  });

  it('serves a built graph from a child process and measures a contract query and the lineage query', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-api-'));
    const files = writeCorpusTo(dir, 40, 12);
    const { graph } = await buildGraphFromFiles([path.resolve('seed'), ...files.map((f) => f.path)], { workers: 1 });
    const graphFile = path.join(dir, 'graph.json');
    writeFileSync(graphFile, JSON.stringify(graph));
    const server = await startServerChild({ graph: graphFile });
    try {
      const memory = await server.rss();
      expect(memory.rss).toBeGreaterThan(memory.heapUsed);
      const op = contractOperations().find((o) => o.name === 'AliasLookup')!;
      const fig = await measureOperation(server.url, op, { seconds: 1, connections: 4 });
      expect(fig.requests).toBeGreaterThan(0);
      expect(fig.non2xx).toBe(0);
      expect(fig.graphqlErrors).toBeUndefined();
      expect(fig.p99ms).toBeGreaterThanOrEqual(fig.p50ms);
      const lineage = await measureOperation(server.url, lineageOperation('A.X 4.0'), { seconds: 1, connections: 2 });
      expect(lineage.graphqlErrors).toBeUndefined();
      expect(lineage.requests).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('prints one table with every figure and a reason for each row not measured', () => {
    const rate = { seconds: 1, articlesPerSecond: 100 };
    const extraction = {
      articles: 10, megabytes: 0.1, htmlparser2: rate, parse: rate,
      extractOneCore: { ...rate, ratioToHtmlparser2: 12.5 },
      extractAllCores: { processes: 2, articlesPerSecond: 190 },
      buildOneWorker: { ...rate, failed: 0 }, buildAllWorkers: { ...rate, failed: 0, workers: 2, error: 'worker exploded' },
    };
    const results: BenchResults = {
      date: '2026-01-01',
      machine: { cpu: 'cpu', cores: 2, memoryGiB: 24, node: 'v20', platform: 'linux', loadAverage: 0.5 },
      options: { articles: 10, extractArticles: 10, seed: 1, durationSeconds: 3, connections: 20 },
      extraction: {
        generated: extraction, seedCopies: extraction,
        score: { articles: 10, entity: { precision: 1, recall: 0.5, f1: 0.667 }, edge: { precision: 1, recall: 1, f1: 1 }, attributes: { ok: 1, total: 2 }, edgeTypes: {}, missedEntities: {} },
      },
      api: [{ store: 'embedded', rssMiB: { ready: 100, afterLoad: 120 }, figures: [
        { operation: 'Search', requestsPerSecond: 1234, p50ms: 3, p99ms: 9, requests: 3702, non2xx: 0, errors: 0, answerBytes: 10 },
        { operation: 'Graph', requestsPerSecond: 0, p50ms: 0, p99ms: 0, requests: 0, non2xx: 0, errors: 0, answerBytes: 10 },
      ] },
      { store: 'neo4j', rssMiB: { ready: 90, afterLoad: 95 }, figures: [{ operation: 'Search', requestsPerSecond: 300, p50ms: 30, p99ms: 90, requests: 900, non2xx: 0, errors: 0, answerBytes: 10 }] },
      { store: 'neo4j-graphql', rssMiB: { ready: 80, afterLoad: 85 }, figures: [{ operation: 'Search', requestsPerSecond: 150, p50ms: 60, p99ms: 180, requests: 450, non2xx: 0, errors: 0, answerBytes: 10 }] }],
      skipped: { neo4jLoad: 'no Neo4j here', 'neo4j-graphql': 'not installed' },
      totalSeconds: 5,
      loadAverageAtEnd: 0.7,
    };
    const table = formatTable(results);
    expect(table).toContain('12.5× the htmlparser2 time');
    expect(table).toContain('worker exploded');
    expect(table).toMatch(/extraction, 2 processes\s+190 articles\/s/);
    expect(table).toMatch(/Search\s+1234\s+3\s+9\s+300\s+30\s+90\s+150\s+60\s+180\s+2×/);
    expect(table).toMatch(/Graph\s+no answer/);
    expect(table).toMatch(/neo4jLoad\s+not measured\s+no Neo4j here/);
    expect(table).toMatch(/neo4j-graphql\s+not measured\s+not installed/);
    expect(table).toContain('120 MiB');
  });
});
