/**
 * The embedded store keeps answers computed from the whole graph (developer countries, foreign-based
 * models, sorted lists, search) until the graph changes. These tests check that they change with it:
 * after loads and deletes the store answers as a store built fresh from the same graph, and
 * foreignBasedModels agrees with its definition read off lineage() and developers().
 */
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../src/bench/synthetic-graph.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { createEmbeddedStore, type ListQuery, type Store } from '../../src/store/index.js';

const COUNTRIES = ['KR', 'US', 'CN', 'FR', 'JP', 'XX'];
const NEEDLES = ['Model 1', 'model1', 'c1', 'bench', 'Person 2', 'M-3', 'zzz', '1', 'y'];
const LISTS: ListQuery[] = [
  { type: 'Model', first: 30 },
  { type: 'Model', filter: { country: 'KR' }, sort: { field: 'parameters', descending: true }, first: 30 },
  { type: 'Model', filter: { hasForeignBase: true }, first: 500 },
  { type: 'Model', filter: { developer: 'Company 3', openSource: true }, first: 500 },
  { type: 'Company', filter: { country: 'US' }, first: 500 },
];

/** Every answer the store derives from the whole graph (order-independent of how it was loaded). */
async function derivedAnswers(store: Store) {
  const ids = (ns: { id: string }[]) => ns.map((n) => n.id);
  const out: Record<string, unknown> = {};
  for (const c of COUNTRIES) {
    for (const t of [false, true]) {
      out[`foreign ${c} ${t}`] = ids(await store.foreignBasedModels(c, t));
      const withDevelopers = await store.foreignBasedWithDevelopers!(c, t);
      out[`foreign with developers ${c} ${t}`] = { models: ids(withDevelopers.models), developers: withDevelopers.developers.map(ids) };
    }
  }
  for (const s of NEEDLES) {
    out[`search ${s}`] = ids(await store.search(s, undefined, 20));
    out[`search ${s} typed`] = ids(await store.search(s, ['Model', 'Person'], 5));
  }
  for (const q of LISTS) {
    const page = await store.listNodes(q);
    out[`list ${JSON.stringify(q)}`] = { ...page, nodes: ids(page.nodes) };
  }
  const modelNodes = (await store.listNodes({ type: 'Model', first: 500 })).nodes;
  const models = ids(modelNodes);
  out.developers = (await store.developers!(models)).map(ids);
  const chains = await store.findByNameWithBasedOnChain!(modelNodes.slice(0, 200).map((m) => ({ name: m.name, type: 'Model' as const })), 3);
  out.chains = chains.map((c) => c && { node: c.node.id, edges: ids(c.relations.edges), bases: [...c.basedOn].map(([id, r]) => [id, ids(r.edges), [...r.developers].map(([m, cs]) => [m, ids(cs)])]) });
  return out;
}

/** The graph in two documents: every node in the first, the edges split between them. */
function split(graph: GraphDocument): [GraphDocument, GraphDocument] {
  const cut = Math.floor(graph.edges.length * 0.6);
  return [
    { ...graph, edges: graph.edges.slice(0, cut) },
    { ...graph, nodes: [], edges: graph.edges.slice(cut) },
  ];
}

async function freshCopy(store: Store): Promise<Store> {
  const copy = createEmbeddedStore();
  await copy.load(await store.exportGraph());
  return copy;
}

describe('embedded store: answers derived from the whole graph', () => {
  it('follow loads and deletes (as a store built fresh from the same graph answers)', async () => {
    const [first, second] = split(syntheticGraph(3000, 5));
    const store = createEmbeddedStore();
    await store.load(first);
    const before = await derivedAnswers(store);
    expect(before).toEqual(await derivedAnswers(await freshCopy(store)));

    await store.load(second);
    const afterLoad = await derivedAnswers(store);
    expect(afterLoad).not.toEqual(before);
    expect(afterLoad).toEqual(await derivedAnswers(await freshCopy(store)));

    for (const a of first.articles.slice(0, 5)) expect(await store.deleteArticle(a.id)).toBe(true);
    const afterDelete = await derivedAnswers(store);
    expect(afterDelete).not.toEqual(afterLoad);
    expect(afterDelete).toEqual(await derivedAnswers(await freshCopy(store)));
  });

  it('foreignBasedModels is the models of the country with a foreign base, directly or up the lineage', async () => {
    const store = createEmbeddedStore();
    await store.load(syntheticGraph(4000, 11));
    const models = (await store.listNodes({ type: 'Model', first: 100_000 })).nodes;
    const countryOf = async (id: string) => {
      const [devs] = await store.developers!([id]);
      const c = devs?.[0]?.properties.country;
      return typeof c === 'string' && c ? c : undefined;
    };
    const lineages = await store.lineage(models.map((m) => m.id));
    let transitiveOnly = 0;
    for (const country of ['KR', 'US', 'JP']) {
      const want: Record<'direct' | 'chain', string[]> = { direct: [], chain: [] };
      for (const [i, m] of models.entries()) {
        if ((await countryOf(m.id)) !== country) continue;
        const steps = lineages[i] ?? [];
        const foreign = async (id: string) => {
          const c = await countryOf(id);
          return c !== undefined && c !== country;
        };
        const direct = steps.filter((s) => s.depth === 1);
        if ((await Promise.all(direct.map((s) => foreign(s.node.id)))).some(Boolean)) want.direct.push(m.id);
        if ((await Promise.all(steps.map((s) => foreign(s.node.id)))).some(Boolean)) want.chain.push(m.id);
      }
      const sorted = (xs: string[]) => [...xs].sort();
      expect(sorted((await store.foreignBasedModels(country, false)).map((n) => n.id))).toEqual(sorted(want.direct));
      expect(sorted((await store.foreignBasedModels(country, true)).map((n) => n.id))).toEqual(sorted(want.chain));
      // the same models with their developers, as developers() ranks them
      for (const transitive of [false, true]) {
        const { models: found, developers } = await store.foreignBasedWithDevelopers!(country, transitive);
        expect(found).toEqual(await store.foreignBasedModels(country, transitive));
        expect(developers).toEqual(await store.developers!(found.map((m) => m.id)));
      }
      transitiveOnly += want.chain.length - want.direct.length;
    }
    expect(transitiveOnly).toBeGreaterThan(0);
  });

  it('findByNameWithBasedOnChain is the lookup, its relations with ends, and each base 1..depth hops down with its own BASED_ON edges', async () => {
    const store = createEmbeddedStore();
    await store.load(syntheticGraph(600, 7));
    const models = (await store.listNodes({ type: 'Model', first: 500 })).nodes;
    const lineages = await store.lineage(models.map((m) => m.id));
    let deep = 0;
    for (const depth of [1, 2, 4]) {
      const keys = models.map((m) => ({ name: m.name, type: 'Model' as const }));
      const chains = await store.findByNameWithBasedOnChain!([...keys, { name: 'nothing here' }], depth);
      expect(chains.at(-1)).toBeNull();
      const found = await store.findByName(keys);
      for (const [i, m] of models.entries()) {
        const c = chains[i]!;
        expect(c.node).toBe(found[i]);
        if (c.node.id !== m.id) continue; // another model of the same name answers the lookup
        const [edges] = await store.getRelations([{ nodeId: m.id, direction: 'both' }]);
        expect(c.relations.edges).toEqual(edges);
        const far = [...new Set(edges!.map((e) => (e.source === m.id ? e.target : e.source)))];
        expect(c.relations.ends.map((n) => n.id)).toEqual(far);
        const bases = far.filter((id) => edges!.some((e) => e.type === 'BASED_ON' && (e.source === id || e.target === id)) && c.relations.ends.find((n) => n.id === id)!.type === 'Model');
        expect([...c.relations.developers.keys()]).toEqual(bases);
        const within = [...new Set(lineages[i]!.filter((st) => st.depth <= depth).map((st) => st.node.id))];
        expect([...c.basedOn.keys()].sort()).toEqual(within.sort());
        for (const [id, r] of c.basedOn) {
          const [out] = await store.getRelations([{ nodeId: id, direction: 'out', types: ['BASED_ON'] }]);
          expect(r.edges).toEqual(out);
          expect([...r.developers.values()]).toEqual(await store.developers!(out!.map((e) => e.target)));
        }
        if (c.basedOn.size > 1) deep++;
      }
      // remembered until the graph changes: the same answer object
      expect((await store.findByNameWithBasedOnChain!([keys[0]!], depth))[0]).toBe(chains[0]);
    }
    expect(deep).toBeGreaterThan(0);
  });
});
