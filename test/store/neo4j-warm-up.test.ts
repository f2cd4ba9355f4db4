import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../src/graph/index.js';
import { createNeo4jStore, startWarmUpThread } from '../../src/store/neo4j/index.js';
import { neo4jForTests } from '../support/neo4j.js';

const target = await neo4jForTests();

describe('the load warm-up: nothing it does is committed', () => {
  it('a warm-up thread against a Neo4j that is not there ends with the reason, and never throws', async () => {
    const started = Date.now();
    const outcome = await startWarmUpThread({ uri: 'bolt://127.0.0.1:1', timeoutMs: 1000 }, 30).stop();
    expect(outcome.error).toMatch(/127\.0\.0\.1:1/);
    expect(outcome.rounds).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe.skipIf(!target.uri)('the load warm-up on the local Neo4j', () => {
  const uri = target.uri ?? 'bolt://127.0.0.1:7687'; // the body is collected even when skipped
  const store = createNeo4jStore({ uri });
  const graph = syntheticGraph(400);
  const everything = 'MATCH (n) RETURN count(n) AS n';

  beforeAll(async () => {
    await store.init();
    await store.clear();
  });
  afterAll(async () => {
    await store.clear();
    await store.close();
  });

  it('runs the loader in transactions it rolls back: an empty store stays empty', async () => {
    const before = await store.counts();
    const figures = await store.warmUp({ maxRounds: 2 });
    // both modes ran: the empty store's creates and the reading mode's state reads and merges
    expect(figures.rounds).toBe(2);
    expect(await store.counts()).toEqual(before);
    expect(before).toEqual({ nodes: 0, relationships: 0, articles: 0 });
  });

  it('leaves a loaded graph exactly as it was, and a later load of the same graph changes nothing', async () => {
    const loaded = await store.load(graph);
    const counts = await store.counts();
    const snapshot = await store.exportGraph();
    const figures = await store.warmUp({ maxRounds: 1 });
    expect(figures.rounds).toBe(1);
    expect(await store.counts()).toEqual(counts);
    expect(await store.exportGraph()).toEqual(snapshot);
    const again = await store.load(graph);
    expect(again).toMatchObject({
      nodesCreated: 0,
      relationshipsCreated: 0,
      nodesUpdated: loaded.nodesCreated,
    });
  });

  it('a warm-up thread stops when asked, within a batch, and reports what it ran', async () => {
    const before = await store.counts();
    const thread = startWarmUpThread({ uri }, 60);
    await new Promise((r) => setTimeout(r, 2500));
    const started = Date.now();
    const outcome = await thread.stop();
    expect(outcome.error).toBeUndefined();
    expect(outcome.rounds).toBeGreaterThanOrEqual(1);
    expect(outcome.seconds).toBeLessThan(60);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await store.counts()).toEqual(before);
  });

  it('stops by itself after its time', async () => {
    const figures = await store.warmUp({ maxSeconds: 0.5 });
    expect(figures.seconds).toBeGreaterThanOrEqual(0.5);
    expect(figures.seconds).toBeLessThan(10);
  });
});
