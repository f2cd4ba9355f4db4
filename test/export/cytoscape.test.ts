import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { renderExport, toCytoscapeDocument, toCytoscapeElements } from '../../src/export/index.js';
import { seedGraph } from '../support/graphs.js';
import { hostileGraph } from './fixtures.js';

describe('toCytoscapeElements', () => {
  it('loads into Cytoscape.js with every node and edge, names and evidence intact', () => {
    const graph = hostileGraph();
    const cy = cytoscape({ headless: true, elements: toCytoscapeElements(graph) });
    expect(cy.nodes().length).toBe(graph.nodes.length);
    expect(cy.edges().length).toBe(graph.edges.length);
    for (const node of graph.nodes) {
      const el = cy.getElementById(node.id);
      expect(el.data('label')).toBe(node.name);
      expect(el.data('type')).toBe(node.type);
      expect(el.data('aliases')).toEqual(node.aliases);
      // A property named like a Cytoscape field is kept aside, not obeyed.
      if (node.properties.parent !== undefined) expect(el.data('property_parent')).toBe(node.properties.parent);
      expect(el.isChild()).toBe(false);
    }
    for (const edge of graph.edges) {
      const el = cy.getElementById(edge.id);
      expect([el.data('source'), el.data('target'), el.data('type')]).toEqual([edge.source, edge.target, edge.type]);
      expect(el.data('evidence').map((e: { sentence: string }) => e.sentence)).toEqual(edge.evidence.map((e) => e.sentence));
      expect(el.data('evidence')[0].article).toEqual({ id: graph.articles[0]!.id, title: graph.articles[0]!.title, url: graph.articles[0]!.url, publishedAt: '2025-07-14' });
      for (const [k, v] of Object.entries(edge.properties)) expect(el.data(k)).toBe(v);
    }
  });

  it('drops edges whose endpoints are not among the nodes', () => {
    const graph = hostileGraph();
    const els = toCytoscapeElements({ nodes: graph.nodes.slice(0, 3), edges: graph.edges });
    const ids = new Set(els.nodes.map((n) => n.data.id));
    expect(els.edges.length).toBeGreaterThan(0);
    expect(els.edges.every((e) => ids.has(e.data.source) && ids.has(e.data.target))).toBe(true);
  });

  it('the .cyjs document of the seed graph round-trips through JSON into Cytoscape.js', async () => {
    const { graph } = await seedGraph();
    const rendered = renderExport('cytoscape', { ...graph, truncated: false });
    expect(rendered.contentType).toMatch(/^application\/json/);
    const doc = JSON.parse(rendered.body) as ReturnType<typeof toCytoscapeDocument>;
    expect(doc.data.truncated).toBe(false);
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect(cy.nodes().length).toBe(graph.nodes.length);
    expect(cy.edges().length).toBe(graph.edges.length);
  });
});
