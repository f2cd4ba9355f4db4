/**
 * Scores an extracted graph against a gold graph: a faithful port of the shared scorer
 * (score-graph.mjs) with the same matching rules, so `npm run eval` and the shared tool agree.
 *
 * - Names compare in normal form (normalizeName: NFKC, lower case, no spaces or punctuation).
 * - Predicted nodes match gold entities of the same type one to one by name or alias, an exact
 *   name before an alias and more matching forms before fewer; a second node for a taken entity
 *   is a duplicate (a false positive).
 * - Gold models without a name ("anonymousDeveloper") match a model their developer DEVELOPED.
 * - Optional entities and edges are neither rewarded nor penalised; PARTNERS_WITH is undirected;
 *   a SCORED edge counts only with the gold score ± 0.011.
 * - Attributes: numbers within 0.5 %, booleans equal, strings by normal-form prefix.
 */
import { UNDIRECTED_EDGE_TYPES } from '../graph/index.js';
import type { GoldEdge, GoldGraph } from './gold.js';
import { DUP, matchEntities, normalizeForScore, type PredictedGraph } from './match.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ScoreReport {
  duplicates: string[];
  typeMismatch: string[];
  falseNodes: string[];
  missedNodes: string[];
  falseEdges: string[];
  missedEdges: string[];
  wrongAttrs: string[];
}

export interface ArticleScore {
  nodes: Counts;
  edges: Counts;
  attrs: { ok: number; total: number };
  perType: Record<string, Counts>;
  report: ScoreReport;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface NamedArticleScore extends ArticleScore {
  name: string;
  /** True when there was no prediction for this gold graph (scored as an empty graph). */
  missing: boolean;
}

/** The shared scorer's `--json` report. */
export interface ScoreSummary {
  entities: Counts & Prf;
  edges: Counts & Prf;
  attributes: { ok: number; total: number; accuracy: number };
  perType: Record<string, Counts & Prf>;
  articles: NamedArticleScore[];
}

const UNDIRECTED: ReadonlySet<string> = UNDIRECTED_EDGE_TYPES;

function edgeKey(type: string, s: string, d: string): string {
  return UNDIRECTED.has(type) && s > d ? `${type}|${d}|${s}` : `${type}|${s}|${d}`;
}

/** Scores one predicted graph against one gold graph. */
export function scoreGraph(gold: GoldGraph, pred: PredictedGraph): ArticleScore {
  const { goldAll, nodes, edges, byId, match, taken, duplicates, typeMismatch } = matchEntities(gold, pred);
  const report: ScoreReport = { duplicates, typeMismatch, falseNodes: [], missedNodes: [], falseEdges: [], missedEdges: [], wrongAttrs: [] };

  let nodeTp = 0;
  let nodeFp = 0;
  for (const n of nodes) {
    const k = match.get(n.id);
    if (!k || k === DUP) {
      nodeFp++;
      if (!k) report.falseNodes.push(`${n.type} "${n.name}"`);
    } else if (!goldAll.get(k)?.optional) nodeTp++;
  }
  const coreKeys = Object.keys(gold.entities ?? {});
  for (const k of coreKeys) if (!taken.has(k)) report.missedNodes.push(`${gold.entities[k]?.type} ${k}`);

  // 2. edges, mapped onto gold keys
  const goldEdges = new Map<string, GoldEdge>((gold.edges ?? []).map((e) => [edgeKey(e.type, e.source, e.target), e]));
  const optEdges = new Set((gold.optionalEdges ?? []).map((e) => edgeKey(e.type, e.source, e.target)));
  const seen = new Set<string>();
  let edgeTp = 0;
  let edgeFp = 0;
  const perType: Record<string, Counts> = {};
  const bump = (t: string, f: keyof Counts): void => {
    const c = (perType[t] ??= { tp: 0, fp: 0, fn: 0 });
    c[f]++;
  };
  for (const e of edges) {
    const s = match.get(e.source);
    const d = match.get(e.target);
    const label = `${e.type} ${byId.get(e.source)?.name ?? e.source} -> ${byId.get(e.target)?.name ?? e.target}`;
    if (!s || !d || s === DUP || d === DUP) {
      edgeFp++;
      bump(e.type, 'fp');
      report.falseEdges.push(label);
      continue;
    }
    const key = edgeKey(e.type, s, d);
    if (seen.has(key)) continue;
    seen.add(key);
    const g = goldEdges.get(key);
    if (g) {
      const score = Number(e.properties?.score);
      if (g.score !== undefined && !(Math.abs(score - g.score) < 0.011)) {
        edgeFp++;
        bump(e.type, 'fp');
        report.falseEdges.push(`${label} (score ${String(e.properties?.score)}, gold ${g.score})`);
        seen.delete(key);
        continue;
      }
      edgeTp++;
      bump(e.type, 'tp');
    } else if (optEdges.has(key) || goldAll.get(s)?.optional || goldAll.get(d)?.optional) {
      // neither rewarded nor penalised
    } else {
      edgeFp++;
      bump(e.type, 'fp');
      report.falseEdges.push(label);
    }
  }
  for (const [key, g] of goldEdges) {
    if (!seen.has(key)) {
      bump(g.type, 'fn');
      report.missedEdges.push(`${g.type} ${g.source} -> ${g.target}`);
    }
  }

  // 3. attributes of matched entities
  let attrOk = 0;
  const attrs = gold.attributes ?? [];
  for (const a of attrs) {
    const predId = taken.get(a.entity);
    const n = predId === undefined ? undefined : byId.get(predId);
    const v = n?.properties?.[a.property];
    const ok =
      typeof a.value === 'number'
        ? Math.abs(Number(v) - a.value) <= Math.abs(a.value) * 0.005
        : typeof a.value === 'boolean'
          ? v === a.value
          : typeof v === 'string' && normalizeForScore(v).startsWith(normalizeForScore(a.value));
    if (ok) attrOk++;
    else report.wrongAttrs.push(`${a.entity}.${a.property} = ${String(JSON.stringify(v))} (gold ${JSON.stringify(a.value)})`);
  }
  return {
    nodes: { tp: nodeTp, fp: nodeFp, fn: coreKeys.length - nodeTp },
    edges: { tp: edgeTp, fp: edgeFp, fn: goldEdges.size - edgeTp },
    attrs: { ok: attrOk, total: attrs.length },
    perType,
    report,
  };
}

/** Precision, recall and F1 of counts (1 where nothing was expected or predicted). */
export function precisionRecall({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Totals over articles, in the shape of the shared scorer's `--json` report. */
export function summarize(articles: NamedArticleScore[]): ScoreSummary {
  const nodes: Counts = { tp: 0, fp: 0, fn: 0 };
  const edges: Counts = { tp: 0, fp: 0, fn: 0 };
  const attrs = { ok: 0, total: 0 };
  const perType: Record<string, Counts> = {};
  for (const a of articles) {
    for (const k of ['tp', 'fp', 'fn'] as const) {
      nodes[k] += a.nodes[k];
      edges[k] += a.edges[k];
    }
    attrs.ok += a.attrs.ok;
    attrs.total += a.attrs.total;
    for (const [t, c] of Object.entries(a.perType)) {
      const sum = (perType[t] ??= { tp: 0, fp: 0, fn: 0 });
      for (const k of ['tp', 'fp', 'fn'] as const) sum[k] += c[k];
    }
  }
  return {
    entities: { ...nodes, ...precisionRecall(nodes) },
    edges: { ...edges, ...precisionRecall(edges) },
    attributes: { ...attrs, accuracy: attrs.total ? attrs.ok / attrs.total : 1 },
    perType: Object.fromEntries(Object.entries(perType).map(([t, c]) => [t, { ...c, ...precisionRecall(c) }])),
    articles,
  };
}

const f3 = (x: number): string => x.toFixed(3);

/** The shared scorer's text report: a line per article, a line per edge type, the totals. */
export function formatSummary(summary: ScoreSummary, options: { verbose?: boolean } = {}): string[] {
  const lines: string[] = [];
  for (const a of summary.articles) {
    const e = precisionRecall(a.nodes);
    const d = precisionRecall(a.edges);
    lines.push(`${a.name}${a.missing ? ' (no prediction)' : ''}: entities P ${f3(e.p)} R ${f3(e.r)} | edges P ${f3(d.p)} R ${f3(d.r)} | attributes ${a.attrs.ok}/${a.attrs.total}`);
    if (options.verbose) for (const [k, list] of Object.entries(a.report)) for (const x of list as string[]) lines.push(`    ${k}: ${x}`);
  }
  for (const [t, c] of Object.entries(summary.perType).sort()) {
    lines.push(`  ${t.padEnd(16)} tp ${c.tp} fp ${c.fp} fn ${c.fn}  P ${f3(c.p)} R ${f3(c.r)} F1 ${f3(c.f1)}`);
  }
  const { entities: ent, edges: edg, attributes: attr } = summary;
  lines.push(`entity F1 ${f3(ent.f1)} (P ${f3(ent.p)} R ${f3(ent.r)}) | edge F1 ${f3(edg.f1)} (P ${f3(edg.p)} R ${f3(edg.r)}) | attributes ${f3(attr.accuracy)} over ${summary.articles.length} article(s)`);
  return lines;
}
