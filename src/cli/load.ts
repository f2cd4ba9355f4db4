import { readFile, stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { InputError } from '../errors/index.js';
import { validateGraph, type GraphDocument } from '../graph/index.js';
import type { LoadSummary } from '../store/index.js';
import { createNeo4jStore, DEFAULT_BATCH_SIZE } from '../store/neo4j/index.js';
import { neo4jSettings, type Neo4jFlags } from './neo4j-flags.js';
import { warn } from './output.js';

export interface LoadCliOptions extends Neo4jFlags {
  batchSize?: number;
  /** Worker threads for extracting article inputs (default: all cores). */
  workers?: number;
}

/**
 * `kg load <inputs…> --neo4j <uri>`: graph JSON files are loaded as they are; article files and
 * folders are extracted and resolved together first. Everything is merged (idempotently) into Neo4j
 * in batches, with a progress bar and a summary line on stderr.
 */
export async function runLoad(inputs: string[], opts: LoadCliOptions): Promise<LoadSummary> {
  const started = performance.now();
  const settings = neo4jSettings(opts);
  const { graphFiles, articleInputs } = await classifyInputs(inputs);
  const graphs: { name: string; graph: GraphDocument }[] = [];
  for (const file of graphFiles) graphs.push({ name: file, graph: await readGraphFile(file) });

  const store = createNeo4jStore(settings);
  const total: LoadSummary = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0, articles: 0, seconds: 0 };
  try {
    await store.init();
    if (articleInputs.length) graphs.push({ name: articleInputs.join(' '), graph: await extractArticles(articleInputs, opts.workers) });
    const rows = graphs.reduce((n, g) => n + g.graph.articles.length + g.graph.nodes.length + g.graph.edges.length, 0);
    const bar = new cliProgress.SingleBar(
      { format: 'loading [{bar}] {value}/{total} rows | {input}', stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(rows, 0, { input: '' });
    let before = 0;
    try {
      for (const { name, graph } of graphs) {
        const s = await store.load(graph, {
          batchSize: opts.batchSize ?? DEFAULT_BATCH_SIZE,
          onProgress: (done) => bar.update(before + done, { input: name }),
        });
        before += graph.articles.length + graph.nodes.length + graph.edges.length;
        for (const k of ['nodesCreated', 'nodesUpdated', 'relationshipsCreated', 'relationshipsUpdated', 'articles'] as const) total[k] += s[k];
      }
    } finally {
      bar.stop();
    }
  } finally {
    await store.close();
  }
  total.seconds = (performance.now() - started) / 1000;
  process.stderr.write(`${summarizeLoad(settings.uri, total)}\n`);
  return total;
}

export function summarizeLoad(uri: string, s: LoadSummary): string {
  return (
    `loaded into ${uri}: nodes ${s.nodesCreated} created, ${s.nodesUpdated} updated | ` +
    `relationships ${s.relationshipsCreated} created, ${s.relationshipsUpdated} updated | ` +
    `articles ${s.articles} | ${s.seconds.toFixed(1)} s`
  );
}

/** `.json` files are graph documents; other files and folders are articles. */
async function classifyInputs(inputs: string[]): Promise<{ graphFiles: string[]; articleInputs: string[] }> {
  if (inputs.length === 0) throw new InputError('kg load', 'give at least one graph JSON file, article file or folder');
  const graphFiles: string[] = [];
  const articleInputs: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new InputError(input, 'no such file or folder');
    if (info.isFile() && input.toLowerCase().endsWith('.json')) graphFiles.push(input);
    else articleInputs.push(input);
  }
  return { graphFiles, articleInputs };
}

async function readGraphFile(file: string): Promise<GraphDocument> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (e: unknown) {
    throw new InputError(file, `not valid JSON: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  return validateGraph(data, file);
}

async function extractArticles(inputs: string[], workers: number | undefined): Promise<GraphDocument> {
  let build: typeof import('./build.js');
  try {
    build = await import('./build.js');
  } catch (e: unknown) {
    throw new InputError(inputs[0] ?? 'articles', `article extraction is not available in this build (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); load a graph JSON from \`kg build\` instead`);
  }
  const result = await build.buildWithProgress(inputs, workers);
  for (const f of result.failed) warn(`skipped ${f.file}: ${f.message}`);
  if (result.read === 0) throw new InputError(inputs.join(' '), 'no article could be read');
  return result.graph;
}
