import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/index.js';
import { createEmbeddedStore, type Store } from '../../src/store/index.js';
import { seedExpectedGraph } from '../support/graphs.js';

/**
 * graphql-http's GraphQL-over-HTTP audit suite against the real server on an ephemeral port:
 * no audit may fail at error level (MUST); warnings (SHOULD) and notices (MAY) are printed.
 */
describe('GraphQL over HTTP audit (graphql-http serverAudits)', () => {
  let store: Store;
  let server: RunningServer;

  beforeAll(async () => {
    store = createEmbeddedStore();
    await store.init();
    await store.load(seedExpectedGraph());
    server = await startServer({ store, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('has no audit result at error level', async () => {
    const audits = serverAudits({ url: `${server.url}/graphql`, fetchFn: fetch });
    const results = await Promise.all(audits.map((a) => a.fn()));
    expect(results.length).toBeGreaterThan(40);
    const byStatus = new Map<string, string[]>();
    for (const r of results) {
      const line = r.status === 'ok' ? r.name : `${r.name} — ${r.reason}`;
      byStatus.set(r.status, [...(byStatus.get(r.status) ?? []), line]);
    }
    const count = (s: string) => byStatus.get(s)?.length ?? 0;
    const summary = [
      `graphql-http audit: ${count('ok')} ok, ${count('notice')} notice, ${count('warn')} warn, ${count('error')} error`,
      ...['error', 'warn', 'notice'].flatMap((s) => (byStatus.get(s) ?? []).map((l) => `  [${s}] ${l}`)),
    ].join('\n');
    console.log(summary);
    expect(byStatus.get('error') ?? []).toEqual([]);
  });
});
