import { GraphFormatError } from '../errors/index.js';
import {
  EDGE_TYPES,
  NODE_TYPES,
  makeEdgeId,
  normalizeName,
  type ArticleRecord,
  type EdgeType,
  type Evidence,
  type GraphEdge,
  type GraphNode,
  type NodeType,
  type PropertyValue,
} from '../graph/index.js';
import { schemaStatements } from '../store/neo4j/index.js';
import { cypherKey, cypherMap, type CypherValue } from './cypher-literal.js';
import type { ExportGraph } from './types.js';

/** Rows per UNWIND statement. */
const BATCH = 200;

const NODE_LABELS: ReadonlySet<string> = new Set(NODE_TYPES);
const EDGE_LABELS: ReadonlySet<string> = new Set(EDGE_TYPES);

/** Names the Neo4j store keeps for itself (src/store/neo4j/records.ts): a graph property may not use them. */
const RESERVED_NODE_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'nameKey', 'aliases', 'nameKeys', 'seq', 'articles', 'propKeys']);
const RESERVED_EDGE_KEYS: ReadonlySet<string> = new Set(['id', 'seq', 'propKeys', 'evidence', 'evidenceKeys']);

/** The Neo4j store's own schema statements (constraints and indexes), so the script sets up what the store expects. */
export function cypherSchemaStatements(): string[] {
  return schemaStatements();
}

/** Takes `count` numbers from the store's load sequence (KgMeta 'sequence') as `base`. */
const RESERVE = (count: number) =>
  `MATCH (m:KgMeta {key: 'sequence'}) WITH m, m.next AS base SET m.next = base + ${count} WITH base`;

/**
 * A Cypher script that recreates the graph in Neo4j (`cypher-shell -f graph.cypher`, or paste it
 * into Neo4j Browser) in the Neo4j store's own model, so `kg serve --store neo4j` can serve the
 * result: the store's constraints and indexes first, then batched `UNWIND [...] AS row MERGE`
 * statements for articles, nodes and relationships, one statement a line. Running it twice
 * changes nothing; running it over a loaded database merges as `kg load` does.
 *
 * A script cannot use driver parameters, so every value is a literal written by
 * {@link cypherMap} (cypher-literal.ts); labels and relationship types come only from the fixed
 * NODE_TYPES / EDGE_TYPES, and a graph with anything else is refused.
 */
export function toCypherScript(graph: ExportGraph): string {
  const known = new Set<string>();
  for (const node of graph.nodes) {
    checkType(NODE_LABELS, node.type, node.id, 'node');
    known.add(node.id);
  }
  const edges = graph.edges.filter((e) => known.has(e.source) && known.has(e.target));
  for (const edge of edges) checkType(EDGE_LABELS, edge.type, edge.id, 'edge');
  const articles = graph.articles ?? [];
  const soleArticle = articles.length === 1 ? articles[0]!.id : null;

  const out: string[] = [
    `// sovereign-kg graph: ${graph.nodes.length} nodes, ${edges.length} relationships, ${articles.length} articles.`,
    '// Recreate it with: cypher-shell -f graph.cypher   (or paste it into Neo4j Browser).',
    ...cypherSchemaStatements().map((s) => `${s};`),
    "MERGE (m:KgMeta {key: 'sequence'}) ON CREATE SET m.next = 0;",
  ];
  for (const rows of chunk(articles.map((a) => articleRow(a)), BATCH)) {
    out.push(
      `${RESERVE(rows.length)} UNWIND ${listLiteral(rows)} AS row MERGE (a:Article {id: row.id}) ON CREATE SET a.seq = base + row.i ` +
        'WITH a, row, a.seq AS seq SET a = row.props SET a.seq = seq;',
    );
  }
  for (const type of NODE_TYPES) {
    const rows = graph.nodes.filter((n) => n.type === type).map((n) => nodeRow(n, soleArticle));
    for (const batch of chunk(rows, BATCH)) out.push(`${RESERVE(batch.length)} UNWIND ${listLiteral(batch)} AS row ${nodeMerge(type)};`);
  }
  for (const type of EDGE_TYPES) {
    const rows = edges.filter((e) => e.type === type).map((e) => edgeRow(e));
    for (const batch of chunk(rows, BATCH)) out.push(`${RESERVE(batch.length)} UNWIND ${listLiteral(batch)} AS row ${edgeMerge(type)};`);
  }
  return out.join('\n') + '\n';
}

/** As the Neo4j store's node MERGE: aliases and name keys unioned, properties set. */
function nodeMerge(label: NodeType): string {
  return (
    `MERGE (n:${label} {id: row.id}) ` +
    'ON CREATE SET n:Entity, n.seq = base + row.i, n.name = row.name, n.nameKey = row.nameKey, n.aliases = row.aliases, ' +
    'n.nameKeys = [], n.propKeys = [], n.articles = [] ' +
    'ON MATCH SET n.aliases = n.aliases + [a IN row.mergeAliases WHERE a <> n.name AND NOT a IN n.aliases] ' +
    'SET n += row.props, n.propKeys = n.propKeys + [k IN keys(row.props) WHERE NOT k IN n.propKeys], ' +
    'n.nameKeys = n.nameKeys + [k IN row.nameKeys WHERE NOT k IN n.nameKeys], ' +
    'n.articles = CASE WHEN row.article IS NULL OR row.article IN n.articles THEN n.articles ELSE n.articles + row.article END'
  );
}

/** As the Neo4j store's relationship MERGE: properties set, evidence unioned by key. */
function edgeMerge(type: EdgeType): string {
  return (
    `MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target}) MERGE (s)-[r:${type} {id: row.id}]->(t) ` +
    'ON CREATE SET r.seq = base + row.i, r.propKeys = [], r.evidence = [], r.evidenceKeys = [] ' +
    'SET r += row.props, r.propKeys = r.propKeys + [k IN keys(row.props) WHERE NOT k IN r.propKeys] ' +
    'WITH r, row, [i IN range(0, size(row.evKeys) - 1) WHERE NOT row.evKeys[i] IN r.evidenceKeys] AS fresh ' +
    'SET r.evidenceKeys = r.evidenceKeys + [i IN fresh | row.evKeys[i]], r.evidence = r.evidence + [i IN fresh | row.evJson[i]]'
  );
}

function checkType(allowed: ReadonlySet<string>, type: string, owner: string, kind: string): void {
  if (!allowed.has(type)) throw new GraphFormatError(owner, `unknown ${kind} type ${JSON.stringify(type)}`);
}

type Row = { readonly [key: string]: CypherValue };

const ARTICLE_FIELDS = ['id', 'url', 'title', 'publishedAt', 'publisher', 'author', 'sha256', 'source'] as const;

function articleRow(article: ArticleRecord): Row {
  const props: Record<string, string> = {};
  for (const k of ARTICLE_FIELDS) if (typeof article[k] === 'string') props[k] = article[k];
  return { id: article.id, props };
}

function nodeRow(node: GraphNode, article: string | null): Row {
  const aliases = unique(node.aliases);
  return {
    id: node.id,
    name: node.name,
    nameKey: normalizeName(node.name),
    aliases,
    mergeAliases: unique([node.name, ...aliases]),
    nameKeys: unique([node.name, ...node.aliases].map(normalizeName).filter((k) => k !== '')),
    props: cleanProperties(node.properties, RESERVED_NODE_KEYS, node.id),
    article,
  };
}

function edgeRow(edge: GraphEdge): Row {
  const byKey = new Map<string, Evidence>();
  for (const ev of edge.evidence) {
    const key = `${ev.articleId}|${ev.start}|${ev.end}|${ev.rule}`;
    if (!byKey.has(key)) byKey.set(key, ev);
  }
  return {
    // The stable id for (type, source, target), as both stores key edges.
    id: makeEdgeId(edge.type, edge.source, edge.target),
    source: edge.source,
    target: edge.target,
    props: cleanProperties(edge.properties, RESERVED_EDGE_KEYS, edge.id),
    evKeys: [...byKey.keys()],
    evJson: [...byKey.values()].map((ev) => JSON.stringify(ev)),
  };
}

/** Properties under the names the script will write (see cypherKey); reserved names are refused. */
function cleanProperties(props: Record<string, PropertyValue | undefined>, reserved: ReadonlySet<string>, owner: string): Row {
  const out: Record<string, CypherValue> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined) continue;
    const key = cypherKey(k);
    if (reserved.has(key)) throw new GraphFormatError(owner, `property name "${k}" is reserved by the Neo4j store`);
    if (!(key in out)) out[key] = v;
  }
  return out;
}

/** The rows of one statement, each numbered `i` (its offset from the statement's reserved `base`). */
function listLiteral(rows: readonly Row[]): string {
  return `[${rows.map((r, i) => cypherMap({ i, ...r })).join(', ')}]`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
