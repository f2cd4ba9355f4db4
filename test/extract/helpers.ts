/** Test helpers: run the real pipeline on a few sentences and list facts by node names. */
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import type { GraphDocument } from '../../src/graph/index.js';

export function graphOf(text: string, publishedAt = '2025-07-14'): GraphDocument {
  const parsed = parseText(`기사 제목\n\n${text}`, { source: 'test.txt', publishedAt });
  return extractArticle(parsed);
}

/** "TYPE source -> target" lines (undirected edges in name order) and the rule ids behind each. */
export function factsOf(text: string, publishedAt?: string): { facts: string[]; rules: Map<string, string[]>; graph: GraphDocument } {
  const g = graphOf(text, publishedAt);
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  const rules = new Map<string, string[]>();
  const facts = g.edges.map((e) => {
    let [s, t] = [name(e.source), name(e.target)];
    if (e.type === 'PARTNERS_WITH' && s > t) [s, t] = [t, s];
    const f = `${e.type} ${s} -> ${t}`;
    rules.set(f, e.evidence.map((x) => x.rule));
    return f;
  });
  return { facts, rules, graph: g };
}

export function nodeNamed(g: GraphDocument, name: string) {
  return g.nodes.find((n) => n.name === name || n.aliases.includes(name));
}
