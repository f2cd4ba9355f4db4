import { GraphQLError } from 'graphql';
import type { GraphEdge, GraphNode } from '../../graph/index.js';
import type { QueryGraphArgs } from '../../generated/graphql.js';
import type { Subgraph } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import { isForeignEdge } from '../relations.js';

export const MAX_GRAPH_DEPTH = 5;
export const MAX_GRAPH_LIMIT = 5000;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Query.graph: the neighbourhood of `center` (name or alias) and `ids`. Unknown centres give an empty graph. */
export async function graphView(ctx: ApiContext, args: QueryGraphArgs): Promise<Subgraph> {
  const depth = args.depth ?? 1;
  const limit = args.limit ?? 200;
  if (depth < 0 || depth > MAX_GRAPH_DEPTH) throw badInput(`depth: must be between 0 and ${MAX_GRAPH_DEPTH}, got ${depth}`);
  if (limit < 1 || limit > MAX_GRAPH_LIMIT) throw badInput(`limit: must be between 1 and ${MAX_GRAPH_LIMIT}, got ${limit}`);
  const centerIds = [...(args.ids ?? [])];
  if (args.center) {
    const n = await ctx.loaders.name.load({ name: args.center });
    if (n) centerIds.unshift(n.id);
  }
  if (!centerIds.length) return { nodes: [], edges: [], truncated: false };
  const sub = await ctx.store.neighbourhood({ centerIds, depth, types: args.types ?? undefined, limit });
  for (const n of sub.nodes) ctx.loaders.primeNode(n);
  return sub;
}

export const GraphViewNode = {
  label: (n: GraphNode) => n.name,
  properties: (n: GraphNode) => ({ ...n.properties }),
};

export const GraphViewEdge = {
  label: (e: GraphEdge) => {
    const base = e.type.toLowerCase().replace(/_/g, ' ');
    return typeof e.properties.score === 'number' ? `${base} ${e.properties.score}` : base;
  },
  foreign: (e: GraphEdge, _: unknown, ctx: ApiContext) => (e.type === 'BASED_ON' ? isForeignEdge(ctx, e) : null),
  properties: async (e: GraphEdge, _: unknown, ctx: ApiContext) =>
    e.type === 'BASED_ON' ? { ...e.properties, foreign: await isForeignEdge(ctx, e) } : { ...e.properties },
};
