/** The seed article, extracted end to end and scored against its gold graph (issue 2's bar). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { precisionRecall, readGoldFile, scoreGraph } from '../../src/eval/index.js';
import { validateGraph } from '../../src/graph/index.js';
import { extractFile } from '../../src/pipeline/index.js';

const SEED_DIR = path.resolve('seed');
const seed = path.join(SEED_DIR, fs.readdirSync(SEED_DIR).find((f) => f.endsWith('.html'))!);

describe('seed article', () => {
  it('meets the bar: edge recall 1.0, entity and edge precision ≥ 0.95, attributes ≥ 0.9', async () => {
    const { graph } = await extractFile(seed);
    validateGraph(graph, seed);
    const score = scoreGraph(readGoldFile('test/spec/seed-expected.json'), graph);
    const ent = precisionRecall(score.nodes);
    const edg = precisionRecall(score.edges);
    expect(score.report.missedEdges).toEqual([]);
    expect(edg.r).toBe(1);
    expect(ent.p).toBeGreaterThanOrEqual(0.95);
    expect(edg.p).toBeGreaterThanOrEqual(0.95);
    expect(score.attrs.ok / score.attrs.total).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every edge evidence with offsets into the article text and a rule id', async () => {
    const { graph } = await extractFile(seed);
    expect(graph.articles).toHaveLength(1);
    for (const e of graph.edges) {
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const ev of e.evidence) {
        expect(ev.articleId).toBe(graph.articles[0]!.id);
        expect(ev.end).toBeGreaterThan(ev.start);
        expect(ev.rule).toMatch(/^[a-z-]+\.[a-z0-9-]+$/);
      }
    }
    const basedOn = graph.edges.filter((e) => e.type === 'BASED_ON');
    expect(basedOn.every((e) => e.properties.status === 'stated')).toBe(true);
  });

  it('is deterministic: two runs give the same document', async () => {
    const a = await extractFile(seed);
    const b = await extractFile(seed);
    expect(JSON.stringify(a.graph)).toBe(JSON.stringify(b.graph));
  });
});
