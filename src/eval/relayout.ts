/**
 * Scores the evaluation articles re-rendered in other page layouts (`layouts.ts`) against their gold graphs,
 * beside the original pages: how much of the extraction survives a change of page layout.
 */
import fs from 'node:fs';
import { parseArticle, type ParsedArticle } from '../parse/index.js';
import { extractArticle } from '../pipeline/index.js';
import type { RuleSet } from '../extract/index.js';
import type { GraphDocument } from '../graph/index.js';
import type { EvalCase } from './evaluate.js';
import { readGoldFile } from './gold.js';
import { CHROME_HEADLINES, LAYOUTS } from './layouts.js';
import { scoreGraph, summarize, type NamedArticleScore, type ScoreSummary } from './score.js';

export interface LayoutScore {
  /** 'original' for the pages as they are, else a key of LAYOUTS. */
  layout: string;
  summary: ScoreSummary;
  /** Articles whose rendering gave no story ("no article body found") where the original found one, or failed to parse. */
  lost: string[];
  /** Edges read from the chrome's headlines of other stories (each "article: EDGE"). */
  chromeFacts: string[];
}

const NO_BODY = /no article body/;
const hasNoBody = (a: ParsedArticle): boolean => a.warnings.some((w) => NO_BODY.test(w));

function chromeFactsOf(name: string, graph: GraphDocument): string[] {
  const out: string[] = [];
  for (const e of graph.edges) {
    if (e.evidence.some((v) => CHROME_HEADLINES.some((h) => v.sentence.includes(h.slice(0, 16))))) out.push(`${name}: ${e.type} ${e.source} -> ${e.target}`);
  }
  return out;
}

interface Tally {
  scores: NamedArticleScore[];
  lost: string[];
  chromeFacts: string[];
}

function tally(tallies: Map<string, Tally>, layout: string): Tally {
  let t = tallies.get(layout);
  if (!t) tallies.set(layout, (t = { scores: [], lost: [], chromeFacts: [] }));
  return t;
}

/** Extracts one rendering and adds its score to the layout's tally. */
function scoreRendering(t: Tally, c: EvalCase, gold: ReturnType<typeof readGoldFile>, parsed: ParsedArticle, rules: RuleSet, original?: ParsedArticle): void {
  const graph = extractArticle(parsed, rules);
  if (original && hasNoBody(parsed) && !hasNoBody(original)) t.lost.push(c.name);
  t.chromeFacts.push(...chromeFactsOf(c.name, graph));
  t.scores.push({ name: c.name, missing: false, ...scoreGraph(gold, graph) });
}

/**
 * Every case as it is and in every layout; the original first. Pages whose original parse finds no body
 * (nothing to re-render) are left out of every layout's score alike.
 */
export function scoreLayouts(cases: EvalCase[], rules: RuleSet, layouts: readonly string[] = Object.keys(LAYOUTS)): LayoutScore[] {
  const tallies = new Map<string, Tally>();
  tally(tallies, 'original');
  for (const c of cases) {
    const gold = readGoldFile(c.goldFile);
    const original = parseArticle(fs.readFileSync(c.input), { source: c.input });
    if (original.blocks.length < 2) continue;
    scoreRendering(tally(tallies, 'original'), c, gold, original, rules);
    for (const name of layouts) {
      const layout = LAYOUTS[name];
      if (!layout) throw new Error(`unknown layout '${name}' (known: ${Object.keys(LAYOUTS).join(', ')})`);
      const { page, ext } = layout(original);
      const t = tally(tallies, name);
      try {
        scoreRendering(t, c, gold, parseArticle(Buffer.from(page), { source: `${c.name}.${name}.${ext}` }), rules, original);
      } catch {
        t.lost.push(c.name);
        t.scores.push({ name: c.name, missing: true, ...scoreGraph(gold, { nodes: [], edges: [] }) });
      }
    }
  }
  return [...tallies].map(([layout, t]) => ({ layout, summary: summarize(t.scores), lost: t.lost, chromeFacts: t.chromeFacts }));
}

/** One line per layout: edge and entity F1, the change from the original, lost pages and chrome facts. */
export function formatLayoutScores(scores: LayoutScore[]): string[] {
  const base = scores.find((s) => s.layout === 'original')?.summary.edges.f1 ?? 0;
  return scores.map((s) => {
    const e = s.summary.edges;
    const delta = s.layout === 'original' ? '' : ` (${e.f1 - base >= 0 ? '+' : ''}${(e.f1 - base).toFixed(3)})`;
    const notes = [s.lost.length ? `${s.lost.length} page(s) lost: ${s.lost.slice(0, 5).join(', ')}` : '', s.chromeFacts.length ? `${s.chromeFacts.length} fact(s) from chrome` : ''].filter(Boolean);
    return `  ${s.layout.padEnd(9)} edge F1 ${e.f1.toFixed(3)}${delta} (P ${e.p.toFixed(3)} R ${e.r.toFixed(3)}) | entity F1 ${s.summary.entities.f1.toFixed(3)}${notes.length ? ` | ${notes.join('; ')}` : ''}`;
  });
}
