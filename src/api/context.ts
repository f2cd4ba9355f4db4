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
  return {
    node: new DataLoader((ids) => store.getNodes(ids)),
    name: new DataLoader((keys) => store.findByName(keys), {
      cacheKeyFn: (k) => `${k.type ?? '*'}|${normalizeName(k.name)}`,
    }),
    edges: new DataLoader((ids) => store.getRelations(ids.map((nodeId) => ({ nodeId, direction: 'both' as const })))),
    article: new DataLoader((ids) => store.getArticles(ids)),
    lineage: new DataLoader((ids) => store.lineage(ids)),
    mentions: new DataLoader(async (ids) => {
      if (!store.articleMentions) throw new KgError('NOT_SUPPORTED', `the ${store.kind} store cannot list what an article mentions`);
      return store.articleMentions(ids);
    }),
    developers: new DataLoader(async (ids) => {
      if (!store.developers) throw new KgError('NOT_SUPPORTED', `the ${store.kind} store cannot list developers by model`);
      return store.developers(ids);
    }),
  };
}

export function createContext(store: Store, auth: RequestAuth = ANONYMOUS): ApiContext {
  return { store, loaders: createLoaders(store), auth };
}
