/**
 * What an article mentions, on the embedded store: the ends of the edges it gives evidence for,
 * and every node of a document that held only that article, kept up to date through loads and
 * deletes. Checked against that definition, computed here from the store's exported graph.
 */
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/graph/index.js';
import { createEmbeddedStore } from '../../src/store/index.js';
import { syntheticGraph } from '../../src/bench/synthetic-graph.js';

/** The graph as one document per article: its evidence, the edges it supports and their ends. */
function perArticle(graph: GraphDocument): GraphDocument[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.articles.map((a) => {
    const edges = graph.edges
      .map((e) => ({ ...e, evidence: e.evidence.filter((ev) => ev.articleId === a.id) }))
      .filter((e) => e.evidence.length > 0);
    const ends = [...new Set(edges.flatMap((e) => [e.source, e.target]))].map((id) => nodes.get(id)!);
    return { version: 1, articles: [a], nodes: ends, edges };
  });
}

describe('embedded store: what an article mentions', () => {
  it('is the ends of its evidence and the nodes of its own documents, through loads and deletes', async () => {
    const graph = syntheticGraph(2000, 7);
    const docs = perArticle(graph);
    expect(docs.length).toBeGreaterThan(10);
    const store = createEmbeddedStore();
    const half = Math.floor(docs.length / 2);
    const own = new Map<string, Set<string>>(); // article → nodes of one-article documents
    for (const d of docs.slice(0, half)) {
      await store.load(d);
      own.set(d.articles[0]!.id, new Set(d.nodes.map((n) => n.id)));
    }
    await store.load({ ...graph, edges: graph.edges.slice(0, Math.floor(graph.edges.length / 2)) });

    const check = async () => {
      const g = await store.exportGraph();
      const ids = g.articles.map((a) => a.id);
      const live = new Set(g.nodes.map((n) => n.id));
      const want = ids.map((id) => {
        const set = new Set([...(own.get(id) ?? [])].filter((n) => live.has(n)));
        for (const e of g.edges) if (e.evidence.some((ev) => ev.articleId === id)) set.add(e.source).add(e.target);
        return [...set].sort();
      });
      const got = (await store.articleMentions!(ids)).map((ns) => ns.map((n) => n.id).sort());
      expect(got).toEqual(want);
      return got.flat().length;
    };
    expect(await check()).toBeGreaterThan(0);
    for (const d of docs.slice(0, 4)) expect(await store.deleteArticle(d.articles[0]!.id)).toBe(true);
    for (const d of docs.slice(half, half + 3)) expect(await store.deleteArticle(d.articles[0]!.id)).toBe(true);
    expect(await check()).toBeGreaterThan(0);
  });
});
