/**
 * The stores every behaviour suite runs against: each factory makes a fresh, initialised store
 * holding the given graph. Add a factory here and every suite that loops over STORE_FACTORIES
 * (contract, API behaviour) runs against it too.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphDocument } from '../../src/graph/index.js';
import { createEmbeddedStore, type Store } from '../../src/store/index.js';

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

export const STORE_FACTORIES: StoreFactory[] = [embeddedFactory];
