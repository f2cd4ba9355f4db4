import type { GraphNode } from '../../graph/index.js';
import { countryOf, isForeignHop } from '../../store/index.js';
import type { ApiContext } from '../context.js';
import type { CompanySovereigntyParent, SovereigntyReportParent } from '../mappers.js';
import { developersOf, edgesAt, nodesById } from '../relations.js';

const ALL = 100_000;

/**
 * For each company of `country` with models: which of its models are built from scratch, on a
 * domestic base, on a foreign base (then: the foreign developers it depends on), or unstated.
 */
export async function sovereigntyReport(ctx: ApiContext, country: string): Promise<SovereigntyReportParent> {
  const page = await ctx.store.listNodes({ type: 'Company', filter: { country }, first: ALL });
  const rows = await Promise.all(page.nodes.map((c) => classifyCompany(ctx, c)));
  return { country, companies: rows.filter((r) => r.fromScratch.length + r.domesticBase.length + r.foreignBase.length + r.unclassified.length > 0) };
}

async function classifyCompany(ctx: ApiContext, company: GraphNode): Promise<CompanySovereigntyParent> {
  const row: CompanySovereigntyParent = { company, fromScratch: [], domesticBase: [], foreignBase: [], unclassified: [], dependsOn: [] };
  const developed = await edgesAt(ctx, company.id, 'DEVELOPED', 'out');
  const models = await nodesById(ctx, developed.map((e) => e.target), 'Model');
  const own = countryOf(company);
  const depends = new Map<string, GraphNode>();
  await Promise.all(
    models.map(async (m) => {
      const bases = await nodesById(ctx, (await edgesAt(ctx, m.id, 'BASED_ON', 'out')).map((e) => e.target), 'Model');
      const baseDevs = await Promise.all(bases.map((b) => developersOf(ctx, b.id)));
      const foreignDevs = baseDevs.map((d) => d[0]).filter((d): d is GraphNode => !!d && isForeignHop(own, countryOf(d)));
      if (foreignDevs.length) {
        row.foreignBase.push(m);
        for (const d of foreignDevs) depends.set(d.id, d);
      } else if (bases.length) row.domesticBase.push(m);
      else if (m.properties.fromScratch === true) row.fromScratch.push(m);
      else row.unclassified.push(m);
    }),
  );
  const byName = (a: GraphNode, b: GraphNode) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const list of [row.fromScratch, row.domesticBase, row.foreignBase, row.unclassified]) list.sort(byName);
  row.dependsOn = [...depends.values()].sort(byName);
  return row;
}
