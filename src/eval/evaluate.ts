/** The evaluation set (fixture articles with gold graphs, and the seed) and scoring it. */
import fs from 'node:fs';
import path from 'node:path';
import type { GraphDocument } from '../graph/index.js';
import { InputError, ensureKgError } from '../errors/index.js';
import { ARTICLE_EXT } from '../pipeline/files.js';
import { readGoldFile, type GoldGraph } from './gold.js';
import { scoreGraph, summarize, type NamedArticleScore, type ScoreSummary } from './score.js';

/** One article to extract and the gold graph to score it against. */
export interface EvalCase {
  /** The article's file name without its last extension (the gold file's name). */
  name: string;
  input: string;
  goldFile: string;
  set: 'fixtures' | 'seed' | 'holdout';
}

export type ExtractFile = (file: string) => Promise<{ graph: GraphDocument; warnings: string[] }>;

export interface CaseResult {
  case: EvalCase;
  gold: GoldGraph;
  graph?: GraphDocument;
  warnings: string[];
  /** One-line error when extraction failed (the article is then scored as an empty graph). */
  error?: string;
  score: NamedArticleScore;
}

export interface EvalRun {
  results: CaseResult[];
  fixtures: ScoreSummary;
  seed: ScoreSummary;
  /** test/holdout: articles written blind for extraction tests after the rules (see test/holdout/README.md). */
  holdout: ScoreSummary;
}

/** The article name of a fixture file: its base name without the last extension. */
export function caseName(file: string): string {
  return path.basename(file, path.extname(file));
}

/**
 * Lists the evaluation cases under a repository root: every test/fixtures/articles file with its
 * test/fixtures/gold/<name>.json, the same for test/holdout, and the seed article with
 * test/spec/seed-expected.json.
 */
export function listEvalCases(root: string): EvalCase[] {
  const cases = casesIn(path.join(root, 'test/fixtures'), 'fixtures');
  // the held-out articles (written blind, scored before any rule was fixed for them): reported, never a floor
  if (fs.existsSync(path.join(root, 'test/holdout/articles'))) cases.push(...casesIn(path.join(root, 'test/holdout'), 'holdout'));
  const seedGold = path.join(root, 'test/spec/seed-expected.json');
  const seedArticle = readGoldFile(seedGold).article;
  if (seedArticle) {
    cases.push({ name: caseName(seedArticle), input: path.join(root, 'seed', seedArticle), goldFile: seedGold, set: 'seed' });
  }
  return cases;
}

/** `dir/articles/*` with their gold graphs `dir/gold/<name>.json`, in gold file order (as the shared scorer lists them). */
function casesIn(dir: string, set: EvalCase['set']): EvalCase[] {
  const articleDir = path.join(dir, 'articles');
  const goldDir = path.join(dir, 'gold');
  const cases: EvalCase[] = [];
  for (const f of fs.readdirSync(articleDir).sort()) {
    if (!ARTICLE_EXT.test(f)) continue;
    const name = caseName(f);
    const goldFile = path.join(goldDir, `${name}.json`);
    if (!fs.existsSync(goldFile)) throw new InputError(path.join(articleDir, f), `no gold graph ${goldFile}`);
    cases.push({ name, input: path.join(articleDir, f), goldFile, set });
  }
  return cases.sort((a, b) => (path.basename(a.goldFile) < path.basename(b.goldFile) ? -1 : 1));
}

/** Extracts and scores each case; an extraction error is recorded and scored as an empty graph. */
export async function evaluateCases(cases: EvalCase[], extract: ExtractFile): Promise<EvalRun> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    const gold = readGoldFile(c.goldFile);
    let graph: GraphDocument | undefined;
    let warnings: string[] = [];
    let error: string | undefined;
    try {
      ({ graph, warnings } = await extract(c.input));
    } catch (e: unknown) {
      error = ensureKgError(e).message;
    }
    const score = { name: c.name, ...scoreGraph(gold, graph ?? { nodes: [], edges: [] }), missing: !graph };
    results.push({ case: c, gold, graph, warnings, error, score });
  }
  const of = (set: EvalCase['set']): ScoreSummary => summarize(results.filter((r) => r.case.set === set).map((r) => r.score));
  return { results, fixtures: of('fixtures'), seed: of('seed'), holdout: of('holdout') };
}

/** Stands in for extraction: reads the graph already predicted for each article from `dir/<name>.json`. */
export function readPredictionsFrom(dir: string): ExtractFile {
  return async (file: string) => {
    const predFile = path.join(dir, `${caseName(file)}.json`);
    if (!fs.existsSync(predFile)) throw new InputError(predFile, 'no prediction for this article');
    try {
      return { graph: JSON.parse(fs.readFileSync(predFile, 'utf8')) as GraphDocument, warnings: [] };
    } catch (e: unknown) {
      throw new InputError(predFile, `not graph JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}
