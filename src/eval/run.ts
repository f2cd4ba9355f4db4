/**
 * `npm run eval`: extracts every fixture article, the seed and the held-out articles, scores each against its gold graph
 * with the shared scorer's rules, and prints per-article lines, per-edge-type P/R/F1 and totals.
 *
 *   node --import tsx src/eval/run.ts [--verbose] [--json] [--out DIR] [--pred-dir DIR]
 *        [--min-entity-f1 X] [--min-edge-f1 X] [--min-attr X] [--layouts]
 *
 * Where ../shared/tools/score-graph.mjs exists, it scores the same fixture predictions too and the
 * report says whether its totals agree. Minimums apply to the fixture totals. Exit status: 0 when
 * they hold, 1 when one does not or an article failed to extract, 2 on bad input (a bad option, a
 * missing or malformed gold graph).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { ensureKgError } from '../errors/index.js';
import { extractFile, loadRules } from '../pipeline/index.js';
import { formatLayoutScores, scoreLayouts } from './relayout.js';
import { evaluateCases, listEvalCases, readPredictionsFrom, type EvalRun } from './evaluate.js';
import { formatSummary } from './score.js';
import { scoreRunResolution, type ResolutionScore } from './resolution.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function parseUnit(value: string): number {
  const x = Number(value);
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new InvalidArgumentError('expected a number between 0 and 1');
  return x;
}

const SHARED_SCORER = path.resolve(ROOT, '../shared/tools/score-graph.mjs');

/**
 * Where the shared scorer is present (a checkout beside ../shared), scores the same predictions
 * with it and returns its totals line; its stdout goes through a file, since it ends with exit().
 */
function runSharedScorer(predDir: string): string | undefined {
  if (!fs.existsSync(SHARED_SCORER)) return undefined;
  const outFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-eval-shared-')), 'report.txt');
  const fd = fs.openSync(outFile, 'w');
  try {
    spawnSync(process.execPath, [SHARED_SCORER, '--gold-dir', path.join(ROOT, 'test/fixtures/gold'), '--pred-dir', predDir], { stdio: ['ignore', fd, 'ignore'] });
  } finally {
    fs.closeSync(fd);
  }
  const report = fs.readFileSync(outFile, 'utf8').trimEnd().split('\n');
  fs.rmSync(path.dirname(outFile), { recursive: true, force: true });
  return report.at(-1);
}

function writePredictions(run: EvalRun, outDir: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  for (const r of run.results) {
    if (r.graph) fs.writeFileSync(path.join(outDir, `${r.case.name}.json`), `${JSON.stringify(r.graph, null, 1)}\n`);
  }
}

function formatResolution(s: ResolutionScore, articles: number, verbose?: boolean): string[] {
  const lines = [
    `resolution across articles (all ${articles} built into one graph): B³ P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)} | ${s.matched} of ${s.items} gold entities found, ${s.goldClusters} real entities as ${s.predictedNodes} nodes; ${s.splits.length} split, ${s.merges.length} merged`,
  ];
  if (verbose) lines.push(...s.splits.map((x) => `  split: ${x}`), ...s.merges.map((x) => `  merged: ${x}`));
  return lines;
}

interface Options {
  verbose?: boolean;
  json?: boolean;
  out?: string;
  predDir?: string;
  minEntityF1?: number;
  minEdgeF1?: number;
  minAttr?: number;
  minResolutionF1?: number;
  layouts?: boolean;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command('eval')
    .description('score the extractor on test/fixtures, the seed and test/holdout against their gold graphs')
    .option('--verbose', 'list false, missed and duplicate nodes and edges per article')
    .option('--json', 'print the machine-readable report (the shared scorer\'s --json shape per set)')
    .option('--out <dir>', 'where to write the predicted graphs (default: a new temp dir)')
    .option('--pred-dir <dir>', 'score graphs already predicted (<dir>/<article name>.json) instead of extracting')
    .option('--min-entity-f1 <x>', 'fail when fixture entity F1 is below x', parseUnit)
    .option('--min-edge-f1 <x>', 'fail when fixture edge F1 is below x', parseUnit)
    .option('--min-attr <x>', 'fail when fixture attribute accuracy is below x', parseUnit)
    .option('--min-resolution-f1 <x>', 'fail when cross-article resolution B³ F1 is below x', parseUnit)
    .option('--layouts', 'also score every article re-rendered in fifteen other page layouts (src/eval/layouts.ts)')
    .exitOverride();
  program.parse(argv, { from: 'user' });
  const opts = program.opts<Options>();

  const cases = listEvalCases(ROOT);
  const run = await evaluateCases(cases, opts.predDir ? readPredictionsFrom(opts.predDir) : extractFile);
  const outDir = opts.predDir ?? opts.out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kg-eval-'));
  if (!opts.predDir) writePredictions(run, outDir);
  const resolution = opts.predDir ? undefined : await scoreRunResolution(run);

  const failed = run.results.filter((r) => r.error);
  if (opts.json) {
    console.log(JSON.stringify({ fixtures: run.fixtures, seed: run.seed, holdout: run.holdout, resolution, failed: failed.map((r) => ({ name: r.case.name, error: r.error })), predictions: outDir }, null, 1));
  } else {
    console.log(`fixtures: ${run.fixtures.articles.length} article(s) from test/fixtures/articles`);
    for (const line of formatSummary(run.fixtures, { verbose: opts.verbose })) console.log(line);
    console.log('seed:');
    for (const line of formatSummary(run.seed, { verbose: opts.verbose })) console.log(line);
    if (run.holdout.articles.length) {
      console.log(`held out: ${run.holdout.articles.length} article(s) from test/holdout (written blind; reported, never a floor)`);
      for (const line of formatSummary(run.holdout, { verbose: opts.verbose })) console.log(line);
    }
    if (resolution) for (const line of formatResolution(resolution, run.results.length, opts.verbose)) console.log(line);
    const shared = runSharedScorer(outDir);
    if (shared !== undefined) {
      const ours = formatSummary(run.fixtures).at(-1);
      console.log(`shared scorer on the fixtures: ${shared === ours ? 'agrees' : `DISAGREES: ${shared}`}`);
    }
    if (opts.layouts) {
      const rules = loadRules();
      for (const set of ['fixtures', 'holdout'] as const) {
        const setCases = cases.filter((c) => c.set === set);
        console.log(`${set} re-rendered in other page layouts (${setCases.length} article(s)):`);
        for (const line of formatLayoutScores(scoreLayouts(setCases, rules))) console.log(line);
      }
    }
    for (const r of failed) console.log(`extraction failed: ${r.error}`);
    for (const r of run.results) for (const w of r.warnings) if (opts.verbose) console.log(`warning (${r.case.name}): ${w}`);
    console.log(`predictions written to ${outDir}`);
  }
  const { entities, edges, attributes } = run.fixtures;
  const short: string[] = [];
  if (opts.minEntityF1 !== undefined && entities.f1 < opts.minEntityF1) short.push(`entity F1 ${entities.f1.toFixed(3)} < ${opts.minEntityF1}`);
  if (opts.minEdgeF1 !== undefined && edges.f1 < opts.minEdgeF1) short.push(`edge F1 ${edges.f1.toFixed(3)} < ${opts.minEdgeF1}`);
  if (opts.minAttr !== undefined && attributes.accuracy < opts.minAttr) short.push(`attribute accuracy ${attributes.accuracy.toFixed(3)} < ${opts.minAttr}`);
  if (resolution && opts.minResolutionF1 !== undefined && resolution.f1 < opts.minResolutionF1) short.push(`resolution B³ F1 ${resolution.f1.toFixed(3)} < ${opts.minResolutionF1}`);
  for (const s of short) console.error(`eval: below minimum: ${s}`);
  return short.length || failed.length ? 1 : 0;
}

// exitCode, not exit(): a piped stdout is flushed before the process ends
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const code = (e as { code?: string }).code;
    if (code?.startsWith('commander.')) {
      process.exitCode = code === 'commander.helpDisplayed' || code === 'commander.version' ? 0 : 2;
      return;
    }
    console.error(`eval: ${ensureKgError(e).message}`);
    process.exitCode = 2;
  },
);
