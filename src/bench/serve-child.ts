/**
 * The API server the benchmark measures, in its own process so its resident memory is its own.
 * Started by src/bench/api.ts with fork(): `serve-child.ts --graph <file>` or `--neo4j <uri>`.
 * Messages: it sends {type:'ready', url, rss} once listening; answers {type:'rss'} with
 * {type:'rss', rss, heapUsed} (after a GC when --expose-gc is on); exits on {type:'stop'}.
 */
import { preferProduction } from '../api/production.js';
import type { Store } from '../store/index.js';

interface Message {
  type: 'rss' | 'stop';
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function memory(): { rss: number; heapUsed: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}

/** @neo4j/graphql on Apollo Server (standalone), for the side-by-side figures. */
async function serveNeo4jGraphql(uri: string): Promise<void> {
  const [{ Neo4jGraphQL }, { ApolloServer }, { startStandaloneServer }, neo4j, { NEO4J_GRAPHQL_TYPEDEFS }] = await Promise.all([
    import('@neo4j/graphql'),
    import('@apollo/server'),
    import('@apollo/server/standalone'),
    import('neo4j-driver'),
    import('./neo4j-graphql.js'),
  ]);
  const user = process.env.NEO4J_USER;
  const driver = neo4j.default.driver(uri, user ? neo4j.default.auth.basic(user, process.env.NEO4J_PASSWORD ?? '') : undefined);
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
  process.on('message', (m: Message) => {
    if (m.type === 'rss') process.send?.({ type: 'rss', ...memory() });
    if (m.type === 'stop') {
      void (async () => {
        await apollo.stop();
        await driver.close();
        process.exit(0);
      })();
    }
  });
  process.send?.({ type: 'ready', url: url.replace(/\/$/, ''), ...memory() });
}

async function main(): Promise<void> {
  // as kg serve does: production mode before graphql loads (so the API is imported here, not above)
  preferProduction();
  const { limitHeapGrowth, serveGraph } = await import('../api/index.js');
  const { createNeo4jStore } = await import('../store/neo4j/index.js');
  limitHeapGrowth();
  const ngUri = arg('--neo4j-graphql');
  if (ngUri) return serveNeo4jGraphql(ngUri);
  const graphFile = arg('--graph');
  const neo4jUri = arg('--neo4j');
  let store: Store | undefined;
  if (neo4jUri) {
    store = createNeo4jStore({ uri: neo4jUri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE });
    await store.init();
  }
  const server = await serveGraph({ store, graphFile: store ? undefined : graphFile, port: 0, host: '127.0.0.1' });
  process.on('message', (m: Message) => {
    if (m.type === 'rss') process.send?.({ type: 'rss', ...memory() });
    if (m.type === 'stop') {
      void (async () => {
        await server.close();
        if (store) await store.close();
        process.exit(0);
      })();
    }
  });
  process.send?.({ type: 'ready', url: server.url, ...memory() });
}

main().catch((e: unknown) => {
  process.send?.({ type: 'error', message: e instanceof Error ? e.message.split('\n')[0] : String(e) });
  process.exit(1);
});
