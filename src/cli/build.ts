import { mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import cliProgress from 'cli-progress';
import type { GraphDocument } from '../graph/index.js';
import { buildGraphFromFiles, extractFile, type BuildResult } from '../pipeline/index.js';
import { warn, writeStdout } from './output.js';

/** `kg extract <file|dir>`: the graph of one article (or of a folder's articles) on stdout. */
export async function runExtract(input: string): Promise<void> {
  const { stat } = await import('node:fs/promises');
  const info = await stat(input).catch(() => null);
  if (info?.isDirectory()) {
    const graph = await buildQuietly([input]);
    await writeStdout(`${JSON.stringify(graph, null, 2)}\n`);
    return;
  }
  const { graph, warnings } = await extractFile(input);
  for (const w of warnings) warn(w.startsWith(input) ? w : `${input}: ${w}`);
  await writeStdout(`${JSON.stringify(graph, null, 2)}\n`);
}

export interface BuildOptions {
  out: string;
  workers?: number;
}

/** `kg build <inputs…> --out <file>`: merges many articles into one graph file. */
export async function runBuild(inputs: string[], options: BuildOptions): Promise<void> {
  const started = performance.now();
  const result = await buildWithProgress(inputs, options.workers);
  await writeGraphFile(options.out, result.graph);
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`${summarize(result.graph, result.read, result.failed.length, seconds, result.seconds)}\n`);
  for (const f of result.failed) warn(`failed: ${f.file}: ${f.message}`);
  if (result.read === 0 && result.failed.length > 0) process.exitCode = 1;
}

/**
 * Builds one graph from article files and folders with a progress bar on stderr, in worker threads
 * across all cores unless told how many (`kg build`, and `kg load` given articles); a file that fails
 * is named above the bar and skipped.
 */
export async function buildWithProgress(inputs: string[], workers = availableParallelism()): Promise<BuildResult> {
  const bar = new cliProgress.SingleBar(
    { format: 'extracting [{bar}] {value}/{total} articles | {file}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let shown = false;
  try {
    return await buildGraphFromFiles(inputs, {
      workers,
      onArticle: (done, total, file, error) => {
        if (!shown) {
          bar.start(total, 0, { file: '' });
          shown = true;
        }
        bar.update(done, { file });
        if (error) {
          bar.stop();
          warn(`skipped ${file}: ${error.message}`);
          bar.start(total, done, { file });
        }
      },
    });
  } finally {
    if (shown) bar.stop();
  }
}

async function buildQuietly(inputs: string[]): Promise<GraphDocument> {
  const result = await buildGraphFromFiles(inputs, {});
  for (const f of result.failed) warn(`skipped ${f.file}: ${f.message}`);
  return result.graph;
}

/** Writes a graph file atomically: a temporary file renamed over the target. */
export async function writeGraphFile(path: string, graph: GraphDocument): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(graph, null, 2)}\n`);
  await rename(tmp, path);
}

/** One summary line: articles read and failed, nodes, edges by type, seconds. */
export function summarize(graph: GraphDocument, read: number, failed: number, seconds: number, phases?: { extraction: number; graph: number }): string {
  const byType = new Map<string, number>();
  for (const e of graph.edges) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const edges = [...byType].sort().map(([t, n]) => `${t} ${n}`).join(', ');
  return (
    `articles read ${read}, failed ${failed} | nodes ${graph.nodes.length} | ` +
    `edges ${graph.edges.length}${edges ? ` (${edges})` : ''} | ${seconds.toFixed(1)} s` +
    (phases ? ` (reading ${phases.extraction.toFixed(1)} s, resolution ${phases.graph.toFixed(1)} s)` : '')
  );
}
