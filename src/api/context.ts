import DataLoader from 'dataloader';
import { normalizeName, type ArticleRecord, type GraphEdge, type GraphNode } from '../graph/index.js';
import { KgError } from '../errors/index.js';
import { rankDevelopedEdges, type LineageStep, type ModelsWithDevelopers, type NameKey, type RelationsWithEnds, type Store } from '../store/index.js';
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
  knownDevelopers: { get(modelId: string): GraphNode[] | undefined };
  /** Records `knownDevelopers` and primes the companies into `node`. */
  primeDevelopers(modelId: string, companies: GraphNode[]): void;
  /**
   * Primes the models of a store answer and their developers (knownNode, knownDevelopers) from maps
   * built once per answer object: the embedded store hands out the same frozen answer until the
   * graph changes, so ForeignBased's 2,886 models are not put into per-request maps each time.
   */
  primeModelsWithDevelopers(answer: ModelsWithDevelopers): void;
}

export interface ApiContext {
  store: Store;
  loaders: Loaders;
  /** Whether the request carried the API token (mutations need it). */
  auth: RequestAuth;
}

/**
 * The loaders of one request. Each DataLoader is made on first use (a cheap query touches two or
 * three of the nine), and the batch functions are methods, not closures made per request.
 */
class RequestLoaders implements Loaders {
  private readonly known = new Map<string, GraphNode>();
  private readonly ownDevelopers = new Map<string, GraphNode[]>();
  /** Maps shared by every request that got the same store answer (primeModelsWithDevelopers). */
  private shared?: SharedPrimes[];
  readonly knownDevelopers = { get: (modelId: string) => this.ownDevelopers.get(modelId) ?? this.sharedDevelopers(modelId) };
  readonly basedOnOut = new Map<string, GraphEdge[]>();
  private _node?: DataLoader<string, GraphNode | null>;
  private _name?: DataLoader<NameKey, GraphNode | null, string>;
  private _edges?: DataLoader<string, GraphEdge[]>;
  private _article?: DataLoader<string, ArticleRecord | null>;
  private _lineage?: DataLoader<string, LineageStep[]>;
  private _mentions?: DataLoader<string, GraphNode[]>;
  private _developers?: DataLoader<string, GraphNode[]>;
  private _nameWithEdges?: DataLoader<NameKey, GraphNode | null, string>;
  private _chainLoaders?: Map<number, DataLoader<NameKey, GraphNode | null, string>>;
  /** Undefined when the store cannot (the resolvers test for it). */
  readonly nameWithBasedOnChain?: (depth: number) => DataLoader<NameKey, GraphNode | null, string>;

  constructor(private readonly store: Store) {
    if (store.findByNameWithBasedOnChain) this.nameWithBasedOnChain = (depth) => this.chainLoader(depth);
  }

  primeNode(n: GraphNode): void {
    this.known.set(n.id, n);
  }

  knownNode(id: string): GraphNode | undefined {
    const own = this.known.get(id);
    if (own || !this.shared) return own;
    for (const s of this.shared) {
      const n = s.nodes.get(id);
      if (n) return n;
    }
    return undefined;
  }

  private sharedDevelopers(modelId: string): GraphNode[] | undefined {
    if (!this.shared) return undefined;
    for (const s of this.shared) {
      const d = s.developers.get(modelId);
      if (d) return d;
    }
    return undefined;
  }

  primeModelsWithDevelopers(answer: ModelsWithDevelopers): void {
    let s = sharedPrimes.get(answer);
    if (!s) sharedPrimes.set(answer, (s = buildSharedPrimes(answer)));
    (this.shared ??= []).push(s);
  }

  get node(): DataLoader<string, GraphNode | null> {
    return (this._node ??= new DataLoader<string, GraphNode | null>(async (ids) => {
      const missing = ids.filter((id) => !this.knownNode(id));
      const found = missing.length ? await this.store.getNodes(missing) : [];
      const fetched = new Map(missing.map((id, i) => [id, found[i] ?? null]));
      return ids.map((id) => this.knownNode(id) ?? fetched.get(id) ?? null);
    }));
  }

  get developers(): DataLoader<string, GraphNode[]> {
    const store = this.store;
    return (this._developers ??= new DataLoader<string, GraphNode[]>(async (ids) => {
      if (!store.developers) throw new KgError('NOT_SUPPORTED', `the ${store.kind} store cannot list developers by model`);
      return store.developers(ids);
    }));
  }

  // With relationsWithEnds, one call also answers the far ends and their developers (primed),
  // which the resolvers of the next level would otherwise ask for in two more round trips.
  get edges(): DataLoader<string, GraphEdge[]> {
    const store = this.store;
    return (this._edges ??= store.relationsWithEnds
      ? new DataLoader<string, GraphEdge[]>(async (ids) => {
          const all = await store.relationsWithEnds!(ids);
          for (const r of all) this.primeEnds(r);
          return all.map((r) => r.edges);
        })
      : new DataLoader<string, GraphEdge[]>((ids) => store.getRelations(ids.map((nodeId) => ({ nodeId, direction: 'both' as const })))));
  }

  get name(): DataLoader<NameKey, GraphNode | null, string> {
    return (this._name ??= new DataLoader((keys) => this.store.findByName(keys), { cacheKeyFn: nameKey }));
  }

  get nameWithEdges(): DataLoader<NameKey, GraphNode | null, string> | undefined {
    const store = this.store;
    if (!store.findByNameWithRelations) return undefined;
    return (this._nameWithEdges ??= new DataLoader<NameKey, GraphNode | null, string>(
      async (keys) => {
        const found = await store.findByNameWithRelations!(keys);
        for (const f of found) if (f) this.primeFound(f.node, f.relations);
        return found.map((f) => f?.node ?? null);
      },
      { cacheKeyFn: nameKey },
    ));
  }

  get article(): DataLoader<string, ArticleRecord | null> {
    return (this._article ??= new DataLoader((ids) => this.store.getArticles(ids)));
  }

  get lineage(): DataLoader<string, LineageStep[]> {
    return (this._lineage ??= new DataLoader((ids) => this.store.lineage(ids)));
  }

  get mentions(): DataLoader<string, GraphNode[]> {
    const store = this.store;
    return (this._mentions ??= new DataLoader(async (ids) => {
      if (!store.articleMentions) throw new KgError('NOT_SUPPORTED', `the ${store.kind} store cannot list what an article mentions`);
      return store.articleMentions(ids);
    }));
  }

  primeDevelopers(modelId: string, companies: GraphNode[]): void {
    if (this.knownDevelopers.get(modelId)) return;
    this.ownDevelopers.set(modelId, companies);
    for (const c of companies) this.known.set(c.id, c);
  }

  private primeEnds(r: RelationsWithEnds): void {
    for (const n of r.ends) this.known.set(n.id, n);
    for (const [id, companies] of r.developers) this.primeDevelopers(id, companies);
  }

  /** A node found by name with all its relations. */
  private primeFound(n: GraphNode, r: RelationsWithEnds): void {
    this.primeEnds(r);
    this.known.set(n.id, n);
    this.edges.prime(n.id, r.edges);
    this.primeDevelopers(n.id, ownDevelopers(n.id, r));
  }

  private chainLoader(depth: number): DataLoader<NameKey, GraphNode | null, string> {
    const loaders = (this._chainLoaders ??= new Map());
    let l = loaders.get(depth);
    if (!l) {
      const store = this.store;
      l = new DataLoader<NameKey, GraphNode | null, string>(
        async (keys) => {
          const found = await store.findByNameWithBasedOnChain!(keys, depth);
          for (const f of found) {
            if (!f) continue;
            this.primeFound(f.node, f.relations);
            const id = f.node.id;
            if (!this.basedOnOut.has(id)) this.basedOnOut.set(id, f.relations.edges.filter((e) => e.type === 'BASED_ON' && e.source === id));
            for (const [id, r] of f.basedOn) {
              this.primeEnds(r);
              if (!this.basedOnOut.has(id)) this.basedOnOut.set(id, r.edges);
            }
          }
          return found.map((f) => f?.node ?? null);
        },
        { cacheKeyFn: nameKey },
      );
      loaders.set(depth, l);
    }
    return l;
  }
}

interface SharedPrimes {
  nodes: ReadonlyMap<string, GraphNode>;
  developers: ReadonlyMap<string, GraphNode[]>;
}

const sharedPrimes = new WeakMap<ModelsWithDevelopers, SharedPrimes>();

/** What priming each model and its developers one by one would give (the first entry for an id wins). */
function buildSharedPrimes(answer: ModelsWithDevelopers): SharedPrimes {
  const nodes = new Map<string, GraphNode>();
  const developers = new Map<string, GraphNode[]>();
  answer.models.forEach((m, i) => {
    nodes.set(m.id, m);
    if (developers.has(m.id)) return;
    const companies = answer.developers[i] ?? [];
    developers.set(m.id, companies);
    for (const c of companies) nodes.set(c.id, c);
  });
  return { nodes, developers };
}

const nameKey = (k: NameKey): string => `${k.type ?? '*'}|${normalizeName(k.name)}`;

export function createLoaders(store: Store): Loaders {
  return new RequestLoaders(store);
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
