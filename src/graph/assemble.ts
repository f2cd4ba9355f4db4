/** Graph assembly: resolved entities and relations → one GraphDocument with stable ids. */
import { makeEdgeId } from './ids.js';
import type { ArticleRecord, EdgeProperties, GraphDocument, GraphEdge, GraphNode, NodeProperties } from './types.js';

export interface AssemblyInput {
  articles: ArticleRecord[];
  entities: { id: string; type: GraphNode['type']; name: string; aliases: string[]; properties: NodeProperties }[];
  relations: {
    type: GraphEdge['type'];
    source: string;
    target: string;
    properties: EdgeProperties;
    evidence: { articleId: string; sentence: string; start: number; end: number; rule: string; confidence: number }[];
  }[];
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Builds the graph document: nodes and edges sorted by id, evidence in the order given. */
export function assembleGraph(input: AssemblyInput): GraphDocument {
  const nodes: GraphNode[] = input.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: [...e.aliases], properties: { ...e.properties } }));
  const known = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  for (const r of input.relations) {
    if (!known.has(r.source) || !known.has(r.target) || !r.evidence.length) continue;
    edges.push({
      id: makeEdgeId(r.type, r.source, r.target),
      type: r.type,
      source: r.source,
      target: r.target,
      properties: { ...r.properties },
      evidence: r.evidence.map(({ articleId, sentence, start, end, rule, confidence }) => ({ articleId, sentence, start, end, rule, confidence })),
    });
  }
  const articles = [...input.articles].sort(byId).map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as unknown as ArticleRecord);
  return { version: 1, articles, nodes: nodes.sort(byId), edges: edges.sort(byId) };
}
