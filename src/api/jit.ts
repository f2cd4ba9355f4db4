/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter. graphql-js resolves
 * every field through the same generic machinery (an info object, an argument object and a path
 * per field), which was about half of what a cheap request allocated; graphql-jit compiles each
 * operation once into a function for this schema, with the same resolvers and the same answers.
 *
 * Apollo Server has no executor option; its gateway interface is how a server supplies one, so this
 * is a gateway that serves one fixed schema. Apollo still parses, validates (with the API's limits)
 * and formats errors; only execution changes. An operation graphql-jit cannot compile is executed
 * by graphql-js as before.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { createRequire } from 'node:module';
import type { DocumentNode, ExecutionResult, GraphQLError as GraphQLErrorType, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * graphql as Apollo Server, graphql-jit and @graphql-tools load it (the package's CommonJS main:
 * it has no exports map, so a bundler-style resolver may pick its .mjs copy for our own imports,
 * a second GraphQLError class that Apollo's instanceof checks would not recognise).
 */
const { execute, GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Compiled operations, per parsed document (Apollo keeps one document object per query text) and operation name. */
type Compiled = Map<string, CompiledQuery | ExecutionResult>;

export function createJitExecutor(schema: GraphQLSchema): GatewayExecutor {
  // Weak: an entry goes when Apollo's document cache lets go of its document.
  const cache = new WeakMap<DocumentNode, Compiled>();
  return async (rc) => {
    const { document, operationName, request } = rc;
    let byName = cache.get(document);
    if (!byName) cache.set(document, (byName = new Map()));
    const name = operationName ?? '';
    let compiled = byName.get(name);
    if (!compiled) byName.set(name, (compiled = compileQuery(schema, document, operationName ?? undefined)));
    const variables = request.variables ?? {};
    if (!isCompiledQuery(compiled)) {
      return execute({ schema, document, contextValue: rc.context, variableValues: variables, operationName: operationName ?? undefined }) as Promise<ExecutionResult>;
    }
    const result = (await compiled.query(undefined, rc.context, variables)) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlError) } : result;
  };
}

/**
 * graphql-jit's errors descend from GraphQLError but are built by its own constructor, which leaves
 * `extensions` undefined when the thrown error has none; Apollo reads `extensions.code` of every
 * error, and formatError the KgError a resolver threw (through unwrapResolverError, which needs a
 * `path` and an `originalError`). Such an error is made again as a graphql GraphQLError.
 */
function asGraphqlError(e: GraphQLErrorType): GraphQLErrorType {
  if (e.extensions) return e;
  const err = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined });
  if (e.locations) (err as { locations?: GraphQLErrorType['locations'] }).locations = e.locations;
  return err;
}

/** A gateway that serves `schema` with createJitExecutor. */
export function localJitGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    async load() {
      return { executor: createJitExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
