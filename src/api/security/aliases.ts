import { Kind, visit, type ValidationContext, type ValidationRule } from 'graphql';
import { limitError } from './errors.js';

/**
 * Refuses documents with more than `max` aliased fields (each alias is another resolver run, so
 * aliases are the cheap way to multiply work): "Query uses 500 aliases, more than the limit of 100",
 * code TOO_MANY_ALIASES.
 */
export function createAliasLimitRule(max: number): ValidationRule {
  return (context: ValidationContext) => ({
    Document(doc) {
      let count = 0;
      visit(doc, {
        [Kind.FIELD](node) {
          if (node.alias) count += 1;
        },
      });
      if (count > max) {
        context.reportError(limitError('TOO_MANY_ALIASES', `Query uses ${count} aliases, more than the limit of ${max}`, count, max));
      }
      return false;
    },
  });
}
