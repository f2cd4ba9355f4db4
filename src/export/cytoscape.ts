import type { ArticleRecord, Evidence, GraphEdge, GraphNode, PropertyValue } from '../graph/index.js';
import type { ExportGraph } from './types.js';

/**
 * Keys Cytoscape.js (or our own element fields) give a meaning to: a graph property with one
 * of these names is kept as `property_<name>` so it cannot, say, turn a node into a compound
 * child (`parent`) or change an edge's endpoints.
 */
const RESERVED_DATA_KEYS = new Set(['id', 'label', 'type', 'name', 'aliases', 'source', 'target', 'parent', 'evidence']);

export interface CytoscapeEvidence extends Evidence {
  article?: { id: string; title: string; url?: string; publishedAt?: string; publisher?: string };
}

export interface CytoscapeNodeData {
  id: string;
  label: string;
  type: string;
  name: string;
  aliases: string[];
  [property: string]: PropertyValue | string[] | undefined;
}

export interface CytoscapeEdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  evidence: CytoscapeEvidence[];
  [property: string]: PropertyValue | CytoscapeEvidence[] | undefined;
}

export interface CytoscapeElements {
  nodes: { group: 'nodes'; data: CytoscapeNodeData }[];
  edges: { group: 'edges'; data: CytoscapeEdgeData }[];
}

/** The Cytoscape desktop `.cyjs` document: elements plus a little metadata. */
export interface CytoscapeDocument {
  format_version: '1.0';
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string; truncated: boolean };
  elements: CytoscapeElements;
}

/**
 * Cytoscape.js elements JSON for a graph: node data `{id, label, type, name, aliases, ...properties}`,
 * edge data `{id, source, target, type, label, ...properties, evidence}`. Edges whose endpoints
 * are not among the nodes are left out (Cytoscape refuses them).
 *
 * @example
 *   cytoscape({ elements: toCytoscapeElements(graph) });
 */
export function toCytoscapeElements(graph: ExportGraph): CytoscapeElements {
  const articles = new Map((graph.articles ?? []).map((a) => [a.id, a]));
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  return {
    nodes: graph.nodes.map((n) => ({ group: 'nodes' as const, data: describeNode(n) })),
    edges: graph.edges
      .filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target))
      .map((e) => ({ group: 'edges' as const, data: describeEdge(e, articles) })),
  };
}

/** The `.cyjs` file Cytoscape desktop imports (File → Import → Network from File). */
export function toCytoscapeDocument(graph: ExportGraph, name = 'sovereign-kg'): CytoscapeDocument {
  return {
    format_version: '1.0',
    generated_by: 'sovereign-kg',
    target_cytoscapejs_version: '~3.35',
    data: { name, truncated: graph.truncated ?? false },
    elements: toCytoscapeElements(graph),
  };
}

function describeNode(node: GraphNode): CytoscapeNodeData {
  return {
    ...spreadProperties(node.properties),
    id: node.id,
    label: node.name,
    type: node.type,
    name: node.name,
    aliases: [...node.aliases],
  };
}

function describeEdge(edge: GraphEdge, articles: ReadonlyMap<string, ArticleRecord>): CytoscapeEdgeData {
  return {
    ...spreadProperties(edge.properties),
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: edge.type,
    evidence: edge.evidence.map((ev) => describeEvidence(ev, articles.get(ev.articleId))),
  };
}

function describeEvidence(ev: Evidence, article: ArticleRecord | undefined): CytoscapeEvidence {
  const out: CytoscapeEvidence = {
    articleId: ev.articleId,
    sentence: ev.sentence,
    start: ev.start,
    end: ev.end,
    rule: ev.rule,
    confidence: ev.confidence,
  };
  if (article) {
    out.article = { id: article.id, title: article.title };
    if (article.url !== undefined) out.article.url = article.url;
    if (article.publishedAt !== undefined) out.article.publishedAt = article.publishedAt;
    if (article.publisher !== undefined) out.article.publisher = article.publisher;
  }
  return out;
}

function spreadProperties(properties: Record<string, PropertyValue | undefined>): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined) continue;
    out[RESERVED_DATA_KEYS.has(key) ? `property_${key}` : key] = value;
  }
  return out;
}
