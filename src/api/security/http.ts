import type { ErrorRequestHandler } from 'express';
import { formatBytes } from './limits.js';

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  limit?: number;
  length?: number;
}

/**
 * The express error handler for /graphql: a body too large (413), malformed JSON (400) or any other
 * failure before GraphQL answers as a GraphQL-shaped JSON error with a clear message and a code,
 * never express's HTML page with a stack trace.
 */
export function createRequestErrorHandler(maxBodyBytes: number): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    const { status, body } = requestErrorAnswer(err, maxBodyBytes);
    res.status(status).json(body);
  };
}

/** What a request that failed before GraphQL answers: its status and the GraphQL-shaped JSON error. */
export function requestErrorAnswer(err: unknown, maxBodyBytes: number): { status: number; body: { errors: [{ message: string; extensions: { code: string } }] } } {
  const e = (typeof err === 'object' && err !== null ? err : {}) as BodyParserError;
  const status = e.status ?? e.statusCode ?? 500;
  let code = 'INTERNAL_SERVER_ERROR';
  let message = 'internal error: the server could not answer this request';
  if (e.type === 'entity.too.large' || status === 413) {
    code = 'REQUEST_TOO_LARGE';
    const size = e.length ? ` (${formatBytes(e.length)})` : '';
    message = `request body too large${size}: the limit is ${formatBytes(e.limit ?? maxBodyBytes)}`;
  } else if (e.type === 'entity.parse.failed') {
    code = 'BAD_REQUEST';
    message = 'request body is not valid JSON';
  } else if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
    code = 'BAD_REQUEST';
    message = 'request body encoding or charset is not supported: send UTF-8 JSON';
  } else if (status >= 400 && status < 500) {
    code = 'BAD_REQUEST';
    message = 'the request could not be read';
  }
  return { status: status >= 400 && status < 600 ? status : 500, body: { errors: [{ message, extensions: { code } }] } };
}

interface Logs {
  error(obj: object, msg: string): void;
}

/**
 * The last express error handler: whatever a page route throws (a malformed URL, a file that
 * cannot be read) answers a short text with a fitting status, never express's page with a stack
 * trace (which it shows unless NODE_ENV=production). The error goes to the log instead.
 */
export function createFinalErrorHandler(logger?: Logs): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const e = (typeof err === 'object' && err !== null ? err : {}) as BodyParserError;
    let status = e.status ?? e.statusCode ?? 500;
    if (err instanceof URIError) status = 400;
    if (status < 400 || status > 599) status = 500;
    if (status >= 500) logger?.error({ err, path: req.path }, 'request failed');
    const message = err instanceof URIError ? 'malformed URL' : status >= 500 ? 'internal error' : status === 404 ? 'not found' : 'bad request';
    res.status(status).type('text/plain').send(`${status} ${message}\n`);
  };
}
