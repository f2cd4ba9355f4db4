import type {
  ArticleResolvers,
  BenchmarkResolvers,
  EmploymentResolvers,
  EvidenceResolvers,
  PersonResolvers,
  PolicyResolvers,
  PromotionResolvers,
  ScoreResolvers,
} from '../../generated/graphql.js';
import type { GraphEdge } from '../../graph/index.js';
import type { ApiContext } from '../context.js';
import { edgesAt, nodeAt, nodesById, sortEdges } from '../relations.js';

function score(e: { properties: { score?: unknown } }): number {
  return typeof e.properties.score === 'number' ? e.properties.score : -Infinity;
}

export const Benchmark: BenchmarkResolvers = {
  leaderboard: async (n, _, ctx) =>
    sortEdges(await edgesAt(ctx, n.id, 'SCORED', 'in'), (e) => e.source).sort((a, b) => score(b) - score(a)),
};

export const Score: ScoreResolvers = {
  model: (e, _, ctx) => nodeAt(ctx, e.source),
  benchmark: (e, _, ctx) => nodeAt(ctx, e.target),
  score: (e) => (typeof e.properties.score === 'number' ? e.properties.score : null),
  evidence: (e) => e.evidence,
};

export const Policy: PolicyResolvers = {
  participants: async (n, _, ctx) => sortEdges(await edgesAt(ctx, n.id, 'PARTICIPATES_IN', 'in'), (e) => e.source),
  promoters: async (n, _, ctx) => sortEdges(await edgesAt(ctx, n.id, 'PROMOTES', 'in'), (e) => e.source),
};

export const Promotion: PromotionResolvers = {
  person: (e, _, ctx) => nodeAt(ctx, e.source),
  policy: (e, _, ctx) => nodeAt(ctx, e.target),
  evidence: (e) => e.evidence,
};

export const Person: PersonResolvers = {
  employer: async (n, _, ctx) => {
    const main = await mainEmployment(ctx, n.id);
    return main ? ((await nodesById(ctx, [main.target], 'Company'))[0] ?? null) : null;
  },
  title: async (n, _, ctx) => {
    const main = await mainEmployment(ctx, n.id);
    return typeof main?.properties.title === 'string' ? main.properties.title : null;
  },
  employments: async (n, _, ctx) => sortEdges(await edgesAt(ctx, n.id, 'WORKS_FOR', 'out'), (e) => e.target),
  promotes: async (n, _, ctx) => sortEdges(await edgesAt(ctx, n.id, 'PROMOTES', 'out'), (e) => e.target),
};

export const Employment: EmploymentResolvers = {
  person: (e, _, ctx) => nodeAt(ctx, e.source),
  company: (e, _, ctx) => nodeAt(ctx, e.target),
  title: (e) => (typeof e.properties.title === 'string' ? e.properties.title : null),
  evidence: (e) => e.evidence,
};

export const Evidence: EvidenceResolvers = {
  article: (ev, _, ctx) => ctx.loaders.article.load(ev.articleId),
};

export const Article: ArticleResolvers = {
  url: (a) => a.url ?? null,
  publishedAt: (a) => a.publishedAt ?? null,
  publisher: (a) => a.publisher ?? null,
  author: (a) => a.author ?? null,
  mentions: async (a, { types }, ctx) => {
    const nodes = await ctx.loaders.mentions.load(a.id);
    for (const n of nodes) ctx.loaders.primeNode(n);
    return types?.length ? nodes.filter((n) => types.includes(n.type)) : nodes;
  },
};

/** A person's main employment: the WORKS_FOR edge with the most evidence (ties by employer id). */
async function mainEmployment(ctx: ApiContext, personId: string): Promise<GraphEdge | undefined> {
  const employments = sortEdges(await edgesAt(ctx, personId, 'WORKS_FOR', 'out'), (e) => e.target);
  return employments.sort((a, b) => b.evidence.length - a.evidence.length)[0];
}
