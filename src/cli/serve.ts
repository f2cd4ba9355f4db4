import { limitHeapGrowth, serveGraph, youngGenerationFlag } from '../api/index.js';
import { InputError } from '../errors/index.js';
import type { Store } from '../store/index.js';
import type { ServeFlags } from './main.js';
import { neo4jSettings } from './neo4j-flags.js';
import { warn } from './output.js';

/** `kg serve`: the API and the playground over the embedded store (a graph file) or Neo4j. */
export async function runServe(flags: ServeFlags): Promise<void> {
  limitHeapGrowth();
  const young = youngGenerationFlag();
  if (young) warn(`node was started without ${young} (npx kg, npm start and npm run kg pass it): expect a longer latency tail under load`);
  const neo4jUri = flags.neo4j ?? (flags.graph ? undefined : process.env.NEO4J_URI);
  if (flags.graph && flags.neo4j) throw new InputError('kg serve', 'give --graph or --neo4j, not both');
  let store: Store | undefined;
  if (neo4jUri) {
    const { createNeo4jStore } = await import('../store/neo4j/index.js');
    store = createNeo4jStore(neo4jSettings({ ...flags, neo4j: neo4jUri }));
    await store.init();
  } else if (!flags.graph) {
    warn('no --graph or --neo4j given: serving an empty in-memory graph');
  }
  const server = await serveGraph({ store, graphFile: flags.graph, port: flags.port, host: flags.host });
  process.stderr.write(`kg: serving ${store ? neo4jUri : (flags.graph ?? 'an empty graph')}\n`);
  process.stderr.write(`kg: GraphQL API  ${server.url}/graphql\nkg: playground   ${server.url}/\nkg: graph viewer ${server.url}/graph\n`);
  await waitForShutdown(async () => {
    await server.close();
    if (store) await store.close();
  });
}

/** Resolves after SIGINT or SIGTERM, once `close` (which drains requests in flight) is done. */
function waitForShutdown(close: () => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = (signal: string) => {
      process.stderr.write(`kg: ${signal}: finishing requests in flight, then stopping\n`);
      close().then(resolve, reject);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
