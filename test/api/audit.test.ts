import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { seedExpectedGraph } from '../support/graphs.js';
import { serveGraphInSuite } from '../support/servers.js';

/**
 * graphql-http's GraphQL-over-HTTP audit suite against the real server on an ephemeral port:
 * no audit may fail at error level (MUST); warnings (SHOULD) and notices (MAY) are printed.
 */
describe('GraphQL over HTTP audit (graphql-http serverAudits)', () => {
  const served = serveGraphInSuite(seedExpectedGraph);

  it('has no audit result at error level', async () => {
    const audits = serverAudits({ url: served.url, fetchFn: fetch });
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
