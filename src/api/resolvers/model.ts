import type { GraphEdge } from '../../graph/index.js';
import { countryOf, isForeignHop } from '../../store/index.js';
import type { BasedOnResolvers, LineageStepResolvers, ModelResolvers, SuccessionResolvers } from '../../generated/graphql.js';
import type { ApiContext } from '../context.js';
import type { LineageStepParent } from '../mappers.js';
import { developerCountryOf, developersOf, edgesAt, isForeignEdge, nodeAt, nodesById, sortEdges } from '../relations.js';

function prop<T>(v: unknown, type: 'string' | 'number' | 'boolean'): T | null {
  return typeof v === type ? (v as T) : null;
}

/** Ancestry steps with the per-hop foreign flag. */
async function stepsOf(ctx: ApiContext, modelId: string): Promise<(LineageStepParent & { foreign: boolean })[]> {
  const steps = await ctx.loaders.lineage.load(modelId);
  for (const s of steps) ctx.loaders.primeNode(s.node);
  return Promise.all(steps.map(async (s) => ({ ...s, foreign: await isForeignEdge(ctx, s.via) })));
}

/** A model's outgoing BASED_ON edges as `basedOn` lists them: by base id, then edge id. */
function baseSteps(edges: GraphEdge[]): { edge: GraphEdge; side: 'base' }[] {
  return sortEdges(edges, (e) => e.target).map((edge) => ({ edge, side: 'base' as const }));
}

export const Model: ModelResolvers = {
  parameters: (n) => prop<number>(n.properties.parameters, 'number'),
  fromScratch: (n) => prop<boolean>(n.properties.fromScratch, 'boolean'),
  openSource: (n) => prop<boolean>(n.properties.openSource, 'boolean'),
  releasedOn: (n) => prop<string>(n.properties.releasedOn, 'string'),
  family: async (n, _, ctx) => {
    const id = n.properties.family;
    return typeof id === 'string' ? ctx.loaders.node.load(id) : null;
  },
  // Without a promise when the developers came with the answer that brought the model.
  developer: (n, _, ctx) => {
    const known = ctx.loaders.knownDevelopers.get(n.id);
    return known ? (known[0] ?? null) : developersOf(ctx, n.id).then((d) => d[0] ?? null);
  },
  developers: (n, _, ctx) => ctx.loaders.knownDevelopers.get(n.id) ?? developersOf(ctx, n.id),
  developedBy: async (n, _, ctx) => sortEdges(await edgesAt(ctx, n.id, 'DEVELOPED', 'in'), (e) => e.source),
  // Without a promise when the chain of bases came with the lookup (basedOnOut).
  basedOn: (n, _, ctx) => {
    const primed = ctx.loaders.basedOnOut.get(n.id);
    return primed ? baseSteps(primed) : edgesAt(ctx, n.id, 'BASED_ON', 'out').then(baseSteps);
  },
  derivatives: async (n, _, ctx) =>
    sortEdges(await edgesAt(ctx, n.id, 'BASED_ON', 'in'), (e) => e.source).map((edge) => ({ edge, side: 'derivative' as const })),
  lineage: async (n, _, ctx) => {
    const steps = await ctx.loaders.lineage.load(n.id);
    for (const s of steps) ctx.loaders.primeNode(s.node);
    return steps.map((s) => s.node);
  },
  ancestry: (n, _, ctx) => stepsOf(ctx, n.id),
  firstForeignAncestor: async (n, _, ctx) => {
    const own = await developerCountryOf(ctx, n.id);
    const steps = await ctx.loaders.lineage.load(n.id);
    const countries = await Promise.all(steps.map((s) => developerCountryOf(ctx, s.node.id)));
    const i = countries.findIndex((c) => isForeignHop(own, c));
    const step = steps[i];
    if (!step) return null;
    return { ...step };
  },
  successors: async (n, _, ctx) => sortEdges(await edgesAt(ctx, n.id, 'SUCCEEDS', 'in'), (e) => e.source),
  predecessors: async (n, _, ctx) => sortEdges(await edgesAt(ctx, n.id, 'SUCCEEDS', 'out'), (e) => e.target),
  scores: async (n, _, ctx) => sortEdges(await edgesAt(ctx, n.id, 'SCORED', 'out'), (e) => e.target),
};

export const BasedOn: BasedOnResolvers = {
  model: (p, _, ctx) => nodeAt(ctx, p.side === 'base' ? p.edge.target : p.edge.source),
  base: (p, _, ctx) => nodeAt(ctx, p.edge.target),
  derivative: (p, _, ctx) => nodeAt(ctx, p.edge.source),
  foreign: (p, _, ctx) => isForeignEdge(ctx, p.edge),
  status: (p) => prop<string>(p.edge.properties.status, 'string') ?? 'stated',
  evidence: (p) => p.edge.evidence,
};

export const LineageStep: LineageStepResolvers = {
  model: (s) => s.node,
  depth: (s) => s.depth,
  foreign: async (s, _, ctx) => {
    const [own, base] = await Promise.all([developerCountryOf(ctx, s.via.source), developerCountryOf(ctx, s.via.target)]);
    return isForeignHop(own, base);
  },
  via: (s) => ({ edge: s.via, side: 'base' as const }),
};

export const Succession: SuccessionResolvers = {
  successor: (e: GraphEdge, _, ctx) => nodeAt(ctx, e.source),
  predecessor: (e: GraphEdge, _, ctx) => nodeAt(ctx, e.target),
  evidence: (e) => e.evidence,
};

export { countryOf };
