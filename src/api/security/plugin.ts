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
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const error = checkLimits(schema, document, createLimitRules(limits, request.variables ?? undefined));
          if (error) throw error;
        },
      };
    },
  };
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
