import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seedExpectedGraph } from '../support/graphs.js';
import { serveGraphInSuite } from '../support/servers.js';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/**
 * A raw POST: `chunks` are written one by one, with a Content-Length unless `chunked` (then node
 * sends Transfer-Encoding: chunked, which the fast path leaves to express).
 */
function post(url: string, headers: Record<string, string>, chunks: (string | Buffer)[], chunked = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const length = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
    const req = http.request(url, { method: 'POST', headers: chunked ? headers : { ...headers, 'content-length': String(length) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const TYPENAME = JSON.stringify({ query: '{ model(name: "A.X 4.0") { name } }' });
const NOT_JSON = { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] };

describe('POST /graphql without express (the fast path) and with it (everything else)', () => {
  const served = serveGraphInSuite(seedExpectedGraph);

  it('answers a plain JSON POST with the data, a length, JSON type and no-store', async () => {
    const r = await post(served.url, JSON_HEADERS, [TYPENAME]);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ data: { model: { name: 'A.X 4.0' } } });
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.headers['content-length']).toBe(String(Buffer.byteLength(r.text)));
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['x-powered-by']).toBeUndefined();
  });

  it('sends a large non-ASCII answer (written from a Buffer) with its byte length', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `a${i}: model(name: "A.X 4.0") { name developer { name country } basedOn { evidence { sentence rule } } }`);
    const r = await post(served.url, JSON_HEADERS, [JSON.stringify({ query: `{ ${fields.join(' ')} }` })]);
    expect(r.status).toBe(200);
    expect(r.text.length).toBeGreaterThan(16_384);
    expect(r.text).toMatch(/[\uAC00-\uD7A3]/);
    expect(r.headers['content-length']).toBe(String(Buffer.byteLength(r.text)));
    expect(Object.keys(JSON.parse(r.text).data)).toHaveLength(100);
  });

  it('gives the same answer for a body sent in pieces, chunked, with a charset or a query string', async () => {
    const pieces = [TYPENAME.slice(0, 7), TYPENAME.slice(7)];
    const answers = await Promise.all([
      post(served.url, JSON_HEADERS, pieces),
      post(served.url, JSON_HEADERS, pieces, true),
      post(served.url, { 'content-type': 'Application/JSON; charset="UTF-8"' }, [TYPENAME]),
      post(`${served.url}?x=1`, JSON_HEADERS, [TYPENAME]),
      post(served.url, { ...JSON_HEADERS, 'content-encoding': 'gzip' }, [gzipSync(TYPENAME)]),
      post(served.url, JSON_HEADERS, [`\uFEFF \n${TYPENAME}`]),
    ]);
    for (const r of answers) {
      expect(r.status).toBe(200);
      expect(JSON.parse(r.text)).toEqual({ data: { model: { name: 'A.X 4.0' } } });
    }
  });

  it('answers malformed JSON the same on both paths (400, BAD_REQUEST, no stack)', async () => {
    for (const chunked of [false, true]) {
      for (const body of ['{"query": "{ __typename }"', '"{ __typename }"', '  7']) {
        const r = await post(served.url, JSON_HEADERS, [body], chunked);
        expect(r.status).toBe(400);
        expect(JSON.parse(r.text)).toEqual(NOT_JSON);
      }
    }
  });

  it('answers an empty body as Apollo does (400, no query)', async () => {
    for (const chunked of [false, true]) {
      const r = await post(served.url, JSON_HEADERS, [''], chunked);
      expect(r.status).toBe(400);
      expect(r.text).toMatch(/POST body missing/);
    }
  });

  it('leaves other charsets and content types to express: 415 for latin1, CSRF refusal for text/plain', async () => {
    const latin1 = await post(served.url, { 'content-type': 'application/json; charset=latin1' }, [TYPENAME]);
    expect(latin1.status).toBe(415);
    expect(JSON.parse(latin1.text).errors[0].extensions.code).toBe('BAD_REQUEST');
    const plain = await post(served.url, { 'content-type': 'text/plain' }, [TYPENAME]);
    expect(plain.status).toBe(400);
    expect(plain.text).toMatch(/CSRF/);
  });

  it('carries the Authorization header into the context: a wrong token is refused, the right one is not', async () => {
    const saved = process.env.KG_API_TOKEN;
    process.env.KG_API_TOKEN = 'right-token';
    try {
      const body = JSON.stringify({ query: 'mutation { deleteArticle(id: "article:none") }' });
      const wrong = await post(served.url, { ...JSON_HEADERS, authorization: 'Bearer wrong-token' }, [body]);
      expect(wrong.status).toBe(401);
      expect(wrong.headers['www-authenticate']).toBe('Bearer');
      const errors = JSON.parse(wrong.text).errors as { message: string; extensions: Record<string, unknown> }[];
      expect(errors[0]?.message).toMatch(/bearer token is not valid/);
      expect(errors[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
      const right = await post(served.url, { ...JSON_HEADERS, authorization: 'Bearer right-token' }, [body]);
      expect(right.text).not.toMatch(/UNAUTHENTICATED/);
    } finally {
      if (saved === undefined) delete process.env.KG_API_TOKEN;
      else process.env.KG_API_TOKEN = saved;
    }
  });

  it('still serves the other routes through express', async () => {
    const live = await fetch(`${served.server.url}/health/live`);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${served.server.url}/health/ready`);
    expect(ready.status).toBe(200);
    const get = await fetch(`${served.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
