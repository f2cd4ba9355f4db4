import { countryOf } from '../../store/index.js';
import type {
  CompanyResolvers,
  CompanySovereigntyResolvers,
  DevelopmentResolvers,
  ParticipationResolvers,
  PartnershipResolvers,
} from '../../generated/graphql.js';
import { edgesAt, nodeAt, nodesById, sortEdges } from '../relations.js';

export const Company: CompanyResolvers = {
  country: (n) => countryOf(n) ?? null,
  models: async (n, _, ctx) => nodesById(ctx, sortEdges(await edgesAt(ctx, n.id, 'DEVELOPED', 'out'), (e) => e.target).map((e) => e.target), 'Model'),
  developments: async (n, _, ctx) => sortEdges(await edgesAt(ctx, n.id, 'DEVELOPED', 'out'), (e) => e.target),
  partners: async (n, _, ctx) => {
    const edges = await edgesAt(ctx, n.id, 'PARTNERS_WITH', 'both');
    const other = (e: { source: string; target: string }) => (e.source === n.id ? e.target : e.source);
    return nodesById(ctx, [...new Set(sortEdges(edges, other).map(other))], 'Company');
  },
  partnerships: async (n, _, ctx) => {
    const edges = await edgesAt(ctx, n.id, 'PARTNERS_WITH', 'both');
    return sortEdges(edges, (e) => (e.source === n.id ? e.target : e.source)).map((edge) => ({ edge, fromId: n.id }));
  },
  people: async (n, _, ctx) => sortEdges(await edgesAt(ctx, n.id, 'WORKS_FOR', 'in'), (e) => e.source),
  projects: async (n, _, ctx) => sortEdges(await edgesAt(ctx, n.id, 'PARTICIPATES_IN', 'out'), (e) => e.target),
};

export const Partnership: PartnershipResolvers = {
  partner: (p, _, ctx) => nodeAt(ctx, p.edge.source === p.fromId ? p.edge.target : p.edge.source),
  evidence: (p) => p.edge.evidence,
};

export const Development: DevelopmentResolvers = {
  company: (e, _, ctx) => nodeAt(ctx, e.source),
  model: (e, _, ctx) => nodeAt(ctx, e.target),
  evidence: (e) => e.evidence,
};

export const Participation: ParticipationResolvers = {
  company: (e, _, ctx) => nodeAt(ctx, e.source),
  policy: (e, _, ctx) => nodeAt(ctx, e.target),
  evidence: (e) => e.evidence,
};

export const CompanySovereignty: CompanySovereigntyResolvers = {
  company: (r) => r.company,
  fromScratch: (r) => r.fromScratch,
  domesticBase: (r) => r.domesticBase,
  foreignBase: (r) => r.foreignBase,
  unclassified: (r) => r.unclassified,
  dependsOn: (r) => r.dependsOn,
};
