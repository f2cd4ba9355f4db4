import { GraphQLError, type ASTNode } from 'graphql';
import { HeaderMap } from '@apollo/server';

/** Codes clients can switch on when a request goes over a limit. */
export type LimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_COSTLY';

/** A refusal for going over a limit: HTTP 400, `extensions.code`, the measured value and the limit. */
export function limitError(code: LimitCode, message: string, measured: number, limit: number, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: { code, measured, limit, http: { status: 400, headers: new HeaderMap() } },
  });
}
