/** Test helpers: run the real pipeline on a few sentences, list facts by node names, check table rows. */
import { expect } from 'vitest';
import { parseArticle, parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';

export function graphOf(text: string, publishedAt = '2025-07-14'): GraphDocument {
  const parsed = parseText(`기사 제목\n\n${text}`, { source: 'test.txt', publishedAt });
  return extractArticle(parsed);
}

/** "TYPE source -> target" for each edge, by node names: with `ordered`, PARTNERS_WITH (undirected) in name order; with `scores`, a SCORED edge ends in its score. */
export function edgeLines(g: GraphDocument, { ordered = false, scores = false } = {}): string[] {
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  return g.edges.map((e) => {
    let [s, t] = [name(e.source), name(e.target)];
    if (ordered && e.type === 'PARTNERS_WITH' && s > t) [s, t] = [t, s];
    return `${e.type} ${s} -> ${t}${scores && e.type === 'SCORED' ? ` ${e.properties.score}` : ''}`;
  });
}

/** "Type:name" for each node. */
export function nodeLines(g: GraphDocument): string[] {
  return g.nodes.map((n) => `${n.type}:${n.name}`);
}

/** "TYPE source -> target" lines (undirected edges in name order) and the rule ids behind each. */
export function factsOf(text: string, publishedAt?: string): { facts: string[]; rules: Map<string, string[]>; graph: GraphDocument } {
  const g = graphOf(text, publishedAt);
  const facts = edgeLines(g, { ordered: true });
  const rules = new Map(facts.map((f, i) => [f, g.edges[i]!.evidence.map((x) => x.rule)]));
  return { facts, rules, graph: g };
}

/** The graph of a whole page (HTML or plain text, by `fileName`'s extension). */
export function pageGraph(body: string, fileName = 'page.html'): GraphDocument {
  return extractArticle(parseArticle(Buffer.from(body, 'utf8'), { source: fileName }));
}

/** "TYPE source -> target" for every edge of a whole page, by node names, as the graph keeps them. */
export function pageFacts(body: string, fileName = 'page.html'): string[] {
  return edgeLines(pageGraph(body, fileName));
}

/** "MODEL BENCHMARK SCORE" for every SCORED edge of the graph, sorted. */
export function scoresOf(g: GraphDocument): string[] {
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
  return g.edges.filter((e) => e.type === 'SCORED').map((e) => `${name(e.source)} ${name(e.target)} ${e.properties.score}`).sort();
}

export function nodeNamed(g: GraphDocument, name: string) {
  return g.nodes.find((n) => n.name === name || n.aliases.includes(name));
}

/**
 * One table row of the category tests: a short article written for the tests, the facts it must
 * and must not give, and what its nodes must carry.
 */
export interface FactRow {
  cat: string;
  text: string;
  expect?: string[];
  absent?: string[];
  /** "Type:name" nodes that must exist / must not exist. */
  nodes?: string[];
  noNodes?: string[];
  /** "name=alias": the node named `name` (or aliased) also carries `alias`. */
  sameNode?: string[];
  /** "name=prop:value" node properties. */
  props?: string[];
  /** "FACT score=x", "FACT title=x" or "FACT status=x". */
  edgeProps?: string[];
  publishedAt?: string;
}

/** The node with this name, else the first that carries it as an alias. */
function findNode(g: GraphDocument, name: string) {
  return g.nodes.find((n) => n.name === name) ?? g.nodes.find((n) => n.aliases.includes(name));
}

/** Like the scorer: a node answers to its name and its aliases; PARTNERS_WITH is undirected. */
export function hasFact(g: GraphDocument, fact: string): boolean {
  const [, type, s, t] = /^([A-Z_]+) (.+) -> (.+)$/.exec(fact)! as unknown as [string, string, string, string];
  const named = (id: string, name: string) => {
    const n = g.nodes.find((x) => x.id === id);
    return Boolean(n && (n.name === name || n.aliases.includes(name)));
  };
  return g.edges.some((e) => e.type === type && ((named(e.source, s) && named(e.target, t)) || (type === 'PARTNERS_WITH' && named(e.source, t) && named(e.target, s))));
}

/** Extracts the row's text and checks every expectation the row states. */
export function checkFactRow(row: FactRow): void {
  const { facts, graph } = factsOf(row.text, row.publishedAt);
  for (const f of row.expect ?? []) expect(hasFact(graph, f), `${f}\n  got: ${facts.join('\n       ')}`).toBe(true);
  for (const f of row.absent ?? []) expect(hasFact(graph, f), `unexpected ${f}`).toBe(false);
  const nodes = nodeLines(graph);
  for (const n of row.nodes ?? []) expect(nodes).toContain(n);
  for (const n of row.noNodes ?? []) expect(nodes).not.toContain(n);
  for (const p of row.sameNode ?? []) {
    const [name, alias] = p.split('=') as [string, string];
    const node = findNode(graph, name);
    expect(node, `node ${name} in ${nodes.join(', ')}`).toBeDefined();
    expect([node!.name, ...node!.aliases]).toContain(alias);
  }
  for (const p of row.props ?? []) {
    const [name, kv] = p.split('=') as [string, string];
    const [k, v] = kv.split(/:(.*)/s) as [string, string];
    const node = findNode(graph, name);
    expect(node, `node ${name}`).toBeDefined();
    expect(String((node!.properties as Record<string, unknown>)[k])).toBe(v);
  }
  for (const p of row.edgeProps ?? []) {
    const [fact, key, value] = /^(.+) (score|title|status)=(.+)$/.exec(p)!.slice(1) as [string, string, string];
    // the edge whose names are exactly these, else one whose aliases answer to them
    const exact = facts.indexOf(fact);
    const found = exact >= 0 ? graph.edges[exact] : graph.edges.find((e) => hasFact({ ...graph, edges: [e] }, fact));
    expect(found, fact).toBeDefined();
    expect(found!.properties[key]).toBe(key === 'score' ? Number(value) : value);
  }
}
