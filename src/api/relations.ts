import type { EdgeType, GraphEdge, GraphNode, NodeType } from '../graph/index.js';
import { countryOf, isForeignHop, rankDevelopedEdges } from '../store/index.js';
import type { ApiContext } from './context.js';

/** Edges of one type at a node: 'out' where it is the source, 'in' the target, 'both' either. */
export async function edgesAt(ctx: ApiContext, nodeId: string, type: EdgeType, direction: 'out' | 'in' | 'both'): Promise<GraphEdge[]> {
  if (type === 'BASED_ON' && direction === 'out') {
    const primed = ctx.loaders.basedOnOut.get(nodeId);
    if (primed) return primed.slice();
  }
  const all = await ctx.loaders.edges.load(nodeId);
  return all.filter(
    (e) => e.type === type && ((direction !== 'in' && e.source === nodeId) || (direction !== 'out' && e.target === nodeId)),
  );
}

/** Loads nodes by id, dropping unknown ids and nodes of other types. */
export async function nodesById(ctx: ApiContext, ids: readonly string[], type?: NodeType): Promise<GraphNode[]> {
  const nodes = await ctx.loaders.node.loadMany([...ids]);
  return nodes.filter((n): n is GraphNode => !!n && !(n instanceof Error) && (!type || n.type === type));
}

/** One node that must exist (the far end of an edge); without a promise when the request knows it already. */
export function nodeAt(ctx: ApiContext, id: string): GraphNode | Promise<GraphNode> {
  return ctx.loaders.knownNode(id) ?? loadNodeAt(ctx, id);
}

async function loadNodeAt(ctx: ApiContext, id: string): Promise<GraphNode> {
  const n = await ctx.loaders.node.load(id);
  if (!n) throw new Error(`the graph has an edge to the missing node ${id}`);
  return n;
}

/** A model's developing companies, main developer first (see store semantics). */
export async function developersOf(ctx: ApiContext, modelId: string): Promise<GraphNode[]> {
  const known = ctx.loaders.knownDevelopers.get(modelId);
  if (known) return known;
  if (ctx.store.developers) {
    const companies = await ctx.loaders.developers.load(modelId);
    for (const c of companies) ctx.loaders.primeNode(c);
    return companies;
  }
  const ranked = rankDevelopedEdges(await edgesAt(ctx, modelId, 'DEVELOPED', 'in'));
  return nodesById(ctx, ranked.map((e) => e.source), 'Company');
}

export async function developerCountryOf(ctx: ApiContext, modelId: string): Promise<string | undefined> {
  const [first] = await developersOf(ctx, modelId);
  return countryOf(first);
}

/**
 * True when a BASED_ON edge's base model is developed in another country than the derivative;
 * without a promise when both ends' developers are known.
 */
export function isForeignEdge(ctx: ApiContext, edge: GraphEdge): boolean | Promise<boolean> {
  const own = ctx.loaders.knownDevelopers.get(edge.source);
  const base = ctx.loaders.knownDevelopers.get(edge.target);
  if (own && base) return isForeignHop(countryOf(own[0]), countryOf(base[0]));
  return foreignEdgeLater(ctx, edge);
}

async function foreignEdgeLater(ctx: ApiContext, edge: GraphEdge): Promise<boolean> {
  const [own, base] = await Promise.all([developerCountryOf(ctx, edge.source), developerCountryOf(ctx, edge.target)]);
  return isForeignHop(own, base);
}

/** Stable order for relation lists: by the far node's id, then edge id. */
export function sortEdges(edges: GraphEdge[], farEnd: (e: GraphEdge) => string): GraphEdge[] {
  return [...edges].sort((a, b) => cmp(farEnd(a), farEnd(b)) || cmp(a.id, b.id));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
