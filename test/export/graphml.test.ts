import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { toGraphML } from '../../src/export/index.js';
import type { GraphDocument } from '../../src/graph/index.js';
import { seedGraph } from '../support/graphs.js';
import { hostileGraph } from './fixtures.js';
import { checkWellFormedXml } from './xml-check.js';

interface ReadGraphML {
  keys: Map<string, { for: string; name: string; type: string }>;
  nodes: { id: string; data: Map<string, string> }[];
  edges: { id: string; source: string; target: string; directed?: string; data: Map<string, string> }[];
}

function elements(parent: { children: unknown[] }, name: string): Element[] {
  return parent.children.filter((c): c is Element => (c as Element).type === 'tag' && (c as Element).name === name);
}

function textOf(el: Element): string {
  return el.children.map((c) => ('data' in c ? String(c.data) : '')).join('');
}

/** Reads GraphML through htmlparser2 in XML mode, resolving data keys to attribute names. */
function readGraphML(xml: string): ReadGraphML {
  const doc = parseDocument(xml, { xmlMode: true });
  const [root] = elements(doc, 'graphml');
  if (!root) throw new Error('no <graphml> root');
  const keys = new Map(elements(root, 'key').map((k) => [k.attribs.id!, { for: k.attribs.for!, name: k.attribs['attr.name']!, type: k.attribs['attr.type']! }]));
  const [graph] = elements(root, 'graph');
  if (!graph) throw new Error('no <graph>');
  const dataOf = (el: Element, kind: string) =>
    new Map(
      elements(el, 'data').map((d) => {
        const key = keys.get(d.attribs.key!);
        if (!key || key.for !== kind) throw new Error(`data key ${d.attribs.key} is not declared for ${kind}`);
        return [key.name, textOf(d)];
      }),
    );
  return {
    keys,
    nodes: elements(graph, 'node').map((n) => ({ id: n.attribs.id!, data: dataOf(n, 'node') })),
    edges: elements(graph, 'edge').map((e) => ({ id: e.attribs.id!, source: e.attribs.source!, target: e.attribs.target!, directed: e.attribs.directed, data: dataOf(e, 'edge') })),
  };
}

/** What XML can carry of a string: characters it cannot hold become U+FFFD. */
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD');

function checkGraph(graph: GraphDocument): ReadGraphML {
  const xml = toGraphML(graph);
  expect(checkWellFormedXml(xml)).toEqual([]);
  const read = readGraphML(xml);
  expect(read.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
  expect(read.edges.map((e) => e.id)).toEqual(graph.edges.map((e) => e.id));
  for (const [i, node] of graph.nodes.entries()) {
    const got = read.nodes[i]!;
    expect(got.data.get('label')).toBe(xmlSafe(node.name));
    expect(got.data.get('type')).toBe(node.type);
    for (const [k, v] of Object.entries(node.properties)) expect(got.data.get(k), `${node.id}.${k}`).toBe(String(v));
  }
  for (const [i, edge] of graph.edges.entries()) {
    const got = read.edges[i]!;
    expect([got.source, got.target, got.data.get('type')]).toEqual([edge.source, edge.target, edge.type]);
    expect(got.data.get('evidence')).toBe(xmlSafe(edge.evidence.map((e) => e.sentence).join('\n')));
    expect(JSON.parse(got.data.get('evidenceJson')!)).toEqual(JSON.parse(xmlSafe(JSON.stringify(edge.evidence))));
    for (const [k, v] of Object.entries(edge.properties)) expect(got.data.get(k)).toBe(String(v));
  }
  const ids = [...read.keys.keys()];
  expect(new Set(ids).size).toBe(ids.length);
  for (const key of read.keys.values()) expect(['boolean', 'int', 'long', 'float', 'double', 'string']).toContain(key.type);
  return read;
}

describe('toGraphML', () => {
  it('is well-formed and carries names with markup, quotes and controls as text', () => {
    const read = checkGraph(hostileGraph());
    const typeOf = (name: string) => [...read.keys.values()].find((k) => k.name === name)?.type;
    expect(typeOf('parameters')).toBe('long');
    expect(typeOf('openSource')).toBe('boolean');
    expect(typeOf('score')).toBe('double');
    expect(typeOf('country')).toBe('string');
    const partners = read.edges.find((e) => e.data.get('type') === 'PARTNERS_WITH');
    expect(partners?.directed).toBe('false');
    expect(read.edges.filter((e) => e.directed === undefined).length).toBe(read.edges.length - 1);
  });

  it('carries the seed graph whole', async () => {
    const { graph } = await seedGraph();
    const read = checkGraph(graph);
    expect(read.nodes.length).toBeGreaterThan(10);
  });

  it('leaves out edges whose endpoints are not in the selection, and keeps the file valid when empty', () => {
    const graph = hostileGraph();
    const sub = { nodes: graph.nodes.slice(0, 2), edges: graph.edges };
    const read = readGraphML(toGraphML(sub));
    const kept = new Set(sub.nodes.map((n) => n.id));
    expect(read.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
    expect(read.edges.length).toBe(graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)).length);
    expect(checkWellFormedXml(toGraphML({ nodes: [], edges: [] }))).toEqual([]);
  });

  it('the strict check itself catches what an unescaped name would break', () => {
    expect(checkWellFormedXml('<a><b>AT&T</b></a>')).toContain('bare & in text');
    expect(checkWellFormedXml('<a x="1" x="2"/>')).toContain('duplicate attribute x');
    expect(checkWellFormedXml('<a><b></a></b>').length).toBeGreaterThan(0);
    expect(checkWellFormedXml('<a>\u0001</a>').length).toBeGreaterThan(0);
  });
});
