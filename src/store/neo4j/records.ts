import { isNode, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import {
  NODE_TYPES,
  type ArticleRecord,
  type EdgeType,
  type Evidence,
  type GraphEdge,
  type GraphNode,
  type NodeType,
  type PropertyValue,
} from '../../graph/index.js';

/**
 * How the graph is kept in Neo4j (see README "Neo4j"):
 * - an entity is a node with its type as label (Company, Model, …) plus the label Entity, and
 *   `id`, `name`, `aliases`, `nameKey` (normalizeName of the name), `nameKeys` (of name and aliases,
 *   for lookups),
 *   `seq` (order of first load), `articles` (articles of a one-article document that named it),
 *   `propKeys` (names of its graph properties), and each graph property as a property of its own;
 * - an edge is a relationship of its type with `id`, `seq`, `propKeys`, its properties, and its
 *   evidence as two parallel lists: `evidenceKeys` ("articleId|start|end|rule") and `evidence`
 *   (each entry as a JSON string), since relationship properties cannot hold maps;
 * - an article is an (:Article) node with the article record's fields and `seq`.
 */
export const RESERVED_NODE_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'nameKey', 'aliases', 'nameKeys', 'seq', 'articles', 'propKeys']);
export const RESERVED_EDGE_KEYS: ReadonlySet<string> = new Set(['id', 'seq', 'propKeys', 'evidence', 'evidenceKeys']);

const NODE_TYPE_SET: ReadonlySet<string> = new Set(NODE_TYPES);

/** A node as returned by Cypher (`RETURN n`). */
export function toGraphNode(n: Node): GraphNode {
  const p = n.properties as Record<string, unknown>;
  const type = n.labels.find((l) => NODE_TYPE_SET.has(l)) as NodeType;
  return {
    id: String(p.id),
    type,
    name: String(p.name),
    aliases: stringList(p.aliases),
    properties: pickProperties(p),
  };
}

/** A relationship returned as `{rel: r, source: startNode(r).id, target: endNode(r).id}`. */
export interface EdgeRow {
  rel: Relationship;
  source: string;
  target: string;
}

export function toGraphEdge(row: EdgeRow): GraphEdge {
  const p = row.rel.properties as Record<string, unknown>;
  return {
    id: String(p.id),
    type: row.rel.type as EdgeType,
    source: row.source,
    target: row.target,
    properties: pickProperties(p),
    evidence: stringList(p.evidence).map((json) => JSON.parse(json) as Evidence),
  };
}

const ARTICLE_FIELDS = ['id', 'url', 'title', 'publishedAt', 'publisher', 'author', 'sha256', 'source'] as const;

export function toArticle(n: Node): ArticleRecord {
  const p = n.properties as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const k of ARTICLE_FIELDS) if (typeof p[k] === 'string') out[k] = p[k];
  return out as unknown as ArticleRecord;
}

/** The article's fields as Neo4j properties (missing ones left out). */
export function articleProps(a: ArticleRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ARTICLE_FIELDS) {
    const v = a[k];
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

function pickProperties(p: Record<string, unknown>): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const k of stringList(p.propKeys)) {
    const v = p[k];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

/** Reads `n` or `{rel, source, target}` values from records, ignoring nulls. */
export function nodeOrNull(v: unknown): GraphNode | null {
  return isNode(v) ? toGraphNode(v) : null;
}

export function edgeOrNull(v: unknown): GraphEdge | null {
  if (v === null || typeof v !== 'object') return null;
  const row = v as Partial<EdgeRow>;
  return row.rel && isRelationship(row.rel) ? toGraphEdge(row as EdgeRow) : null;
}

/** Cypher that projects a relationship `r` to an EdgeRow map. */
export const EDGE_ROW = '{rel: r, source: startNode(r).id, target: endNode(r).id}';

/** Cypher: the Company nodes that DEVELOPED `x`, main developer first (most evidence, then smallest id). */
export function developersOf(x: string): string {
  return `COLLECT { MATCH (c:Company)-[d:DEVELOPED]->(${x}) RETURN c ORDER BY size(d.evidenceKeys) DESC, c.id }`;
}
