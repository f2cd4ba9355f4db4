/** Evaluation: gold graphs, the scorer (same rules as the shared score-graph.mjs) and the eval set. */
export {
  scoreGraph,
  summarize,
  precisionRecall,
  formatSummary,
  type Counts,
  type Prf,
  type ScoreReport,
  type ArticleScore,
  type NamedArticleScore,
  type ScoreSummary,
} from './score.js';
export { matchEntities, normalizeForScore, type PredictedGraph, type PredictedNode, type EntityMatch } from './match.js';
export { scoreResolution, scoreRunResolution, type ResolutionCase, type ResolutionScore } from './resolution.js';
export { EDGE_ENDPOINTS } from '../graph/index.js';
export { goldGraphSchema, readGoldFile, checkGoldGraph, type GoldGraph, type GoldEntity, type GoldEdge, type GoldAttribute } from './gold.js';
export { listEvalCases, evaluateCases, readPredictionsFrom, caseName, type EvalCase, type EvalRun, type CaseResult, type ExtractFile } from './evaluate.js';
