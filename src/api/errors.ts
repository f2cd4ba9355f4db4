import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { KgError } from '../errors/index.js';

/**
 * What a client sees of an error: the message and `extensions.code` (a KgError's code, or the
 * GraphQL one); never a stack trace unless NODE_ENV=development. Unexpected errors say only that
 * something went wrong inside.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const dev = process.env.NODE_ENV === 'development';
  const original = unwrapResolverError(error);
  const { stacktrace, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (original instanceof KgError) {
    return { ...formatted, message: original.message, extensions: { ...extensions, code: original.code, ...(dev ? { stacktrace } : {}) } };
  }
  if (extensions.code === 'INTERNAL_SERVER_ERROR' && !dev) {
    return { ...formatted, message: 'internal error: the server could not answer this field', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return { ...formatted, extensions: { ...extensions, ...(dev && stacktrace ? { stacktrace } : {}) } };
}
