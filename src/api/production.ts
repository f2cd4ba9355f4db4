/**
 * `kg serve` runs in production mode unless NODE_ENV says otherwise. graphql-js reads NODE_ENV once,
 * when it is first loaded: outside production every failed `isObjectType(x)`-style check (several per
 * field) goes through a slow cross-realm test; on the embedded store's 150 KB ForeignBased answer that
 * was ~11% of the CPU. Apollo's own NODE_ENV defaults (introspection, stack traces, landing page) are
 * all set explicitly in server.ts, so they do not change with it.
 *
 * This module imports nothing: call preferProduction() before anything loads graphql (the serve
 * command and the bench's server child import the API after it).
 */
export function preferProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NODE_ENV) return false;
  env.NODE_ENV = 'production';
  return true;
}
