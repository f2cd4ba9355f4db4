import { createHash, timingSafeEqual } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Who is calling: whether the request carried the API token. */
export interface RequestAuth {
  /** True when `Authorization: Bearer <KG_API_TOKEN>` matched. */
  authenticated: boolean;
  /** Why not, in words a client can act on (undefined when authenticated). */
  problem?: string;
}

export const ANONYMOUS: RequestAuth = Object.freeze({ authenticated: false, problem: 'mutations need an Authorization: Bearer <token> header' });

/** Compares two secrets in constant time (hashes first, so lengths leak nothing either). */
export function secretsMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Reads the Authorization header against the token (KG_API_TOKEN unless given). With no token
 * configured, nobody is authenticated and mutations are disabled.
 */
export function authenticate(header: string | undefined, token: string | undefined = process.env.KG_API_TOKEN): RequestAuth {
  if (!token) return { authenticated: false, problem: 'mutations are disabled on this server: start it with KG_API_TOKEN set to enable them' };
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return { authenticated: false, problem: 'the Authorization header must be "Bearer <token>"' };
  if (!secretsMatch(match[1], token)) return { authenticated: false, problem: 'the bearer token is not valid' };
  return { authenticated: true };
}

/** Throws UNAUTHENTICATED (HTTP 401, WWW-Authenticate: Bearer) unless the request is authenticated. */
export function requireAuthenticated(auth: RequestAuth | undefined, action: string): void {
  const a = auth ?? ANONYMOUS;
  if (a.authenticated) return;
  throw new GraphQLError(`${action}: ${a.problem ?? 'not authenticated'}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) } },
  });
}
