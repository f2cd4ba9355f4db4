import DataLoader from 'dataloader';
import { normalizeName, type ArticleRecord, type GraphEdge, type GraphNode } from '../graph/index.js';
import { KgError } from '../errors/index.js';
import type { LineageStep, NameKey, Store } from '../store/index.js';
import { ANONYMOUS, type RequestAuth } from './security/index.js';

/**
 * Per-request loaders in front of the store's batched reads: every resolver at one level of the
 * query shares one store call per loader, so round trips grow with the query's depth only.
 * Relations are loaded once per node (all types, both directions) and filtered in memory.
 */
export interface Loaders {
  node: DataLoader<string, GraphNode | null>;
  name: DataLoader<NameKey, GraphNode | null, string>;
  edges: DataLoader<string, GraphEdge[]>;
  article: DataLoader<string, ArticleRecord | null>;
  lineage: DataLoader<string, LineageStep[]>;
  mentions: DataLoader<string, GraphNode[]>;
  /** Developing companies by model, main first (only used when the store has `developers`). */
  developers: DataLoader<string, GraphNode[]>;
}

export interface ApiContext {
  store: Store;
  loaders: Loaders;
  /** Whether the request carried the API token (mutations need it). */
  auth: RequestAuth;
}

export function createLoaders(store: Store): Loaders {
  const node = new DataLoader<string, GraphNode | null>((ids) => store.getNodes(ids));
  const developers = new DataLoader<string, GraphNode[]>(async (ids) => {
    if (!store.developers) throw new KgError('NOT_SUPPORTED', `the ${store.kind} store cannot list developers by model`);
    return store.developers(ids);
  });
  // With relationsWithEnds, one call also answers the far ends and their developers (primed),
  // which the resolvers of the next level would otherwise ask for in two more round trips.
  const edges = store.relationsWithEnds
    ? new DataLoader<string, GraphEdge[]>(async (ids) => {
        const all = await store.relationsWithEnds!(ids);
        for (const r of all) {
          for (const n of r.ends) node.prime(n.id, n);
          for (const [id, companies] of r.developers) developers.prime(id, companies);
        }
        return all.map((r) => r.edges);
      })
    : new DataLoader<string, GraphEdge[]>((ids) => store.getRelations(ids.map((nodeId) => ({ nodeId, direction: 'both' as const }))));
  return {
    node,
    name: new DataLoader((keys) => store.findByName(keys), {
      cacheKeyFn: (k) => `${k.type ?? '*'}|${normalizeName(k.name)}`,
    }),
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

export function createContext(store: Store, auth: RequestAuth = ANONYMOUS): ApiContext {
  return { store, loaders: createLoaders(store), auth };
}
