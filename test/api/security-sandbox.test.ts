import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/index.js';
import { ExtractionSandbox } from '../../src/api/security/index.js';
import { createEmbeddedStore, type Store } from '../../src/store/index.js';

/** A page that takes seconds to read: one fact in 100k sentences (3.5 MB, under the body limit; several s of CPU). */
const SLOW_TEXT = `제목\n\n${'KT가 믿:음 2.0을 공개했다. '.repeat(45_000)}`; // under parse's 50,000-sentence limit
const SMALL_TEXT = 'KT, 믿:음 2.0 공개\n2025.07.03\n\nKT가 한국어 모델 믿:음 2.0을 오픈소스로 공개했다고 3일 밝혔다.';
const TOKEN = 'sandbox-test-token-71c0';

describe('ingest extraction sandbox (worker thread with a time budget)', () => {
  const saved = process.env.KG_INGEST_TIMEOUT_MS;
  afterAll(() => {
    if (saved === undefined) delete process.env.KG_INGEST_TIMEOUT_MS;
    else process.env.KG_INGEST_TIMEOUT_MS = saved;
  });

  it('stops a page over the budget with INGEST_TIMEOUT, then reads the next page with a fresh worker', async () => {
    const sandbox = new ExtractionSandbox();
    try {
      process.env.KG_INGEST_TIMEOUT_MS = '60000';
      const warm = await sandbox.extract('text', SMALL_TEXT); // starts the worker outside the budget below
      expect(warm.graph.articles).toHaveLength(1);

      process.env.KG_INGEST_TIMEOUT_MS = '300';
      const started = performance.now();
      await expect(sandbox.extract('text', SLOW_TEXT)).rejects.toMatchObject({
        code: 'INGEST_TIMEOUT',
        message: 'ingestArticle: reading the page took longer than 300 ms and was stopped',
      });
      expect(performance.now() - started).toBeLessThan(5000);

      process.env.KG_INGEST_TIMEOUT_MS = '60000';
      const after = await sandbox.extract('text', SMALL_TEXT);
      expect(after.graph).toEqual(warm.graph);
    } finally {
      await sandbox.close();
    }
  });

  it("passes the page's own input errors through (INPUT_INVALID naming the input)", async () => {
    const sandbox = new ExtractionSandbox({ timeoutMs: 60_000 });
    try {
      await expect(sandbox.extract('text', 'a\u0000b\u0000c')).rejects.toMatchObject({ code: 'INPUT_INVALID', message: expect.stringMatching(/^text: /) });
    } finally {
      await sandbox.close();
    }
  });

  it('stops a worker that runs out of its heap with INGEST_TOO_COSTLY', async () => {
    const sandbox = new ExtractionSandbox({ timeoutMs: 120_000, maxHeapMb: 48 });
    try {
      const huge = `제목\n\n${'SK텔레콤은 알리바바의 Qwen2.5를 기반으로 A.X 4.0을 만들었다. '.repeat(45_000)}`;
      await expect(sandbox.extract('text', huge)).rejects.toMatchObject({ code: 'INGEST_TOO_COSTLY' });
    } finally {
      await sandbox.close();
    }
  });
});

describe('the API keeps answering reads while a slow page is ingested', () => {
  let store: Store;
  let server: RunningServer;
  const saved = { token: process.env.KG_API_TOKEN, timeout: process.env.KG_INGEST_TIMEOUT_MS };
  beforeAll(async () => {
    process.env.KG_API_TOKEN = TOKEN;
    store = createEmbeddedStore();
    await store.init();
    server = await startServer({ store, port: 0 });
  });
  afterAll(async () => {
    for (const [k, v] of [['KG_API_TOKEN', saved.token], ['KG_INGEST_TIMEOUT_MS', saved.timeout]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await server?.close();
    await store?.close();
  });

  const post = (body: unknown, auth = false) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${TOKEN}` } : {}) },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } }));

  it('reads answer within 1 s while a page is being read, and the ingest ends with a clear INGEST_TIMEOUT', async () => {
    process.env.KG_INGEST_TIMEOUT_MS = '60000';
    const warm = await post({ query: 'mutation($t: String) { ingestArticle(text: $t) { articleId } }', variables: { t: SMALL_TEXT } }, true);
    expect(warm.body.errors).toBeUndefined();

    process.env.KG_INGEST_TIMEOUT_MS = '600'; // the page takes 1.2–1.8 s: stopped midway on any machine
    const ingest = post({ query: 'mutation($t: String) { ingestArticle(text: $t) { articleId } }', variables: { t: SLOW_TEXT } }, true);
    await new Promise((r) => setTimeout(r, 200));
    const latencies: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const read = await post({ query: '{ model(name: "믿:음 2.0") { name } }' });
      latencies.push(performance.now() - t);
      expect(read.body.errors).toBeUndefined();
      expect(read.body.data.model).toEqual({ name: expect.any(String) });
    }
    console.log(`read latencies during a slow ingest: ${latencies.map((l) => l.toFixed(0)).join(', ')} ms`);
    // in-thread, a read would wait for the whole ingest (tens of seconds for this page)
    expect(Math.max(...latencies)).toBeLessThan(1000);
    const slow = await ingest;
    expect(slow.body.errors?.[0]).toMatchObject({
      message: 'ingestArticle: reading the page took longer than 600 ms and was stopped',
      extensions: { code: 'INGEST_TIMEOUT' },
    });
  });
});
