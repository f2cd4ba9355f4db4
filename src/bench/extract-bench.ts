/** The extraction benchmark over generated pages and seed copies, and how its figures are printed. */
import { measureExtraction, readPages, scoreCorpus, type BuildFigure, type ExtractionFigures, type ScoreFigures } from './extraction.js';
import { ensureCorpus, ensureSeedCopies, readGolds } from './workspace.js';
export interface ExtractBenchResult {
  generated: ExtractionFigures;
  seedCopies: ExtractionFigures;
  score: ScoreFigures;
}

export async function runExtractBench(o: { articles: number; seed: number; minSeconds: number }): Promise<ExtractBenchResult> {
  const corpus = await ensureCorpus(o.articles, o.seed);
  const pages = await readPages(corpus.paths);
  const generated = await measureExtraction(pages, corpus.paths, { minSeconds: o.minSeconds });
  const seeds = await ensureSeedCopies(o.articles);
  const seedCopies = await measureExtraction(await readPages(seeds.paths), seeds.paths, { minSeconds: o.minSeconds });
  const score = scoreCorpus(pages, await readGolds(corpus));
  return { generated, seedCopies, score };
}

/** Lines of the extraction table. */
export function formatExtraction(label: string, f: ExtractionFigures): string[] {
  const kb = Math.round((f.megabytes * 1000) / f.articles);
  const lines = [`${label}: ${f.articles} articles, ${f.megabytes} MB (${kb} kB/article)`];
  lines.push(`  htmlparser2 parse only      ${String(f.htmlparser2.articlesPerSecond).padStart(8)} articles/s`);
  lines.push(`  parse stage (cheerio)       ${String(f.parse.articlesPerSecond).padStart(8)} articles/s`);
  lines.push(
    `  extraction, 1 core          ${String(f.extractOneCore.articlesPerSecond).padStart(8)} articles/s  (${f.extractOneCore.ratioToHtmlparser2}× the htmlparser2 time)`,
  );
  lines.push(`  extraction, ${f.extractAllCores.processes} processes        ${String(f.extractAllCores.articlesPerSecond).padStart(8)} articles/s  (one process per core, pages shared out)`);
  lines.push(`  build, 1 worker             ${describeBuild(f.buildOneWorker)}`);
  lines.push(`  build, ${f.buildAllWorkers.workers} workers            ${describeBuild(f.buildAllWorkers)}`);
  return lines;
}

export function describeBuild(b: BuildFigure): string {
  if (b.error) return `failed: ${b.error}`;
  return `${String(b.articlesPerSecond).padStart(8)} articles/s  (${b.seconds} s, ${b.failed} failed)`;
}

export function formatScore(score: ScoreFigures): string {
  const types = Object.entries(score.edgeTypes).map(([t, f]) => `${t} ${f.f1} (${f.tp}/${f.tp + f.fn})`).join(', ');
  const missed = Object.entries(score.missedEntities).map(([t, n]) => `${t} ${n}`).join(', ');
  return (
    `gold score by edge type: F1 (found/gold): ${types}\n` +
    `gold entities missed: ${missed || 'none'}\n` +
    `gold score (generated, ${score.articles} articles, each alone): entity P ${score.entity.precision} R ${score.entity.recall} F1 ${score.entity.f1} | ` +
    `edge P ${score.edge.precision} R ${score.edge.recall} F1 ${score.edge.f1} | attributes ${score.attributes.ok}/${score.attributes.total}`
  );
}

