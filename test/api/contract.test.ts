import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/index.js';
import { checkContract } from '../../src/eval/contract.js';
import type { Store } from '../../src/store/index.js';
import { SPEC_DIR, seedExpectedGraph, seedGraph } from '../support/graphs.js';
import { STORE_FACTORIES } from '../support/stores.js';

const queries = readFileSync(path.join(SPEC_DIR, 'contract.graphql'), 'utf8');
const expected = JSON.parse(readFileSync(path.join(SPEC_DIR, 'contract-expected.json'), 'utf8')) as Record<string, unknown>;

describe('the seed graph', () => {
  it('comes from the extraction pipeline (not the gold stand-in)', async () => {
    const seed = await seedGraph();
    expect(seed.source, `the contract must run on the extracted seed graph, but: ${seed.problem}`).toBe('pipeline');
  });
});

for (const factory of STORE_FACTORIES) {
  describe(`contract over HTTP on the ${factory.name} store`, () => {
    for (const variant of ['extracted seed', 'gold stand-in'] as const) {
      describe(variant, () => {
        let store: Store;
        let server: RunningServer;
        let skipped = '';
        beforeAll(async () => {
          const seed = await seedGraph();
          if (variant === 'extracted seed' && seed.source !== 'pipeline') skipped = `no extracted seed graph: ${seed.problem}`;
          store = await factory.create(variant === 'extracted seed' ? seed.graph : seedExpectedGraph());
          server = await startServer({ store, port: 0 });
        });
        afterAll(async () => {
          await server?.close();
          await store?.close();
        });

        it('answers every contract operation as contract-expected.json says', async (ctx) => {
          if (skipped) ctx.skip(skipped);
          const report = await checkContract(`${server.url}/graphql`, queries, expected);
          const failures = report.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.problem}`);
          expect(failures).toEqual([]);
          expect(report.passed).toBe(Object.keys(expected).length);
        });
      });
    }
  });
}
