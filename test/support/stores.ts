/**
 * The stores every behaviour suite runs against: each factory makes a fresh, initialised store
 * holding the given graph. Add a factory here and every suite that loops over STORE_FACTORIES
 * (contract, API behaviour) runs against it too.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { GraphDocument } from '../../src/graph/index.js';
import { createEmbeddedStore, type Store } from '../../src/store/index.js';
import { Connection } from '../../src/store/neo4j/connection.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { neo4jForTests } from './neo4j.js';

export interface StoreFactory {
  name: string;
  /** A fresh store with `graph` loaded; the caller closes it. */
  create(graph: GraphDocument): Promise<Store>;
}

export const embeddedFactory: StoreFactory = {
  name: 'embedded',
  async create(graph) {
    const store = createEmbeddedStore();
    await store.init();
    await store.load(graph);
    return store;
  },
};

/** An embedded store persisted to a graph file in a fresh temporary folder. */
export const embeddedFileFactory: StoreFactory = {
  name: 'embedded (file)',
  async create(graph) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kg-store-')), 'graph.json');
    const store = createEmbeddedStore({ file });
    await store.init();
    await store.load(graph);
    return store;
  },
};

/**
 * A Neo4j store over the test Neo4j (NEO4J_TEST_URI or .data/neo4j.url), emptied and loaded with
 * `graph`. Neo4j Community holds one database, so only one such store may be open at a time
 * (vitest runs test files one after another).
 */
export function neo4jFactory(uri: string): StoreFactory {
  return {
    name: 'neo4j',
    async create(graph) {
      const store = createNeo4jStore({ uri });
      await store.init();
      await store.clear();
      await store.load(graph);
      return store;
    },
  };
}

/** Neo4j joins when one answers; without one the suites print why and run on the embedded store (CI requires it). */
const neo4jTarget = await neo4jForTests();

export const STORE_FACTORIES: StoreFactory[] = [embeddedFactory, ...(neo4jTarget.uri ? [neo4jFactory(neo4jTarget.uri)] : [])];

/** Wraps a store so that every call of a store method is counted (reads and queries alike). */
export function countingStore(store: Store): { store: Store; calls: () => number; reset: () => void; byMethod: Map<string, number> } {
  const byMethod = new Map<string, number>();
  const counted = new Set(['getNodes', 'findByName', 'getRelations', 'relationsWithEnds', 'findByNameWithRelations', 'developers', 'getArticles', 'listNodes', 'search', 'lineage', 'foreignBasedModels', 'foreignBasedWithDevelopers', 'findByNameWithBasedOnChain', 'neighbourhood']);
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop !== 'string' || !counted.has(prop) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        byMethod.set(prop, (byMethod.get(prop) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store: proxy,
    byMethod,
    calls: () => [...byMethod.values()].reduce((a, b) => a + b, 0),
    reset: () => byMethod.clear(),
  };
}

export interface StorePair {
  embedded: Store;
  neo: Store;
  /** Runs `call` on both stores, expects equal answers, and returns the embedded store's. */
  same<T>(call: (s: Store) => Promise<T>): Promise<T>;
}

/**
 * For parity suites (call inside a describe): an embedded store and a Neo4j store at `uri`, both
 * loaded with `documents` in order before the suite; the Neo4j graph is wiped before and after.
 */
export function useStorePair(uri: string | null, documents: GraphDocument[]): StorePair {
  const embedded = createEmbeddedStore();
  const neo = createNeo4jStore({ uri: uri ?? 'bolt://127.0.0.1:7687' }); // collected even when skipped
  beforeAll(async () => {
    await embedded.init();
    await neo.init();
    await neo.clear();
    for (const store of [embedded, neo]) for (const doc of documents) await store.load(doc);
  });
  afterAll(async () => {
    await neo.clear();
    await neo.close();
  });
  return {
    embedded,
    neo,
    async same(call) {
      const want = await call(embedded);
      expect(await call(neo)).toEqual(want);
      return want;
    },
  };
}

/** A Neo4j store and a raw connection to it for one suite: the graph is emptied before the suite and after it. */
export function emptyNeo4jInSuite(uri: string): { store: ReturnType<typeof createNeo4jStore>; conn: Connection } {
  const store = createNeo4jStore({ uri });
  const conn = new Connection({ uri });
  beforeAll(async () => {
    await store.init();
    await store.clear();
  });
  afterAll(async () => {
    await store.clear();
    await Promise.all([store.close(), conn.close()]);
  });
  return { store, conn };
}
