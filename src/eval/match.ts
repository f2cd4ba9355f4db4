/**
 * The scorer's first step, matching predicted nodes to gold entities (see score.ts for the rules):
 * same type, one to one, by normalised name or alias, an exact name before an alias and more
 * matching forms before fewer; gold models without a name match through their developer.
 */
import { EDGE_TYPES, NODE_TYPES, normalizeName } from '../graph/index.js';
import type { GoldEntity, GoldGraph } from './gold.js';

/** The part of graph JSON the scorer reads; anything else in the document is ignored. */
export interface PredictedGraph {
  nodes?: PredictedNode[];
  edges?: { type: string; source: string; target: string; properties?: Record<string, unknown> }[];
}

export interface PredictedNode {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  properties?: Record<string, unknown>;
}

export type GoldEntry = GoldEntity & { key: string; optional: boolean };

/** Marks a predicted node that found its gold entity taken by another (a duplicate). */
export const DUP = '#dup';
const NODE_TYPE_SET: ReadonlySet<string> = new Set(NODE_TYPES);
const EDGE_TYPE_SET: ReadonlySet<string> = new Set(EDGE_TYPES);

/** The scorer's normal form of a name (undefined and null become ''). */
export function normalizeForScore(s: unknown): string {
  return normalizeName(String(s ?? ''));
}

export interface EntityMatch {
  goldAll: Map<string, GoldEntry>;
  /** Predicted nodes and edges of known types. */
  nodes: PredictedNode[];
  edges: NonNullable<PredictedGraph['edges']>;
  byId: Map<string, PredictedNode>;
  /** Predicted node id → gold key (or DUP). */
  match: Map<string, string>;
  /** Gold key → predicted node id. */
  taken: Map<string, string>;
  duplicates: string[];
  typeMismatch: string[];
}

/** Matches one predicted graph's nodes to one gold graph's entities. */
export function matchEntities(gold: GoldGraph, pred: PredictedGraph): EntityMatch {
  const goldAll = new Map<string, GoldEntry>();
  for (const [k, e] of Object.entries(gold.entities ?? {})) goldAll.set(k, { ...e, key: k, optional: false });
  for (const [k, e] of Object.entries(gold.optionalEntities ?? {})) goldAll.set(k, { ...e, key: k, optional: true });
  const goldNames = new Map([...goldAll].map(([k, e]) => [k, new Set(e.names.map(normalizeForScore))]));

  const nodes = (pred.nodes ?? []).filter((n) => NODE_TYPE_SET.has(n.type));
  const edges = (pred.edges ?? []).filter((e) => EDGE_TYPE_SET.has(e.type));
  const byId = new Map(nodes.map((n) => [n.id, n]));

  // 1. match predicted nodes to gold entities by name and aliases (same type, one to one)
  const match = new Map<string, string>(); // pred id -> gold key
  const taken = new Map<string, string>(); // gold key -> pred id
  const report = { duplicates: [] as string[], typeMismatch: [] as string[] };
  const ranked = nodes.map((n) => {
    const forms = [n.name, ...(n.aliases ?? [])].map(normalizeForScore).filter(Boolean);
    const cands: { k: string; e: GoldEntry; exact: number; hits: number }[] = [];
    for (const [k, e] of goldAll) {
      const names = goldNames.get(k) ?? new Set<string>();
      const hits = forms.filter((f) => names.has(f)).length;
      if (!hits) continue;
      cands.push({ k, e, exact: names.has(normalizeForScore(n.name)) ? 1 : 0, hits });
    }
    cands.sort((a, b) => b.exact - a.exact || b.hits - a.hits);
    return { n, cands };
  });
  for (const { n, cands } of ranked) {
    const sameType = cands.filter((c) => c.e.type === n.type);
    const first = sameType[0];
    if (!first) {
      if (cands[0]) report.typeMismatch.push(`${n.type} "${n.name}" is ${cands[0].e.type} in gold`);
      continue;
    }
    const free = sameType.find((c) => !taken.has(c.k));
    if (!free) {
      report.duplicates.push(`${n.type} "${n.name}" duplicates ${first.k}`);
      match.set(n.id, DUP);
      continue;
    }
    match.set(n.id, free.k);
    taken.set(free.k, n.id);
  }
  // anonymous models: matched through their developer
  for (const [k, e] of goldAll) {
    if (!e.anonymousDeveloper || taken.has(k)) continue;
    const devPred = taken.get(e.anonymousDeveloper);
    if (!devPred) continue;
    const cand = edges.find((ed) => ed.type === 'DEVELOPED' && ed.source === devPred && !match.has(ed.target) && byId.get(ed.target)?.type === e.type);
    if (cand) {
      match.set(cand.target, k);
      taken.set(k, cand.target);
    }
  }
  return { goldAll, nodes, edges, byId, match, taken, duplicates: report.duplicates, typeMismatch: report.typeMismatch };
}
