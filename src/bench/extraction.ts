/**
 * Extraction throughput: articles/s of the extractor in one process (one core), of the whole
 * build with one worker and with all workers, beside the time htmlparser2 needs merely to parse
 * the same pages (the parse-only baseline). Also scores a generated corpus against its gold.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { scoreGraph } from '../eval/score.js';
import { parseArticle } from '../parse/index.js';
import { extractFacts } from '../extract/index.js';
import { buildGraphFromFiles, extractArticle, loadRules, REGEXP_FLAG } from '../pipeline/index.js';
import type { GoldGraph } from './corpus/index.js';
import { round, secondsSince } from './machine.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface Page {
  file: string;
  bytes: Buffer;
}

export interface BuildFigure {
  seconds: number;
  articlesPerSecond: number;
  failed: number;
  /** Why the build threw, when it did. */
  error?: string;
}

export interface ExtractionFigures {
  articles: number;
  megabytes: number;
  htmlparser2: { seconds: number; articlesPerSecond: number };
  /** The parse stage alone (cheerio, layouts, sentences). */
  parse: { seconds: number; articlesPerSecond: number };
  /** Page bytes → the article's facts (parse + extract), one core, in process. */
  extractOneCore: { seconds: number; articlesPerSecond: number; ratioToHtmlparser2: number };
  /** Parse + extract in one process per core, the pages shared out (all cores busy at once). */
  extractAllCores: { processes: number; articlesPerSecond: number };
  /** Files on disk → one graph through buildGraphFromFiles. */
  buildOneWorker: BuildFigure;
  buildAllWorkers: BuildFigure & { workers: number };
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
  const megabytes = round(pages.reduce((s, p) => s + p.bytes.length, 0) / 1e6, 2);

  // warm-up, then the parse-only baseline
  for (const p of pages.slice(0, 50)) parseDocument(p.bytes.toString('utf8'));
  const h2 = timePasses(pages, (p) => parseDocument(p.bytes.toString('utf8')), minSeconds);

  for (const p of pages.slice(0, 50)) parseArticle(p.bytes, { source: p.file });
  const parse = timePasses(pages, (p) => parseArticle(p.bytes, { source: p.file }), minSeconds);

  // parse + extract the facts of each page; resolution runs once per build, so it is in the build figures
  const rules = loadRules();
  const extract = (p: Page) => extractFacts(parseArticle(p.bytes, { source: p.file }), rules);
  for (const p of pages.slice(0, 100)) extract(p);
  const ex = timePasses(pages, extract, minSeconds);

  const all = options.workers ?? os.availableParallelism();
  const extractAllCores = { processes: all, articlesPerSecond: await extractInProcesses(paths, all, minSeconds) };

  const build = async (workers: number): Promise<BuildFigure> => {
    const started = performance.now();
    try {
      const r = await buildGraphFromFiles(paths, { workers });
      return { ...rate(n, secondsSince(started)), failed: r.failed.length };
    } catch (e: unknown) {
      return { seconds: 0, articlesPerSecond: 0, failed: n, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
    }
  };
  return {
    articles: n,
    megabytes,
    htmlparser2: rate(n, h2),
    parse: rate(n, parse),
    extractOneCore: { ...rate(n, ex), ratioToHtmlparser2: round(ex / h2, 1) },
    extractAllCores,
    buildOneWorker: await build(1),
    buildAllWorkers: { workers: all, ...(await build(all)) },
  };
}

/** Forks `processes` extraction processes over shares of `paths`; their summed articles/s once all are warm. */
async function extractInProcesses(paths: string[], processes: number, minSeconds: number): Promise<number> {
  const shares: string[][] = Array.from({ length: processes }, () => []);
  paths.forEach((p, i) => shares[i % processes]!.push(p));
  const children = shares.map((share) =>
    fork(path.join(here, 'extract-child.ts'), [JSON.stringify(share)], { execArgv: ['--import', 'tsx', REGEXP_FLAG], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }),
  );
  const waitFor = <T>(child: ChildProcess, type: string) =>
    new Promise<T>((resolve, reject) => {
      child.on('message', (m: { type: string }) => m.type === type && resolve(m as T));
      child.once('exit', (code) => reject(new Error(`extraction process exited with ${code}`)));
    });
  await Promise.all(children.map((c) => waitFor(c, 'ready')));
  const done = children.map((c) => waitFor<{ articles: number; seconds: number }>(c, 'done'));
  for (const c of children) c.send({ type: 'go', minSeconds });
  const results = await Promise.all(done);
  return Math.round(results.reduce((sum, r) => sum + r.articles / r.seconds, 0));
}

export interface ScoreFigures {
  articles: number;
  entity: { precision: number; recall: number; f1: number };
  edge: { precision: number; recall: number; f1: number };
  attributes: { ok: number; total: number };
  /** Edge figures by type, and core entities missed by type (where the extractor falls short). */
  edgeTypes: Record<string, { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }>;
  missedEntities: Record<string, number>;
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
export function scoreCorpus(pages: Page[], golds: GoldGraph[]): ScoreFigures {
  const rules = loadRules();
  const nodes: Counts = { tp: 0, fp: 0, fn: 0 };
  const edges: Counts = { tp: 0, fp: 0, fn: 0 };
  const attrs = { ok: 0, total: 0 };
  const byType: Record<string, Counts> = {};
  const missedEntities: Record<string, number> = {};
  pages.forEach((p, i) => {
    const pred = extractArticle(parseArticle(p.bytes, { source: p.file }), rules);
    const r = scoreGraph(golds[i] as GoldGraph, pred);
    for (const k of ['tp', 'fp', 'fn'] as const) {
      nodes[k] += r.nodes[k];
      edges[k] += r.edges[k];
    }
    for (const [t, c] of Object.entries(r.perType)) {
      const acc = (byType[t] ??= { tp: 0, fp: 0, fn: 0 });
      for (const k of ['tp', 'fp', 'fn'] as const) acc[k] += c[k];
    }
    for (const m of r.report.missedNodes) {
      const type = m.split(' ')[0] ?? '?';
      missedEntities[type] = (missedEntities[type] ?? 0) + 1;
    }
    attrs.ok += r.attrs.ok;
    attrs.total += r.attrs.total;
  });
  const edgeTypes: ScoreFigures['edgeTypes'] = {};
  for (const [t, c] of Object.entries(byType).sort()) edgeTypes[t] = { ...prf(c), ...c };
  return { articles: pages.length, entity: prf(nodes), edge: prf(edges), attributes: attrs, edgeTypes, missedEntities };
}
