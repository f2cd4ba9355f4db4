import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { startServer, type RunningServer } from '../../src/api/index.js';
import { createEmbeddedStore, type Store } from '../../src/store/index.js';
import { splitOperations } from '../../src/web/playground/examples.js';
import { SPEC_DIR } from '../support/graphs.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('playground operations', () => {
  it('splits the contract document into one tab per operation', () => {
    const doc = readFileSync(path.join(SPEC_DIR, 'contract.graphql'), 'utf8');
    const ops = splitOperations(doc);
    const names = ops.map((op) => /query\s+(\w+)/.exec(op)?.[1]);
    expect(names).toEqual(Object.keys(JSON.parse(readFileSync(path.join(SPEC_DIR, 'contract-expected.json'), 'utf8')) as object));
    expect(ops.every((op) => (op.match(/\{/g) ?? []).length === (op.match(/\}/g) ?? []).length)).toBe(true);
    expect(ops.every((op) => op.startsWith('query '))).toBe(true); // the file's header comment is not in a tab
  });
});

describe('playground page', () => {
  let store: Store;
  let missing: RunningServer;
  let built: RunningServer;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'kg-web-'));
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: webDir, emptyOutDir: true } });
    store = createEmbeddedStore();
    await store.init();
    missing = await startServer({ store, port: 0, webDir: path.join(webDir, 'nothing-here') });
    built = await startServer({ store, port: 0, webDir });
  }, 120_000);
  afterAll(async () => {
    await missing?.close();
    await built?.close();
  });

  it('says how to build it when the build is missing', async () => {
    const r = await fetch(`${missing.url}/`);
    expect(r.status).toBe(503);
    expect(await r.text()).toContain('npm run build:web');
  });

  it('serves the self-hosted GraphiQL page, loading only same-origin files', async () => {
    const r = await fetch(`${built.url}/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    const html = await r.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(0);
    for (const u of refs) expect(u.startsWith('/') || u.startsWith('./'), u).toBe(true);
    const css = readdirSync(path.join(webDir, 'assets')).filter((f) => f.endsWith('.css'));
    for (const f of css) expect(readFileSync(path.join(webDir, 'assets', f), 'utf8')).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
  });

  it('serves the bundle precompressed with long-lived cache headers', async () => {
    const html = await (await fetch(`${built.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const plainSize = readFileSync(path.join(webDir, script ?? '')).length;
    for (const encoding of ['br', 'gzip'] as const) {
      const r = await fetch(`${built.url}${script}`, { headers: { 'accept-encoding': encoding } });
      expect(r.status).toBe(200);
      expect(r.headers.get('content-encoding')).toBe(encoding);
      expect(r.headers.get('content-type')).toMatch(/javascript/);
      expect(r.headers.get('cache-control')).toContain('immutable');
      expect(Number(r.headers.get('content-length'))).toBeLessThan(plainSize / 2);
      expect((await r.arrayBuffer()).byteLength).toBe(plainSize); // fetch decodes it
    }
    const traversal = await fetch(`${built.url}/assets/..%2F..%2Fpackage.json`);
    expect(traversal.status).toBe(404);
  });
});
