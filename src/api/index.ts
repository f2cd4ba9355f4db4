/**
 * The GraphQL API: Apollo Server 5 on express 5, the playground at GET /.
 *
 * @example
 *   const server = await serveGraph({ graphFile: '.data/seed-graph.json', port: 4000 });
 *   console.log(`${server.url}/graphql`);
 *   await server.close();
 */
import type { Logger } from 'pino';
import { InputError } from '../errors/index.js';
import { createEmbeddedStore, type Store } from '../store/index.js';
import { startServer, type RunningServer } from './server.js';

export { createApp, startServer, WEB_DIST } from './server.js';
export type { App, AppOptions, StartOptions, RunningServer } from './server.js';
export { loadTypeDefs, SCHEMA_DIR } from './schema.js';
export { resolvers } from './resolvers/index.js';
export { createContext, createLoaders } from './context.js';
export { limitHeapGrowth, heapGrowingFlag, HEAP_GROWING_PERCENT, youngGenerationFlag, YOUNG_GENERATION_FLAG, YOUNG_GENERATION_MB } from './heap.js';
export type { ApiContext, Loaders } from './context.js';

export interface ServeGraphOptions {
  /** A store to serve (e.g. a Neo4j store); it must be init()ed already. */
  store?: Store;
  /** Otherwise: a graph JSON file for an embedded store (created empty when it does not exist). */
  graphFile?: string;
  port?: number;
  host?: string;
  logger?: Logger;
}

export interface ServedGraph extends RunningServer {
  store: Store;
}

/** Serves `store`, or an embedded store over `graphFile`; close() also closes the store it opened. */
export async function serveGraph(options: ServeGraphOptions): Promise<ServedGraph> {
  if (options.store && options.graphFile) throw new InputError('--graph', 'give a graph file or a store, not both');
  const own = !options.store;
  const store = options.store ?? createEmbeddedStore({ file: options.graphFile });
  if (own) await store.init();
  const server = await startServer({ store, port: options.port, host: options.host, logger: options.logger });
  return {
    ...server,
    store,
    close: async () => {
      await server.close();
      if (own) await store.close();
    },
  };
}
