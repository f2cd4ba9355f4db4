/**
 * The Neo4j writer's batches hold whole articles (what makes "an article's facts commit together
 * or not at all" true when a load is cut off): checked on the plan itself, with edges cited by
 * several articles and nodes no edge touches. The end-to-end check is load-interrupted.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../src/bench/synthetic-graph.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { planBatches } from '../../src/store/neo4j/writer.js';

function sharedGraph(): GraphDocument {
  const g = syntheticGraph(3000, 7);
  // Every 5th edge is also cited by the next article; one lone node is touched by no edge.
  g.edges.forEach((e, i) => {
    if (i % 5 !== 0) return;
    const first = e.evidence[0]!;
    const at = g.articles.findIndex((a) => a.id === first.articleId);
    const other = g.articles[(at + 1) % g.articles.length]!.id;
    e.evidence.push({ ...first, articleId: other, start: first.start + 1, end: first.end + 1 });
  });
  g.nodes.push({ id: 'company:lone', type: 'Company', name: 'Lone', aliases: [], properties: {} });
  return g;
}

describe('planBatches: one transaction per group of whole articles, each node written once', () => {
  for (const batchSize of [1, 50, 400, 100_000]) {
    it(`batch size ${batchSize}`, () => {
      const graph = sharedGraph();
      const { batches, nodeIds, edgeIds } = planBatches(graph, 0, batchSize);
      expect(nodeIds).toBe(graph.nodes.length);
      expect(edgeIds).toBe(graph.edges.length);
      expect(batches.reduce((n, b) => n + b.size, 0)).toBe(graph.articles.length + graph.nodes.length + graph.edges.length);

      const batchOfArticle = new Map<string, number>();
      batches.forEach((b, i) => {
        for (const a of b.articles) {
          expect(batchOfArticle.has(a.id), `article ${a.id} in two batches`).toBe(false);
          batchOfArticle.set(a.id, i);
        }
      });
      expect(batchOfArticle.size).toBe(graph.articles.length);

      // Each node is written once, in the first batch that needs it; each (edge, article) evidence
      // entry in the article's batch, with both endpoints written in that batch or an earlier one.
      const written = new Set<string>();
      const nodes = new Set<string>();
      batches.forEach((b, i) => {
        for (const r of [...b.nodes.values()].flat()) {
          expect(nodes.has(r.id), `node ${r.id} written twice`).toBe(false);
          nodes.add(r.id);
        }
        for (const rows of b.edges.values()) {
          for (const row of rows) {
            for (const key of row.evKeys) {
              const article = key.split('|')[0]!;
              expect(batchOfArticle.get(article), `evidence of ${article} outside its batch`).toBe(i);
              written.add(`${row.id}#${key}`);
            }
            expect(nodes.has(row.source) && nodes.has(row.target), `endpoints of ${row.id}`).toBe(true);
          }
        }
      });
      const expected = graph.edges.reduce((n, e) => n + e.evidence.length, 0);
      expect(written.size).toBe(expected);
      expect(nodes.size).toBe(graph.nodes.length);
      expect(batches.some((b) => [...b.nodes.values()].flat().some((r) => r.id === 'company:lone'))).toBe(true);
      if (batchSize === 100_000) expect(batches).toHaveLength(1);
    });
  }
});
