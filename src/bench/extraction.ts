/**
 * Extraction throughput: articles/s of the extractor in one process (one core), of the whole
 * build with one worker and with all workers, beside the time htmlparser2 needs merely to parse
 * the same pages (the parse-only baseline). Also scores a generated corpus against its gold.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { parseDocument } from 'htmlparser2';
import type { GraphDocument } from '../graph/index.js';
import type { GoldGraph } from './corpus/index.js';
import { loadOptional, round, secondsSince } from './machine.js';

export interface Page {
  file: string;
  bytes: Buffer;
}

/** What the bench needs from src/pipeline (written by the pipeline helper). */
export interface PipelineModule {
  extractArticle(input: Buffer, options: { source: string }): unknown;
  buildGraphFromFiles(paths: string[], options: { workers?: number }): Promise<{ graph: GraphDocument; read: number; failed: { file: string; message: string }[] }>;
}

/** What the bench needs from src/eval/score.ts. */
export interface ScoreModule {
  scoreGraph(gold: unknown, pred: unknown): unknown;
}

export interface ExtractionFigures {
  articles: number;
  megabytes: number;
  htmlparser2: { seconds: number; articlesPerSecond: number };
  parse?: { seconds: number; articlesPerSecond: number };
  extractOneCore?: { seconds: number; articlesPerSecond: number; ratioToHtmlparser2: number };
  buildOneWorker?: { seconds: number; articlesPerSecond: number; failed: number };
  buildAllWorkers?: { workers: number; seconds: number; articlesPerSecond: number; failed: number };
  skipped: string[];
}

export async function readPages(paths: string[]): Promise<Page[]> {
  return Promise.all(paths.map(async (file) => ({ file, bytes: await readFile(file) })));
}

/** Runs `fn` over every page, repeated until at least `minSeconds` have passed; seconds per pass. */
function timePasses(pages: Page[], fn: (p: Page) => unknown, minSeconds: number): number {
  let passes = 0;
  const started = performance.now();
  do {
    for (const p of pages) fn(p);
    passes++;
  } while (secondsSince(started) < minSeconds);
  return secondsSince(started) / passes;
}

const rate = (n: number, seconds: number) => ({ seconds: round(seconds, 3), articlesPerSecond: Math.round(n / seconds) });

/**
 * Measures one page set. `paths` are the same pages on disk (for the worker build).
 * `minSeconds` repeats the in-process passes so short runs are not all noise.
 */
export async function measureExtraction(pages: Page[], paths: string[], options: { minSeconds?: number; workers?: number } = {}): Promise<ExtractionFigures> {
  const minSeconds = options.minSeconds ?? 2;
  const n = pages.length;
  const skipped: string[] = [];
  const megabytes = round(pages.reduce((s, p) => s + p.bytes.length, 0) / 1e6, 2);

  // warm-up, then the parse-only baseline
  for (const p of pages.slice(0, 50)) parseDocument(p.bytes.toString('utf8'));
  const h2 = timePasses(pages, (p) => parseDocument(p.bytes.toString('utf8')), minSeconds);
  const out: ExtractionFigures = { articles: n, megabytes, htmlparser2: rate(n, h2), skipped };

  const parse = await loadOptional<{ parseArticle(b: Buffer, o: { source: string }): unknown }>('../parse/index.js');
  if (parse.module) {
    const { parseArticle } = parse.module;
    for (const p of pages.slice(0, 50)) parseArticle(p.bytes, { source: p.file });
    out.parse = rate(n, timePasses(pages, (p) => parseArticle(p.bytes, { source: p.file }), minSeconds));
  } else skipped.push(`parse: ${parse.reason}`);

  const pipeline = await loadOptional<PipelineModule>('../pipeline/index.js');
  if (!pipeline.module) {
    skipped.push(`extraction: ${pipeline.reason}`);
    return out;
  }
  const { extractArticle, buildGraphFromFiles } = pipeline.module;
  for (const p of pages.slice(0, 100)) extractArticle(p.bytes, { source: p.file });
  const ex = timePasses(pages, (p) => extractArticle(p.bytes, { source: p.file }), minSeconds);
  out.extractOneCore = { ...rate(n, ex), ratioToHtmlparser2: round(ex / h2, 2) };

  const build = async (workers: number) => {
    const started = performance.now();
    const r = await buildGraphFromFiles(paths, { workers });
    return { ...rate(n, secondsSince(started)), failed: r.failed.length };
  };
  out.buildOneWorker = await build(1);
  const all = options.workers ?? os.availableParallelism();
  out.buildAllWorkers = { workers: all, ...(await build(all)) };
  return out;
}

export interface ScoreFigures {
  articles: number;
  entity: { precision: number; recall: number; f1: number };
  edge: { precision: number; recall: number; f1: number };
  attributes: { ok: number; total: number };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const prf = ({ tp, fp, fn }: Counts) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { precision: round(p, 3), recall: round(r, 3), f1: round(p + r ? (2 * p * r) / (p + r) : 0, 3) };
};

/** Extracts each generated article alone and scores it against its gold (micro-averaged). */
export async function scoreCorpus(pages: Page[], golds: GoldGraph[]): Promise<{ figures?: ScoreFigures; reason?: string }> {
  const pipeline = await loadOptional<PipelineModule>('../pipeline/index.js');
  if (!pipeline.module) return { reason: pipeline.reason };
  const score = await loadOptional<ScoreModule>('../eval/score.js');
  if (!score.module) return { reason: score.reason };
  const nodes: Counts = { tp: 0, fp: 0, fn: 0 };
  const edges: Counts = { tp: 0, fp: 0, fn: 0 };
  const attrs = { ok: 0, total: 0 };
  pages.forEach((p, i) => {
    const pred = pipeline.module!.extractArticle(p.bytes, { source: p.file });
    const r = score.module!.scoreGraph(golds[i], toGraph(pred)) as { nodes: Counts; edges: Counts; attrs: { ok: number; total: number } };
    for (const k of ['tp', 'fp', 'fn'] as const) {
      nodes[k] += r.nodes[k];
      edges[k] += r.edges[k];
    }
    attrs.ok += r.attrs.ok;
    attrs.total += r.attrs.total;
  });
  return { figures: { articles: pages.length, entity: prf(nodes), edge: prf(edges), attributes: attrs } };
}

/** The graph inside whatever extractArticle returns ({graph} or the graph itself). */
function toGraph(x: unknown): unknown {
  if (x && typeof x === 'object' && 'graph' in x) return (x as { graph: unknown }).graph;
  return x;
}
