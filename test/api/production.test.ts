import { getIntrospectionQuery } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/index.js';
import { preferProduction } from '../../src/api/production.js';
import { createEmbeddedStore } from '../../src/store/index.js';
import { postGraphQL } from '../support/http.js';

describe('preferProduction (kg serve)', () => {
  it('sets NODE_ENV=production only when it is unset or empty', () => {
    const unset: NodeJS.ProcessEnv = {};
    expect(preferProduction(unset)).toBe(true);
    expect(unset.NODE_ENV).toBe('production');
    const empty: NodeJS.ProcessEnv = { NODE_ENV: '' };
    expect(preferProduction(empty)).toBe(true);
    expect(empty.NODE_ENV).toBe('production');
    const dev: NodeJS.ProcessEnv = { NODE_ENV: 'development' };
    expect(preferProduction(dev)).toBe(false);
    expect(dev.NODE_ENV).toBe('development');
  });
});

describe('the API under NODE_ENV=production', () => {
  const saved = process.env.NODE_ENV;
  let server: RunningServer | undefined;
  afterEach(async () => {
    process.env.NODE_ENV = saved;
    await server?.close();
    server = undefined;
  });

  it('still answers introspection (the playground needs it) and hides stack traces', async () => {
    process.env.NODE_ENV = 'production';
    const store = createEmbeddedStore();
    await store.init();
    store.getNodes = async () => {
      throw new Error('disk on fire at /var/lib/kg/graph.json');
    };
    server = await startServer({ store, port: 0 });
    const url = `${server.url}/graphql`;
    const intro = await postGraphQL(url, getIntrospectionQuery());
    expect(intro.body.errors).toBeUndefined();
    expect(intro.body.data.__schema.queryType.name).toBe('Query');
    const failed = await postGraphQL(url, '{ node(id: "model:x") { id } }');
    expect(failed.body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(failed.body)).not.toMatch(/disk on fire|\.ts:\d+/);
  });
});
