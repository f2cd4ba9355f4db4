/**
 * The pipeline: parse → extract → resolve → assemble, for one article, one file or many files
 * (in worker threads when there are many). Output is the same whatever the order of the inputs
 * or the number of workers.
 *
 * @example
 *   const { graph } = await extractFile('seed/000_fb1c8bb41191b609.html');
 *   const { graph: all, failed } = await buildGraphFromFiles(['articles/'], { workers: 2 });
 */
import os from 'node:os';
import { KgError } from '../errors/index.js';
import { extractFacts, loadRules, type ArticleFacts, type RuleSet } from '../extract/index.js';
import { assembleGraph, type GraphDocument } from '../graph/index.js';
import type { ParsedArticle } from '../parse/index.js';
import { resolveFacts } from '../resolve/index.js';
import { extractFileFacts } from './extract-file.js';
import { expandInputs } from './files.js';
import { extractOutcome, extractPooled, type FileOutcome } from './pool.js';

export { loadRules } from '../extract/index.js';
export { expandInputs } from './files.js';
export { hasRegexpFlag, REGEXP_FLAG } from './node-flags.js';

/** Resolves and assembles the facts of many articles into one graph. */
export function graphFromFacts(facts: ArticleFacts[]): GraphDocument {
  return assembleGraph(resolveFacts(facts));
}

/** One parsed article → a graph with one article record. */
export function extractArticle(parsed: ParsedArticle, rules: RuleSet = loadRules()): GraphDocument {
  return graphFromFacts([extractFacts(parsed, rules)]);
}

/** Reads, parses and extracts one file. Errors are InputError naming the file. */
export async function extractFile(path: string): Promise<{ graph: GraphDocument; warnings: string[] }> {
  const { facts, warnings } = extractFileFacts(path);
  return { graph: graphFromFacts([facts]), warnings };
}

export interface BuildOptions {
  workers?: number;
  onArticle?: (done: number, total: number, file: string, error?: KgError) => void;
  /** Worker threads are used above this many files (default 50). */
  workerThreshold?: number;
  rulesDir?: string;
}

export interface BuildResult {
  graph: GraphDocument;
  failed: { file: string; message: string }[];
  read: number;
  warnings: string[];
  /** Wall seconds of the two phases: reading every article (all workers), then resolving and assembling one graph. */
  seconds: { extraction: number; graph: number };
}

function extractSequential(files: string[], rulesDir: string | undefined, report: (o: FileOutcome) => void): void {
  loadRules(rulesDir);
  for (const file of files) report(extractOutcome(file, rulesDir));
}

/**
 * Builds one graph from files and folders (.html/.htm/.txt inside folders). Articles that fail are
 * reported through `onArticle` and in `failed`, and skipped.
 */
export async function buildGraphFromFiles(paths: string[], opts: BuildOptions = {}): Promise<BuildResult> {
  const { files, missing } = expandInputs(paths);
  const total = files.length + missing.length;
  const failed: BuildResult['failed'] = [];
  const warnings: string[] = [];
  const factsOf = new Map<string, ArticleFacts>();
  let done = 0;
  for (const m of missing) {
    failed.push(m);
    opts.onArticle?.(++done, total, m.file, new KgError('INPUT_INVALID', m.message));
  }
  const report = (o: FileOutcome) => {
    done++;
    if (o.facts) {
      factsOf.set(o.file, o.facts);
      for (const w of o.warnings ?? []) warnings.push(w);
      opts.onArticle?.(done, total, o.file);
    } else {
      const message = o.error?.message ?? `${o.file}: failed`;
      failed.push({ file: o.file, message });
      opts.onArticle?.(done, total, o.file, new KgError(o.error?.code ?? 'INTERNAL', message));
    }
  };
  const workers = Math.max(1, Math.min(opts.workers ?? 1, os.cpus().length || 1, files.length));
  const started = performance.now();
  if (workers > 1 && files.length > (opts.workerThreshold ?? 50)) await extractPooled(files, workers, opts.rulesDir, report);
  else extractSequential(files, opts.rulesDir, report);
  // the same page given twice counts once (the first in input order, whichever thread read it)
  const unique = new Map<string, ArticleFacts>();
  for (const file of files) {
    const f = factsOf.get(file);
    if (f && !unique.has(f.article.id)) unique.set(f.article.id, f);
  }
  failed.sort((a, b) => (a.file < b.file ? -1 : 1));
  const extracted = performance.now();
  const graph = graphFromFacts([...unique.values()]);
  const seconds = { extraction: (extracted - started) / 1000, graph: (performance.now() - extracted) / 1000 };
  return { graph, failed, read: unique.size, warnings: warnings.sort(), seconds };
}
