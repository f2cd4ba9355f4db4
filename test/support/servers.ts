/**
 * The API over a store for one test suite: `serveInSuite` registers a beforeAll that makes the
 * store and starts the server on a free port, and an afterAll that stops both. The fields of the
 * object it returns are set once that beforeAll has run (read them inside tests and hooks only).
 */
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer, type StartOptions } from '../../src/api/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import type { Store } from '../../src/store/index.js';
import { embeddedFactory } from './stores.js';

export interface SuiteServer {
  store: Store;
  server: RunningServer;
  /** The GraphQL endpoint, `${server.url}/graphql`. */
  url: string;
}

export function serveInSuite(makeStore: () => Promise<Store>, options: Omit<StartOptions, 'store' | 'port'> = {}): SuiteServer {
  const served = {} as SuiteServer;
  beforeAll(async () => {
    served.store = await makeStore();
    served.server = await startServer({ ...options, store: served.store, port: 0 });
    served.url = `${served.server.url}/graphql`;
  });
  afterAll(async () => {
    await served.server?.close();
    await served.store?.close();
  });
  return served;
}

/** serveInSuite over a fresh embedded store holding `graph`. */
export function serveGraphInSuite(graph: () => GraphDocument | Promise<GraphDocument>): SuiteServer {
  return serveInSuite(async () => embeddedFactory.create(await graph()));
}
