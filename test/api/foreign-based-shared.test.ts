import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../support/graphs.js';
import { postGraphQL } from '../support/http.js';
import { serveGraphInSuite } from '../support/servers.js';

/** Every KR model's developer and developers, asked one by one by name (no foreignBasedModels priming). */
async function oneByOne(url: string, names: string[]) {
  const out = [];
  for (const name of names) {
    const { body } = await postGraphQL(url, 'query($n: String!) { model(name: $n) { name developer { name country } developers { name } } }', { n: name });
    out.push(body.data.model);
  }
  return out;
}

describe('foreignBasedModels on the embedded store: one shared answer, maps per answer', () => {
  const query = '{ foreignBasedModels(country: "KR") { name developer { name country } developers { name } } }';

  const served = serveGraphInSuite(() => syntheticGraph(24));

  it('the store hands out the same frozen answer until the graph changes', async () => {
    const a = await served.store.foreignBasedWithDevelopers!('KR', false);
    expect(a.models.length).toBeGreaterThan(0);
    expect(await served.store.foreignBasedWithDevelopers!('KR', false)).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.models) && Object.isFrozen(a.developers)).toBe(true);
    await served.store.load(syntheticGraph(28));
    const b = await served.store.foreignBasedWithDevelopers!('KR', false);
    expect(b).not.toBe(a);
    expect(b.models.length).toBeGreaterThan(a.models.length);
  });

  it('answers developer/developers as the one-by-one lookups do, on every request', async () => {
    const first = await postGraphQL(served.url, query);
    expect(first.body.errors).toBeUndefined();
    const models = first.body.data.foreignBasedModels as { name: string }[];
    expect(models.length).toBeGreaterThan(3);
    expect(await oneByOne(served.url, models.map((m) => m.name))).toEqual(models);
    const again = await postGraphQL(served.url, query);
    expect(again.body).toEqual(first.body);
  });
});
