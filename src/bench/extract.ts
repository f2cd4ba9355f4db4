/**
 * `npm run bench:extract [-- --articles 1000 --seed 42 --min-seconds 2]`
 *
 * Extraction articles/s over generated articles and over copies of seed/ (as many), in one
 * process (one core) and through the build with one worker and with all workers, beside the
 * htmlparser2 parse-only time as a ratio; and the generated corpus scored against its gold.
 */
import { Command, InvalidArgumentError } from 'commander';
import { measureExtraction, readPages, scoreCorpus, type ExtractionFigures, type ScoreFigures } from './extraction.js';
import { describeMachine } from './machine.js';
import { ensureCorpus, ensureSeedCopies, readGolds } from './workspace.js';

export interface ExtractBenchResult {
  generated: ExtractionFigures;
  seedCopies: ExtractionFigures;
  score?: ScoreFigures;
  scoreSkipped?: string;
}

export async function runExtractBench(o: { articles: number; seed: number; minSeconds: number }): Promise<ExtractBenchResult> {
  const corpus = await ensureCorpus(o.articles, o.seed);
  const pages = await readPages(corpus.paths);
  const generated = await measureExtraction(pages, corpus.paths, { minSeconds: o.minSeconds });
  const seeds = await ensureSeedCopies(o.articles);
  const seedCopies = await measureExtraction(await readPages(seeds.paths), seeds.paths, { minSeconds: o.minSeconds });
  const scored = await scoreCorpus(pages, await readGolds(corpus));
  return { generated, seedCopies, score: scored.figures, scoreSkipped: scored.reason };
}

/** Lines of the extraction table. */
export function formatExtraction(label: string, f: ExtractionFigures): string[] {
  const kb = Math.round((f.megabytes * 1000) / f.articles);
  const lines = [`${label}: ${f.articles} articles, ${f.megabytes} MB (${kb} kB/article)`];
  lines.push(`  htmlparser2 parse only      ${String(f.htmlparser2.articlesPerSecond).padStart(8)} articles/s`);
  if (f.parse) lines.push(`  parse stage (cheerio)       ${String(f.parse.articlesPerSecond).padStart(8)} articles/s`);
  if (f.extractOneCore) {
    lines.push(
      `  extract, 1 core in-process  ${String(f.extractOneCore.articlesPerSecond).padStart(8)} articles/s  (${f.extractOneCore.ratioToHtmlparser2}× htmlparser2 time)`,
    );
  }
  if (f.buildOneWorker) lines.push(`  build, 1 worker             ${String(f.buildOneWorker.articlesPerSecond).padStart(8)} articles/s  (${f.buildOneWorker.seconds} s, ${f.buildOneWorker.failed} failed)`);
  if (f.buildAllWorkers) {
    lines.push(
      `  build, ${f.buildAllWorkers.workers} workers            ${String(f.buildAllWorkers.articlesPerSecond).padStart(8)} articles/s  (${f.buildAllWorkers.seconds} s, ${f.buildAllWorkers.failed} failed)`,
    );
  }
  for (const s of f.skipped) lines.push(`  skipped: ${s}`);
  return lines;
}

export function formatScore(score: ScoreFigures | undefined, reason: string | undefined): string {
  if (!score) return `gold score: not measured (${reason ?? 'unknown'})`;
  return (
    `gold score (generated, ${score.articles} articles, each alone): entity P ${score.entity.precision} R ${score.entity.recall} F1 ${score.entity.f1} | ` +
    `edge P ${score.edge.precision} R ${score.edge.recall} F1 ${score.edge.f1} | attributes ${score.attributes.ok}/${score.attributes.total}`
  );
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

async function main(): Promise<void> {
  const o = new Command('bench:extract')
    .option('--articles <n>', 'articles per page set (≥ 1000 for the recorded figure)', positiveInt, 1000)
    .option('--seed <n>', 'corpus seed', positiveInt, 42)
    .option('--min-seconds <s>', 'repeat in-process passes for at least this long', Number, 2)
    .parse()
    .opts<{ articles: number; seed: number; minSeconds: number }>();
  const m = describeMachine();
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}`);
  const r = await runExtractBench(o);
  for (const line of [...formatExtraction('generated corpus', r.generated), ...formatExtraction('seed copies', r.seedCopies)]) console.log(line);
  console.log(formatScore(r.score, r.scoreSkipped));
}

main().catch((e: unknown) => {
  console.error(`bench:extract: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
