import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode, type GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { createAliasLimitRule } from './aliases.js';
import { createCostLimitRule } from './cost.js';
import { createDepthLimitRule } from './depth.js';
import type { ApiLimits } from './limits.js';

/** The three limit rules, for graphql-js `validate` (the cost rule reads `first: $n` from `variables`). */
export function createLimitRules(limits: ApiLimits, variables?: Readonly<Record<string, unknown>>): ValidationRule[] {
  return [
    createDepthLimitRule(limits.maxDepth),
    createAliasLimitRule(limits.maxAliases),
    createCostLimitRule({ max: limits.maxCost, defaultListSize: limits.defaultListSize, variables }),
  ];
}

/**
 * Applies the limit rules to every operation once Apollo has parsed and validated it, with the
 * request's variables in hand. The first refusal is the answer: HTTP 400 with its code
 * (QUERY_TOO_DEEP, TOO_MANY_ALIASES, QUERY_TOO_COSTLY) in `extensions.code`. (Rules given to
 * Apollo's `validationRules` would have their code replaced by GRAPHQL_VALIDATION_FAILED.)
 */
export function createLimitsPlugin(limits: ApiLimits): ApolloServerPlugin {
  // Apollo hands back the same DocumentNode for the same query text (its document cache), so a
  // document passed once with the same variables passes again: remember those, per document.
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const key = JSON.stringify(request.variables ?? {});
          if (passed.get(document)?.has(key)) return;
          const error = checkLimits(schema, document, createLimitRules(limits, request.variables ?? undefined));
          if (error) throw error;
          if (key.length <= MAX_KEY_CHARS) rememberPass(passed, document, key);
        },
      };
    },
  };
}

/** Keeps at most MAX_PASSES variable sets per document (a client sending ever new variables cannot grow it). */
const MAX_PASSES = 64;
/** Variables longer than this (pages sent to ingestArticle) are not remembered. */
const MAX_KEY_CHARS = 4096;

function rememberPass(passed: WeakMap<DocumentNode, Set<string>>, document: DocumentNode, key: string): void {
  let keys = passed.get(document);
  if (!keys) passed.set(document, (keys = new Set()));
  if (keys.size >= MAX_PASSES) keys.clear();
  keys.add(key);
}

/**
 * Runs the limit rules over a document and returns the first refusal. The rules need only the
 * document, the schema and reportError, so this is a small stand-in for graphql-js `validate`
 * that does not assert the schema (which fails when Apollo and this module load different copies
 * of graphql, as under vitest).
 */
export function checkLimits(schema: GraphQLSchema, document: DocumentNode, rules: readonly ValidationRule[]): GraphQLError | undefined {
  let first: GraphQLError | undefined;
  const context = {
    getDocument: () => document,
    getSchema: () => schema,
    reportError: (e: GraphQLError) => void (first ??= e),
  } as unknown as ValidationContext;
  for (const rule of rules) {
    visit(document, rule(context));
    if (first) return first;
  }
  return undefined;
}
