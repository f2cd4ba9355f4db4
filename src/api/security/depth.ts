import type { ValidationContext, ValidationRule } from 'graphql';
import { limitError } from './errors.js';
import { fragmentsOf, measureDepth } from './walk.js';

/**
 * Refuses operations nested deeper than `max` fields (fragments followed, introspection ignored):
 * "Query depth 20 exceeds the limit of 12", code QUERY_TOO_DEEP.
 */
export function createDepthLimitRule(max: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(op) {
      const depth = measureDepth(op.selectionSet, fragmentsOf(context));
      if (depth > max) {
        const name = op.name ? `Operation "${op.name.value}": query` : 'Query';
        context.reportError(limitError('QUERY_TOO_DEEP', `${name} depth ${depth} exceeds the limit of ${max}`, depth, max, op));
      }
      return false;
    },
  });
}
