import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Store } from '../store/index.js';
import { createContext, type ApiContext } from './context.js';
import type { ResponseCache } from './response-cache.js';
import { authenticate, requestErrorAnswer } from './security/index.js';

/** Handles a request and says true, or says false (and touches nothing) for express to handle it. */
export type FastHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** `application/json`, optionally with `charset=utf-8`: what body-parser would read as plain UTF-8 JSON. */
const JSON_UTF8 = /^application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;

/**
 * POST /graphql straight from node:http to Apollo's executeHTTPGraphQLRequest, without express's
 * router, body-parser and res.send (ETag hashing, Buffer copies): most of a cheap query's CPU was
 * those layers. It takes only the plain case: a UTF-8 JSON body of a declared length within the
 * limit, not compressed. Anything else (chunked or oversized bodies, other content types or
 * charsets, other methods, /graphql/… paths) goes to express as before, so its refusals (413,
 * 415, CSRF) are unchanged; malformed JSON gets the same answer the express error handler gives.
 */
export function createGraphqlFastPath(apollo: ApolloServer<ApiContext>, store: Store, maxBodyBytes: number, cache?: ResponseCache): FastHandler {
  return (req, res) => {
    if (req.method !== 'POST' || !isGraphqlPath(req.url)) return false;
    const h = req.headers;
    const type = h['content-type'];
    if (!type || !JSON_UTF8.test(type)) return false;
    const encoding = h['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
    const length = h['content-length'] === undefined ? NaN : Number(h['content-length']);
    if (!Number.isSafeInteger(length) || length > maxBodyBytes || h['transfer-encoding'] !== undefined) return false;
    readBody(req, length, (text) => void answer(apollo, store, req, res, text, cache));
    return true;
  };
}

/** `/graphql` or `/graphql?…` (express matches more, e.g. /GraphQL and /graphql/; those go to it). */
function isGraphqlPath(url: string | undefined): boolean {
  return url !== undefined && url.startsWith('/graphql') && (url.length === 8 || url.charCodeAt(8) === 63 /* ? */);
}

/** Collects the body; `done` is not called when the client goes away first. */
function readBody(req: IncomingMessage, length: number, done: (text: string) => void): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const buf = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
    done(buf.toString('utf8'));
  });
  req.on('error', () => req.destroy());
}

async function answer(apollo: ApolloServer<ApiContext>, store: Store, req: IncomingMessage, res: ServerResponse, text: string, cache?: ResponseCache): Promise<void> {
  try {
    // opt-in (response-cache.ts): only without credentials, keyed by what the answer depends on
    const cacheable = cache && store.revision && req.headers.authorization === undefined;
    const key = cacheable ? `${req.headers.accept ?? ''}\n${text}` : '';
    const revision = cacheable ? store.revision!() : 0;
    if (cacheable) {
      const hit = cache.get(key, revision);
      if (hit) {
        res.setHeader('cache-control', 'no-store');
        return send(res, 200, hit.type, hit.body);
      }
    }
    const body = parseJsonBody(text);
    if (body === NOT_JSON) {
      const bad = requestErrorAnswer({ type: 'entity.parse.failed', status: 400 }, 0);
      return send(res, bad.status, JSON_TYPE, JSON.stringify(bad.body));
    }
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const q = req.url!.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: q < 0 ? '' : req.url!.slice(q), body },
      context: async () => createContext(store, authenticate(req.headers.authorization)),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const type = response.headers.get('content-type');
      if (cacheable && res.statusCode === 200 && type) {
        const b = body as { query?: unknown; operationName?: unknown };
        cache.offer(key, revision, b.query, b.operationName, type, response.body.string);
      }
      return send(res, res.statusCode, undefined, response.body.string);
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } catch {
    if (res.headersSent) return void res.destroy();
    const failed = requestErrorAnswer({}, 0);
    send(res, failed.status, JSON_TYPE, JSON.stringify(failed.body));
  }
}

const JSON_TYPE = 'application/json; charset=utf-8';
const NOT_JSON = Symbol('not JSON');

/** As body-parser's strict JSON: empty is {}, the text must start with { or [ (a BOM dropped). */
function parseJsonBody(text: string): unknown {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.length === 0) return {};
  const first = /^[\x20\x09\x0a\x0d]*(.)/.exec(t)?.[1];
  if (first !== '{' && first !== '[') return NOT_JSON;
  try {
    return JSON.parse(t);
  } catch {
    return NOT_JSON;
  }
}

/**
 * A small answer goes out with its headers in one string write; a large one (ForeignBased: 150 KB)
 * is encoded once into a Buffer, instead of once to count its bytes and again to write it.
 */
function send(res: ServerResponse, status: number, type: string | undefined, body: string): void {
  res.statusCode = status;
  if (type) res.setHeader('content-type', type);
  if (body.length < 16_384) {
    res.setHeader('content-length', Buffer.byteLength(body));
    return void res.end(body);
  }
  const bytes = Buffer.from(body, 'utf8');
  res.setHeader('content-length', bytes.length);
  res.end(bytes);
}
