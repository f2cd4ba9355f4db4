import { normalizeName, type GraphEdge, type GraphNode, type NodeType } from '../../graph/index.js';
import type { LineageStep, ListQuery, ModelsWithDevelopers, NeighbourhoodQuery, NodePage, Subgraph } from '../types.js';
import type { GraphIndex } from './graph-index.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { countryOf, isForeignHop, rankDevelopedEdges } from './semantics.js';
import { BigramIndex } from './search-index.js';

/** The primary developer of a model (see semantics.ts), or null. */
export function developerOf(g: GraphIndex, modelId: string): GraphNode | null {
  return rankedDevelopers(g, modelId)[0] ?? null;
}

/** A model's developing companies, main first (see semantics.ts), remembered until the graph changes. */
export function developersOf(g: GraphIndex, modelId: string): GraphNode[] {
  return rankedDevelopers(g, modelId).slice();
}

/** The memoised list behind developerOf and developersOf (not to be changed by callers). */
function rankedDevelopers(g: GraphIndex, modelId: string): readonly GraphNode[] {
  const memo = g.derived.get(g.version, 'developers', () => new Map<string, GraphNode[]>());
  let companies = memo.get(modelId);
  if (!companies) {
    companies = rankDevelopedEdges(g.relations({ nodeId: modelId, direction: 'in', types: ['DEVELOPED'] })).flatMap((e) => {
      const c = g.nodes.get(e.source);
      return c?.type === 'Company' ? [c] : [];
    });
    memo.set(modelId, Object.freeze(companies) as GraphNode[]);
  }
  return companies;
}

function developerCountry(g: GraphIndex, modelId: string): string | undefined {
  return countryOf(developerOf(g, modelId));
}

type CountryOf = (modelId: string) => string | undefined;

/** developerCountry, remembered until the graph changes. */
function memoCountry(g: GraphIndex): CountryOf {
  const memo = g.derived.get(g.version, 'developerCountry', () => new Map<string, string | undefined>());
  return (id) => {
    if (!memo.has(id)) memo.set(id, developerCountry(g, id));
    return memo.get(id);
  };
}

/** BFS over BASED_ON out-edges: transitive ancestors, nearest first, each once. */
export function lineageOf(g: GraphIndex, modelId: string): LineageStep[] {
  const steps: LineageStep[] = [];
  const seen = new Set([modelId]);
  let frontier = [modelId];
  for (let depth = 1; frontier.length; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of g.relations({ nodeId: id, direction: 'out', types: ['BASED_ON'] })) {
        const node = g.nodes.get(e.target);
        if (!node || seen.has(node.id)) continue;
        seen.add(node.id);
        steps.push({ node, depth, via: e });
        next.push(node.id);
      }
    }
    frontier = next;
  }
  return steps;
}

/** True when one of the model's direct bases is developed in another country. */
function hasForeignBase(g: GraphIndex, model: GraphNode, country: CountryOf): boolean {
  const own = country(model.id);
  if (own === undefined) return false;
  return basesOf(g, model.id).some((b) => isForeignHop(own, country(b.id)));
}

/** Models of `country` with a foreign base (see Store.foreignBasedModels), remembered until the graph changes. */
export function foreignBased(g: GraphIndex, country: string, transitive: boolean): GraphNode[] {
  return g.derived.get(g.version, `foreignBased|${transitive}|${country}`, () => findForeignBased(g, country, transitive)).slice();
}

/**
 * foreignBased with each model's developers (main first), the whole answer remembered until the
 * graph changes and handed out as it is: the same frozen object until then (the API keeps maps
 * per answer object, see primeModelsWithDevelopers), so callers only read it.
 */
export function foreignBasedWithDevelopers(g: GraphIndex, country: string, transitive: boolean): ModelsWithDevelopers {
  return g.derived.get(g.version, `foreignBasedWithDevelopers|${transitive}|${country}`, () => {
    const models = Object.freeze(foreignBased(g, country, transitive)) as GraphNode[];
    const developers = Object.freeze(models.map((m) => rankedDevelopers(g, m.id) as GraphNode[])) as GraphNode[][];
    return Object.freeze({ models, developers });
  });
}

function findForeignBased(g: GraphIndex, country: string, transitive: boolean): GraphNode[] {
  const countryOfModel = memoCountry(g);
  const foreign = (id: string) => isForeignHop(country, countryOfModel(id));
  const models = transitive
    ? [...derivativesOf(g, [...g.nodes.keys()].filter((id) => foreign(id)))].flatMap((id) => g.nodes.get(id) ?? [])
    : g.nodesOfType('Model').filter((m) => basesOf(g, m.id).some((b) => foreign(b.id)));
  return models.filter((m) => m.type === 'Model' && countryOfModel(m.id) === country).sort(byName);
}

/** The nodes a model is directly BASED_ON. */
function basesOf(g: GraphIndex, modelId: string): GraphNode[] {
  return g.relations({ nodeId: modelId, direction: 'out', types: ['BASED_ON'] }).flatMap((e) => g.nodes.get(e.target) ?? []);
}

/**
 * Every node with a chain of one or more BASED_ON edges to one of `ids` (a breadth-first walk
 * backwards from all of them at once: each node and edge is visited once, however many chains).
 */
function derivativesOf(g: GraphIndex, ids: readonly string[]): Set<string> {
  const reached = new Set<string>();
  let frontier = ids;
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of g.relations({ nodeId: id, direction: 'in', types: ['BASED_ON'] })) {
        if (reached.has(e.source) || !g.nodes.has(e.source)) continue;
        reached.add(e.source);
        next.push(e.source);
      }
    }
    frontier = next;
  }
  return reached;
}

function byName(a: GraphNode, b: GraphNode): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function matchesFilter(g: GraphIndex, n: GraphNode, f: NonNullable<ListQuery['filter']>, country: CountryOf): boolean {
  if (f.country !== undefined) {
    const c = n.type === 'Model' ? country(n.id) : countryOf(n);
    if (c !== f.country) return false;
  }
  if (f.fromScratch !== undefined && (n.properties.fromScratch === true) !== f.fromScratch) return false;
  if (f.openSource !== undefined && (n.properties.openSource === true) !== f.openSource) return false;
  if (f.developer !== undefined) {
    const want = normalizeName(f.developer);
    const devs = g.relations({ nodeId: n.id, direction: 'in', types: ['DEVELOPED'] }).flatMap((e) => g.nodes.get(e.source) ?? []);
    const hit = devs.some((d) => d.id === f.developer || [d.name, ...d.aliases].some((s) => normalizeName(s) === want));
    if (!hit) return false;
  }
  if (f.hasForeignBase !== undefined && hasForeignBase(g, n, country) !== f.hasForeignBase) return false;
  return true;
}

function sortValue(n: GraphNode, field: 'name' | 'releasedOn' | 'parameters'): string | number | undefined {
  const v = field === 'name' ? n.name : n.properties[field];
  return typeof v === 'string' || typeof v === 'number' ? v : undefined;
}

/** Orders by the field (missing values last, whatever the direction), then by name and id. */
function compareBy(field: 'name' | 'releasedOn' | 'parameters', descending: boolean) {
  return (a: GraphNode, b: GraphNode): number => {
    const va = sortValue(a, field);
    const vb = sortValue(b, field);
    if (va !== vb) {
      if (va === undefined) return 1;
      if (vb === undefined) return -1;
      const c = va < vb ? -1 : 1;
      return descending ? -c : c;
    }
    return byName(a, b);
  };
}

export function listNodes(g: GraphIndex, q: ListQuery): NodePage {
  const field = q.sort?.field ?? 'name';
  const descending = q.sort?.descending ?? false;
  // The filtered, sorted list is remembered (until the graph changes); each page is a slice of it.
  const all = g.derived.get(g.version, `list|${JSON.stringify([q.type, q.filter ?? null, field, descending])}`, () => {
    const country = memoCountry(g);
    return g
      .nodesOfType(q.type)
      .filter((n) => !q.filter || matchesFilter(g, n, q.filter, country))
      .sort(compareBy(field, descending));
  });
  const start = q.after ? decodeCursor(q.after) + 1 : 0;
  const first = Math.max(0, q.first);
  const nodes = all.slice(start, start + first);
  const last = start + nodes.length - 1;
  return {
    nodes,
    totalCount: all.length,
    endCursor: nodes.length ? encodeCursor(last) : null,
    hasNextPage: last + 1 < all.length,
  };
}

/** exact (0) > prefix (1) > contains (2) over normalised names and aliases. */
function matchRank(keys: readonly string[], needle: string): number {
  let best = Infinity;
  for (const k of keys) {
    const r = k === needle ? 0 : k.startsWith(needle) ? 1 : k.includes(needle) ? 2 : Infinity;
    best = Math.min(best, r);
  }
  return best;
}

export function searchNodes(g: GraphIndex, text: string, types: readonly NodeType[] | undefined, first: number): GraphNode[] {
  const needle = normalizeName(text);
  if (!needle) return [];
  const typeKey = types?.length ? [...new Set(types)].sort().join(',') : '';
  const ranked = g.derived.get(g.version, `search|${typeKey}|${needle}`, () => rankMatches(g, needle, types));
  return ranked.slice(0, Math.max(0, first));
}

/** Every node whose name or an alias contains `needle`, best first. */
function rankMatches(g: GraphIndex, needle: string, types: readonly NodeType[] | undefined): GraphNode[] {
  const allowed = types?.length ? new Set(types) : null;
  const index = g.derived.get(g.version, 'bigrams', () => new BigramIndex(g.nameKeyEntries()));
  const candidates = index.candidates(needle) ?? [...g.nodes.keys()];
  const hits: { n: GraphNode; r: number }[] = [];
  for (const id of candidates) {
    const n = g.nodes.get(id);
    if (!n || (allowed && !allowed.has(n.type))) continue;
    const r = matchRank(g.keysOf(n), needle);
    if (r !== Infinity) hits.push({ n, r });
  }
  hits.sort((a, b) => a.r - b.r || a.n.name.length - b.n.name.length || byName(a.n, b.n));
  return hits.map((h) => h.n);
}

/** BFS in both directions from the centres; nodes of other types are neither kept nor crossed. */
export function neighbourhood(g: GraphIndex, q: NeighbourhoodQuery): Subgraph {
  const allowed = q.types?.length ? new Set(q.types) : null;
  const kept = new Map<string, GraphNode>();
  let truncated = false;
  let frontier: string[] = [];
  for (const id of q.centerIds) {
    const n = g.nodes.get(id);
    if (!n || kept.has(id)) continue;
    if (kept.size >= q.limit) { truncated = true; break; }
    kept.set(id, n);
    frontier.push(id);
  }
  for (let d = 0; d < q.depth && frontier.length && !truncated; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of g.relations({ nodeId: id, direction: 'both' })) {
        const other = e.source === id ? e.target : e.source;
        const n = g.nodes.get(other);
        if (!n || kept.has(other) || (allowed && !allowed.has(n.type))) continue;
        if (kept.size >= q.limit) { truncated = true; break; }
        kept.set(other, n);
        next.push(other);
      }
      if (truncated) break;
    }
    frontier = next;
  }
  const edges: GraphEdge[] = [];
  for (const id of kept.keys()) {
    for (const e of g.relations({ nodeId: id, direction: 'out' })) if (kept.has(e.target)) edges.push(e);
  }
  return { nodes: [...kept.values()], edges, truncated };
}
