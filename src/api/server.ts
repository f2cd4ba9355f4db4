import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import type { Store } from '../store/index.js';
import { createContext, type ApiContext } from './context.js';
import { formatError } from './errors.js';
import { createJitPlugin } from './jit.js';
import { createGraphqlFastPath } from './graphql-http.js';
import { ResponseCache, responseCacheWanted } from './response-cache.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';
import { serveBuild } from './static.js';
import { mountExportRoutes } from './routes/exports.js';
import { mountViewerRoutes } from './routes/viewer.js';
import { authenticate, createFinalErrorHandler, createLimitsPlugin, createRequestErrorHandler, readLimits, type ApiLimits } from './security/index.js';

/** Where `npm run build:web` writes the pages. */
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface AppOptions {
  store: Store;
  logger?: Logger;
  /** The web build to serve (default dist/web). */
  webDir?: string;
  /** An http server to drain on stop (startServer passes its own). */
  httpServer?: http.Server;
  /** Request limits (default: src/api/security/limits.ts, then KG_API_* environment variables). */
  limits?: Partial<ApiLimits>;
  /** Remember whole query answers while the graph is unchanged (default: KG_RESPONSE_CACHE=1; see response-cache.ts). */
  responseCache?: boolean;
}

export interface App {
  app: express.Express;
  apollo: ApolloServer<ApiContext>;
  /** What the http server runs: plain POST /graphql on the fast path (graphql-http.ts), the rest in `app`. */
  handle: http.RequestListener;
}

/** Builds the Apollo server and the express app: GET / playground, /graphql, /health/live, /health/ready. */
export async function createApp(options: AppOptions): Promise<App> {
  const { store, logger } = options;
  const webDir = options.webDir ?? WEB_DIST;
  const limits = readLimits(options.limits);
  // Queries are executed by graphql-jit (jit.ts, a plugin answering responseForOperation); KG_GRAPHQL_JIT=0 turns it off.
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  const apollo = new ApolloServer<ApiContext>({
    schema,
    csrfPrevention: true,
    // The process owner stops the server (kg serve on SIGINT/SIGTERM drains, closes the store and
    // exits 0); Apollo's own handlers would re-raise the signal and kill the process mid-shutdown.
    stopOnTerminationSignals: false,
    // The playground needs it; Apollo's default turns it off under NODE_ENV=production (kg serve's default).
    introspection: true,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    formatError,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      createLimitsPlugin(limits),
      ...(process.env.KG_GRAPHQL_JIT === '0' ? [] : [createJitPlugin<ApiContext>(schema)]),
      ApolloServerPluginLandingPageDisabled(),
      // The schema has no cache hints, so Apollo's cache-control plugin only ever answered
      // "no-store", at the price of a hook around every field resolver: say it directly instead.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      ...(options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })] : []),
    ],
    ...(logger ? { logger: pinoForApollo(logger) } : {}),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/health/ready', async (_req, res) => {
    let ready = false;
    try {
      ready = await store.ping();
    } catch {
      ready = false;
    }
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', store: store.kind });
  });
  app.use(
    '/graphql',
    express.json({ limit: limits.maxBodyBytes }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(store, authenticate(req.headers.authorization)) }),
  );
  app.use('/graphql', createRequestErrorHandler(limits.maxBodyBytes));
  app.get('/', (req, res, next) => {
    const page = path.join(webDir, 'playground/index.html');
    if (!existsSync(page)) return void res.status(503).type('html').send(MISSING_BUILD_PAGE);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page, (e) => e && next(e));
  });
  mountExportRoutes(app, { store, ...(logger ? { logger } : {}) });
  mountViewerRoutes(app, { distDir: webDir });
  app.use(serveBuild(webDir));
  app.use(createFinalErrorHandler(logger));
  const cache = (options.responseCache ?? responseCacheWanted()) && store.revision ? new ResponseCache() : undefined;
  const fast = createGraphqlFastPath(apollo, store, limits.maxBodyBytes, cache);
  const handle: http.RequestListener = (req, res) => {
    if (!fast(req, res)) void app(req, res);
  };
  return { app, apollo, handle };
}

/** `Cache-Control: no-store` on every GraphQL response that does not set its own. */
const noStorePlugin: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

const MISSING_BUILD_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>sovereign-kg: playground not built</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>The playground is not built yet</h1>
<p>Run <code>npm run build:web</code> in the repository, then reload this page.</p>
<p>The GraphQL API itself is up at <a href="/graphql"><code>/graphql</code></a> (POST a query).</p>
</body></html>`;

function pinoForApollo(logger: Logger) {
  return {
    debug: (m: unknown) => logger.debug(String(m)),
    info: (m: unknown) => logger.info(String(m)),
    warn: (m: unknown) => logger.warn(String(m)),
    error: (m: unknown) => logger.error(String(m)),
  };
}

export interface StartOptions {
  store: Store;
  port?: number;
  host?: string;
  logger?: Logger;
  webDir?: string;
  /** See AppOptions.responseCache. */
  responseCache?: boolean;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 (the API is at `${url}/graphql`). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the app on host:port (port 0 picks a free one). close() stops Apollo and the listener; it does not close the store. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { port = 4000, host = '127.0.0.1' } = options;
  const httpServer = http.createServer();
  const { handle, apollo } = await createApp({
    store: options.store,
    logger: options.logger,
    webDir: options.webDir,
    httpServer,
    ...(options.responseCache === undefined ? {} : { responseCache: options.responseCache }),
  });
  httpServer.on('request', handle);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const actual = (httpServer.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actual}`,
    port: actual,
    close: async () => {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
