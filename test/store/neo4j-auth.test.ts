import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors/index.js';
import { createNeo4jStore } from '../../src/store/neo4j/index.js';
import { javaAvailable, neo4jRequired, startPrivateNeo4j, type PrivateNeo4j } from '../support/neo4j.js';

// A second local Neo4j, with authentication on, to check what a wrong password does.
const java = javaAvailable();
if (!java) {
  const reason = 'Neo4j authentication tests skipped: `java` is not installed (Neo4j 5.26 needs Java 17)';
  if (neo4jRequired()) throw new Error(reason.replace('skipped', 'REQUIRED (CI or KG_REQUIRE_NEO4J=1) but cannot run'));
  console.warn(reason);
}

describe.skipIf(!java)('Neo4j with authentication (a second local instance)', () => {
  let neo: PrivateNeo4j;
  const password = 'kg-test-secret';

  beforeAll(async () => {
    neo = await startPrivateNeo4j({ password });
  });
  afterAll(async () => {
    await neo?.stop();
    if (neo) rmSync(neo.data, { recursive: true, force: true });
  });

  it('refuses a wrong password within 10 s with a one-line error naming the URI and the cause', async () => {
    const store = createNeo4jStore({ uri: neo.uri, user: 'neo4j', password: 'not-the-password' });
    const started = Date.now();
    const err = await store.init().then(
      () => null,
      (e: unknown) => e,
    );
    await store.close();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).toBe(`${neo.uri}: authentication failed (wrong user or password)`);
  });

  it('refuses a missing password the same way', async () => {
    const store = createNeo4jStore({ uri: neo.uri });
    await expect(store.init()).rejects.toThrow(/authentication failed/);
    await store.close();
  });

  it('works with the right password', async () => {
    const store = createNeo4jStore({ uri: neo.uri, user: 'neo4j', password });
    try {
      await store.init();
      expect(await store.ping()).toBe(true);
      expect(await store.counts()).toEqual({ nodes: 0, relationships: 0, articles: 0 });
    } finally {
      await store.close();
    }
  });
});
