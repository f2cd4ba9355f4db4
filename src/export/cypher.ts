import { GraphFormatError } from '../errors/index.js';
import {
  EDGE_TYPES,
  NODE_TYPES,
  type ArticleRecord,
  type EdgeType,
  type GraphEdge,
  type GraphNode,
  type NodeType,
} from '../graph/index.js';
import { cypherMap, type CypherValue } from './cypher-literal.js';
import type { ExportGraph } from './types.js';

/** Rows per UNWIND statement. */
const BATCH = 200;

const NODE_LABELS: ReadonlySet<string> = new Set(NODE_TYPES);
const EDGE_LABELS: ReadonlySet<string> = new Set(EDGE_TYPES);

/**
 * A Cypher script that recreates the graph in Neo4j (`cypher-shell -f graph.cypher`, or paste
 * into Neo4j Browser): uniqueness constraints first, then batched `UNWIND [...] AS row MERGE`
 * statements for articles, nodes and relationships, one statement per line. It is idempotent.
 *
 * A script cannot use driver parameters, so every value is a literal written by
 * {@link cypherMap} (see cypher-literal.ts); labels and relationship types come only from the
 * fixed NODE_TYPES / EDGE_TYPES and anything else is refused.
 *
 * Model: a node `(:<Type> {id, name, aliases, ...properties})`; `(:Article {id, title, url, ...})`;
 * a relationship `[:<TYPE> {id, ...properties, evidence*}]` with the evidence as parallel lists
 * (evidenceArticleIds, evidenceSentences, evidenceStarts, evidenceEnds, evidenceRules,
 * evidenceConfidences, floats), since Neo4j properties cannot hold maps.
 */
export function toCypherScript(graph: ExportGraph): string {
  const nodeType = new Map<string, NodeType>();
  for (const node of graph.nodes) nodeType.set(node.id, checkNodeType(node));
  const edges = graph.edges.filter((e) => nodeType.has(e.source) && nodeType.has(e.target));
  for (const edge of edges) checkEdgeType(edge);

  const out: string[] = [
    `// sovereign-kg graph: ${graph.nodes.length} nodes, ${edges.length} relationships, ${graph.articles?.length ?? 0} articles.`,
    '// Recreate it with: cypher-shell -f graph.cypher   (or paste it into Neo4j Browser).',
  ];
  for (const label of [...NODE_TYPES, 'Article']) {
    out.push(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE;`);
  }
  for (const rows of chunk((graph.articles ?? []).map(articleRow), BATCH)) {
    out.push(`UNWIND ${listLiteral(rows)} AS row MERGE (a:Article {id: row.id}) SET a += row.props;`);
  }
  for (const type of NODE_TYPES) {
    const rows = graph.nodes.filter((n) => n.type === type).map(nodeRow);
    for (const batch of chunk(rows, BATCH)) {
      out.push(`UNWIND ${listLiteral(batch)} AS row MERGE (n:${type} {id: row.id}) SET n += row.props;`);
    }
  }
  for (const [key, group] of groupEdges(edges, nodeType)) {
    const [type, sourceLabel, targetLabel] = key.split('|') as [EdgeType, NodeType, NodeType];
    for (const batch of chunk(group.map(edgeRow), BATCH)) {
      out.push(
        `UNWIND ${listLiteral(batch)} AS row MATCH (s:${sourceLabel} {id: row.source}) MATCH (t:${targetLabel} {id: row.target}) ` +
          `MERGE (s)-[r:${type} {id: row.id}]->(t) SET r += row.props, r.evidenceConfidences = [c IN row.confidences | toFloat(c)];`,
      );
    }
  }
  return out.join('\n') + '\n';
}

function checkNodeType(node: GraphNode): NodeType {
  if (!NODE_LABELS.has(node.type)) throw new GraphFormatError(node.id, `unknown node type ${JSON.stringify(node.type)}`);
  return node.type;
}

function checkEdgeType(edge: GraphEdge): void {
  if (!EDGE_LABELS.has(edge.type)) throw new GraphFormatError(edge.id, `unknown edge type ${JSON.stringify(edge.type)}`);
}

function groupEdges(edges: readonly GraphEdge[], nodeType: ReadonlyMap<string, NodeType>): Map<string, GraphEdge[]> {
  const groups = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    const key = `${edge.type}|${nodeType.get(edge.source)}|${nodeType.get(edge.target)}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  return groups;
}

type Row = { readonly [key: string]: CypherValue };

function articleRow(article: ArticleRecord): Row {
  const { id, ...props } = article;
  return { id, props: { ...props } };
}

function nodeRow(node: GraphNode): Row {
  return { id: node.id, props: { ...node.properties, name: node.name, aliases: [...node.aliases] } };
}

function edgeRow(edge: GraphEdge): Row {
  const ev = edge.evidence;
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    props: {
      ...edge.properties,
      evidenceArticleIds: ev.map((e) => e.articleId),
      evidenceSentences: ev.map((e) => e.sentence),
      evidenceStarts: ev.map((e) => e.start),
      evidenceEnds: ev.map((e) => e.end),
      evidenceRules: ev.map((e) => e.rule),
    },
    // Set through toFloat() so 1 and 0.9 land in one homogeneous float list.
    confidences: ev.map((e) => e.confidence),
  };
}

function listLiteral(rows: readonly Row[]): string {
  return `[${rows.map((r) => cypherMap(r)).join(', ')}]`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
