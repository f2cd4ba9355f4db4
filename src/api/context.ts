import DataLoader from 'dataloader';
import { normalizeName, type ArticleRecord, type GraphEdge, type GraphNode } from '../graph/index.js';
import { KgError } from '../errors/index.js';
import { rankDevelopedEdges, type LineageStep, type NameKey, type RelationsWithEnds, type Store } from '../store/index.js';
import { ANONYMOUS, type RequestAuth } from './security/index.js';

/**
 * Per-request loaders in front of the store's batched reads: every resolver at one level of the
 * query shares one store call per loader, so round trips grow with the query's depth only.
 * Relations are loaded once per node (all types, both directions) and filtered in memory.
 */
export interface Loaders {
  /** Nodes by id: those already known (see primeNode) without a store call, the rest batched. */
  node: DataLoader<string, GraphNode | null>;
  /**
   * Remembers a node that came with another answer (a page, a lookup, the ends of edges): `node`
   * and knownNode answer it from memory. A plain map entry, not a settled promise per node.
   */
  primeNode(n: GraphNode): void;
  /** A node already known to this request, without a promise. */
  knownNode(id: string): GraphNode | undefined;
  name: DataLoader<NameKey, GraphNode | null, string>;
  edges: DataLoader<string, GraphEdge[]>;
  article: DataLoader<string, ArticleRecord | null>;
  lineage: DataLoader<string, LineageStep[]>;
  mentions: DataLoader<string, GraphNode[]>;
  /** Developing companies by model, main first (only used when the store has `developers`). */
  developers: DataLoader<string, GraphNode[]>;
  /**
   * A lookup by name that also loads the node's relations (primed into `edges`, `node` and
   * `developers`), for a selection that goes on to them; only with findByNameWithRelations.
   */
  nameWithEdges?: DataLoader<NameKey, GraphNode | null, string>;
  /**
   * nameWithEdges that also loads the outgoing BASED_ON edges (primed into `basedOnOut`), far ends
   * and their developers of every model 1..depth BASED_ON hops away, for a nested
   * basedOn { model { basedOn … } } selection; only with findByNameWithBasedOnChain.
   */
  nameWithBasedOnChain?: (depth: number) => DataLoader<NameKey, GraphNode | null, string>;
  /**
   * Outgoing BASED_ON edges by node id, in load order, when they were loaded without the node's
   * other relations (what `edges` filtered to them would give).
   */
  basedOnOut: Map<string, GraphEdge[]>;
  /**
   * Developers (main first) of the models whose developers came with another answer (relations,
   * chain, foreign-based models), by model id: resolvers read them without a promise.
   */
  knownDevelopers: Map<string, GraphNode[]>;
  /** Records `knownDevelopers` and primes the companies into `node`. */
  primeDevelopers(modelId: string, companies: GraphNode[]): void;
}

export interface ApiContext {
  store: Store;
  loaders: Loaders;
  /** Whether the request carried the API token (mutations need it). */
  auth: RequestAuth;
}

export function createLoaders(store: Store): Loaders {
  const known = new Map<string, GraphNode>();
  const primeNode = (n: GraphNode): void => void known.set(n.id, n);
  const node = new DataLoader<string, GraphNode | null>(async (ids) => {
    const missing = ids.filter((id) => !known.has(id));
    const found = missing.length ? await store.getNodes(missing) : [];
    const fetched = new Map(missing.map((id, i) => [id, found[i] ?? null]));
    return ids.map((id) => known.get(id) ?? fetched.get(id) ?? null);
  });
  const developers = new DataLoader<string, GraphNode[]>(async (ids) => {
    if (!store.developers) throw new KgError('NOT_SUPPORTED', `the ${store.kind} store cannot list developers by model`);
    return store.developers(ids);
  });
  // With relationsWithEnds, one call also answers the far ends and their developers (primed),
  // which the resolvers of the next level would otherwise ask for in two more round trips.
  const edges = store.relationsWithEnds
    ? new DataLoader<string, GraphEdge[]>(async (ids) => {
        const all = await store.relationsWithEnds!(ids);
        for (const r of all) primeEnds(r);
        return all.map((r) => r.edges);
      })
    : new DataLoader<string, GraphEdge[]>((ids) => store.getRelations(ids.map((nodeId) => ({ nodeId, direction: 'both' as const }))));
  const knownDevelopers = new Map<string, GraphNode[]>();
  function primeDevelopers(modelId: string, companies: GraphNode[]): void {
    if (knownDevelopers.has(modelId)) return;
    knownDevelopers.set(modelId, companies);
    for (const c of companies) known.set(c.id, c);
  }
  function primeEnds(r: RelationsWithEnds): void {
    for (const n of r.ends) known.set(n.id, n);
    for (const [id, companies] of r.developers) primeDevelopers(id, companies);
  }
  /** A node found by name with all its relations. */
  function primeFound(n: GraphNode, r: RelationsWithEnds): void {
    primeEnds(r);
    known.set(n.id, n);
    edges.prime(n.id, r.edges);
    primeDevelopers(n.id, ownDevelopers(n.id, r));
  }
  const nameKey = (k: NameKey) => `${k.type ?? '*'}|${normalizeName(k.name)}`;
  const nameWithEdges = store.findByNameWithRelations
    ? new DataLoader<NameKey, GraphNode | null, string>(
        async (keys) => {
          const found = await store.findByNameWithRelations!(keys);
          for (const f of found) if (f) primeFound(f.node, f.relations);
          return found.map((f) => f?.node ?? null);
        },
        { cacheKeyFn: nameKey },
      )
    : undefined;
  const basedOnOut = new Map<string, GraphEdge[]>();
  const chainLoaders = new Map<number, DataLoader<NameKey, GraphNode | null, string>>();
  const chainLoader = (depth: number) =>
    new DataLoader<NameKey, GraphNode | null, string>(
      async (keys) => {
        const found = await store.findByNameWithBasedOnChain!(keys, depth);
        for (const f of found) {
          if (!f) continue;
          primeFound(f.node, f.relations);
          for (const [id, r] of f.basedOn) {
            primeEnds(r);
            if (!basedOnOut.has(id)) basedOnOut.set(id, r.edges);
          }
        }
        return found.map((f) => f?.node ?? null);
      },
      { cacheKeyFn: nameKey },
    );
  const nameWithBasedOnChain = store.findByNameWithBasedOnChain
    ? (depth: number) => {
        let l = chainLoaders.get(depth);
        if (!l) chainLoaders.set(depth, (l = chainLoader(depth)));
        return l;
      }
    : undefined;
  return {
    node,
    primeNode,
    knownNode: (id) => known.get(id),
    name: new DataLoader((keys) => store.findByName(keys), { cacheKeyFn: nameKey }),
    nameWithEdges,
    nameWithBasedOnChain,
    basedOnOut,
    knownDevelopers,
    primeDevelopers,
    edges,
    article: new DataLoader((ids) => store.getArticles(ids)),
    lineage: new DataLoader((ids) => store.lineage(ids)),
    mentions: new DataLoader(async (ids) => {
      if (!store.articleMentions) throw new KgError('NOT_SUPPORTED', `the ${store.kind} store cannot list what an article mentions`);
      return store.articleMentions(ids);
    }),
    developers,
  };
}

/** The node's developing companies, main first, from its own relations (as `developers` ranks them). */
function ownDevelopers(id: string, r: RelationsWithEnds): GraphNode[] {
  const byId = new Map(r.ends.map((n) => [n.id, n]));
  return rankDevelopedEdges(r.edges.filter((e) => e.target === id)).flatMap((e) => {
    const c = byId.get(e.source);
    return c && c.type === 'Company' ? [c] : [];
  });
}

export function createContext(store: Store, auth: RequestAuth = ANONYMOUS): ApiContext {
  return { store, loaders: createLoaders(store), auth };
}
