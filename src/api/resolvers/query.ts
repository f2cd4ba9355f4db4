import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { basedOnDepth, MAX_CHAIN_DEPTH, selectsRelations } from '../lookahead.js';
import type { NodeType } from '../../graph/index.js';
import { decodeCursor, encodeCursor, type ListQuery } from '../../store/index.js';
import type { QueryResolvers } from '../../generated/graphql.js';
import type { ApiContext } from '../context.js';
import type { ConnectionParent } from '../mappers.js';
import { sovereigntyReport } from './sovereignty.js';
import { graphView } from './graph-view.js';

const MAX_PAGE = 500;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Offset of the first node after `after` (cursors are base64 offsets, shared by every store). */
function startOffset(after: string | null | undefined): number {
  if (!after) return 0;
  try {
    return decodeCursor(after) + 1;
  } catch {
    throw badInput(`after: "${after}" is not a cursor from this API`);
  }
}

async function listPage(ctx: ApiContext, query: Omit<ListQuery, 'first' | 'after'> & { first: number | null | undefined; after: string | null | undefined }): Promise<ConnectionParent> {
  const first = query.first ?? 20;
  if (first < 0 || first > MAX_PAGE) throw badInput(`first: must be between 0 and ${MAX_PAGE}, got ${first}`);
  const offset = startOffset(query.after);
  const page = await ctx.store.listNodes({ ...query, first, after: offset > 0 ? encodeCursor(offset - 1) : undefined });
  for (const n of page.nodes) ctx.loaders.primeNode(n);
  return { page, offset };
}

function byName(type: NodeType) {
  return async (_: unknown, args: { name: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    // basedOn nested past the first level: the chain of bases is read with the lookup.
    const chain = ctx.loaders.nameWithBasedOnChain ? basedOnDepth(info) - 1 : 0;
    const loader =
      chain > 0 && ctx.loaders.nameWithBasedOnChain
        ? ctx.loaders.nameWithBasedOnChain(Math.min(chain, MAX_CHAIN_DEPTH))
        : ctx.loaders.nameWithEdges && selectsRelations(info)
          ? ctx.loaders.nameWithEdges
          : ctx.loaders.name;
    const n = await loader.load({ name: args.name, type });
    if (n) ctx.loaders.primeNode(n);
    return n;
  };
}

function nameSort(descending: boolean | null | undefined): ListQuery['sort'] {
  return { field: 'name', descending: descending ?? false };
}

export const Query: QueryResolvers = {
  node: (_, { id }, ctx) => ctx.loaders.node.load(id),
  article: (_, { id }, ctx) => ctx.loaders.article.load(id),
  model: byName('Model'),
  company: byName('Company'),
  benchmark: byName('Benchmark'),
  policy: byName('Policy'),
  person: byName('Person'),
  search: async (_, { text, types, first }, ctx) => {
    const n = first ?? 10;
    if (n < 0 || n > MAX_PAGE) throw badInput(`first: must be between 0 and ${MAX_PAGE}, got ${n}`);
    return ctx.store.search(text, types ?? undefined, n);
  },
  models: (_, { filter, sort, first, after }, ctx) =>
    listPage(ctx, {
      type: 'Model',
      filter: filter
        ? {
            country: filter.country ?? undefined,
            fromScratch: filter.fromScratch ?? undefined,
            openSource: filter.openSource ?? undefined,
            developer: filter.developer ?? undefined,
            hasForeignBase: filter.hasForeignBase ?? undefined,
          }
        : undefined,
      sort: sort ? { field: sort.field ?? 'name', descending: sort.descending ?? false } : undefined,
      first,
      after,
    }),
  companies: (_, { filter, descending, first, after }, ctx) =>
    listPage(ctx, { type: 'Company', filter: filter?.country ? { country: filter.country } : undefined, sort: nameSort(descending), first, after }),
  benchmarks: (_, { descending, first, after }, ctx) => listPage(ctx, { type: 'Benchmark', sort: nameSort(descending), first, after }),
  policies: (_, { descending, first, after }, ctx) => listPage(ctx, { type: 'Policy', sort: nameSort(descending), first, after }),
  people: (_, { descending, first, after }, ctx) => listPage(ctx, { type: 'Person', sort: nameSort(descending), first, after }),
  foreignBasedModels: async (_, { country, transitive }, ctx) => {
    if (ctx.store.foreignBasedWithDevelopers) {
      // The developers come with the models (what `developer { … }` under them asks next).
      const answer = await ctx.store.foreignBasedWithDevelopers(country, transitive ?? false);
      ctx.loaders.primeModelsWithDevelopers(answer);
      return answer.models;
    }
    const models = await ctx.store.foreignBasedModels(country, transitive ?? false);
    for (const n of models) ctx.loaders.primeNode(n);
    return models;
  },
  sovereigntyReport: (_, { country }, ctx) => sovereigntyReport(ctx, country),
  graph: (_, args, ctx) => graphView(ctx, args),
};

/** Resolvers shared by every connection type. */
export const connectionResolvers = {
  nodes: (p: ConnectionParent) => p.page.nodes,
  edges: (p: ConnectionParent) => p.page.nodes.map((node, i) => ({ node, cursor: encodeCursor(p.offset + i) })),
  pageInfo: (p: ConnectionParent) => ({
    endCursor: p.page.nodes.length ? encodeCursor(p.offset + p.page.nodes.length - 1) : null,
    hasNextPage: p.page.hasNextPage,
  }),
  totalCount: (p: ConnectionParent) => p.page.totalCount,
};
