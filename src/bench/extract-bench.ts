/** The extraction benchmark over generated pages and seed copies, and how its figures are printed. */
import { measureExtraction, readPages, scoreCorpus, type ExtractionFigures, type ScoreFigures } from './extraction.js';
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

