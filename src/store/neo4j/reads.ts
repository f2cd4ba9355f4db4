import { normalizeName, type ArticleRecord, type GraphDocument, type GraphEdge, type GraphNode } from '../../graph/index.js';
import { isNode } from 'neo4j-driver';
import type { NameKey, RelationKey, RelationsWithEnds, StoreCounts } from '../types.js';
import type { Connection } from './connection.js';
import { developersOf, EDGE_ROW, edgeOrNull, nodeOrNull, toArticle, toGraphNode } from './records.js';
import { luceneEscape, NAME_INDEX } from './schema.js';

// Every batched read is one Cypher statement, whatever the number of keys (UNWIND $keys).

const GET_NODES = 'UNWIND range(0, size($ids) - 1) AS i OPTIONAL MATCH (n:Entity {id: $ids[i]}) RETURN i, n';

/** A node whose own name matches is preferred to one with a matching alias, then the earliest loaded. */
export const NAME_LOOKUP = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
CALL (k) {
  CALL db.index.fulltext.queryNodes('${NAME_INDEX}', k.query) YIELD node
  WHERE k.key IN node.nameKeys AND (k.type IS NULL OR k.type IN labels(node))
  RETURN node
  ORDER BY CASE WHEN node.nameKey = k.key THEN 0 ELSE 1 END, node.seq
  LIMIT 1
}`;
const FIND_BY_NAME = `${NAME_LOOKUP}
RETURN i, node AS n`;

/** Out-edges then in-edges, each in load order (as the embedded store lists them). */
const GET_RELATIONS = `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
MATCH (n:Entity {id: k.nodeId})
CALL (n, k) {
  MATCH (n)-[r]->()
  WHERE k.direction <> 'in' AND (k.types IS NULL OR type(r) IN k.types)
  RETURN r, 0 AS part
  UNION
  MATCH (n)<-[r]-()
  WHERE k.direction <> 'out' AND (k.types IS NULL OR type(r) IN k.types)
  RETURN r, 1 AS part
}
WITH i, r ORDER BY i, part, r.seq
RETURN i, collect(${EDGE_ROW}) AS edges`;

/**
 * GET_RELATIONS for 'both' directions, with each far end once and the developers of the models at
 * the other end of a BASED_ON edge (what BasedOn.foreign and the base's developer need next); not of
 * every model, so a benchmark's or company's many models do not cost a subquery each.
 */
/** `n`'s relations and far ends; OPTIONAL keeps a node without any. */
export const relationsOfN = (optional = false) => `
${optional ? 'OPTIONAL ' : ''}CALL (n) {
  MATCH (n)-[r]->(o) RETURN r, o, 0 AS part
  UNION
  MATCH (n)<-[r]-(o) RETURN r, o, 1 AS part
}
WITH i, n, r, o ORDER BY i, part, r.seq
WITH i, n, collect(${EDGE_ROW}) AS edges, collect(DISTINCT o) AS ends,
     collect(DISTINCT CASE WHEN type(r) = 'BASED_ON' AND o:Model THEN o END) AS bases`;

/** The rows of relationsOfN as returned: `edges` and `ends` (each with its developers, if a base). */
export const RELATIONS_COLUMNS = `edges, [o IN ends | {
  node: o,
  companies: CASE WHEN o IN bases THEN ${developersOf('o')} END
}] AS ends`;

const RELATIONS_WITH_ENDS = `
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {id: $ids[i]})
${relationsOfN()}
RETURN i, ${RELATIONS_COLUMNS}`;

/**
 * Each model's developing companies, by evidence count then id (the order of rankDevelopedEdges),
 * as ids, with each company once (many models share a developer: each node is sent and decoded once).
 */
const DEVELOPERS = `
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (m:Entity {id: $ids[i]})
WITH i, ${developersOf('m')} AS cs
WITH collect({i: i, cs: cs}) AS rows
RETURN [row IN rows | [row.i, [c IN row.cs | c.id]]] AS rows,
       COLLECT { UNWIND rows AS row UNWIND row.cs AS c RETURN DISTINCT c } AS companies`;

const GET_ARTICLES = 'UNWIND range(0, size($ids) - 1) AS i OPTIONAL MATCH (a:Article {id: $ids[i]}) RETURN i, a';

/** What each article mentions: nodes it named, and both ends of every edge it gives evidence for. */
const ARTICLE_MENTIONS = `
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS aid
CALL (aid) {
  MATCH (n:Entity) WHERE aid IN n.articles RETURN n
  UNION
  MATCH (s:Entity)-[r]->(t:Entity)
  WHERE any(k IN r.evidenceKeys WHERE k STARTS WITH aid + '|')
  UNWIND [s, t] AS n
  RETURN n
}
WITH i, n ORDER BY i, n.name, n.id
RETURN i, collect(n) AS nodes`;

const COUNTS = `
RETURN COUNT { MATCH (n:Entity) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships,
       COUNT { MATCH (a:Article) } AS articles`;

export async function getNodes(conn: Connection, ids: readonly string[]): Promise<(GraphNode | null)[]> {
  if (ids.length === 0) return [];
  const res = await conn.query(GET_NODES, { ids: [...ids] });
  const out: (GraphNode | null)[] = ids.map(() => null);
  for (const r of res.records) out[r.get('i') as number] = nodeOrNull(r.get('n'));
  return out;
}

export async function findByName(conn: Connection, keys: readonly NameKey[]): Promise<(GraphNode | null)[]> {
  const out: (GraphNode | null)[] = keys.map(() => null);
  const wanted = keys.map((k, i) => ({ i, key: normalizeName(k.name), type: k.type ?? null })).filter((k) => k.key !== '');
  if (wanted.length === 0) return out;
  const params = wanted.map((k) => ({ key: k.key, type: k.type, query: luceneEscape(k.key) }));
  const res = await conn.query(FIND_BY_NAME, { keys: params });
  for (const r of res.records) out[wanted[r.get('i') as number]!.i] = nodeOrNull(r.get('n'));
  return out;
}

export async function getRelations(conn: Connection, keys: readonly RelationKey[]): Promise<GraphEdge[][]> {
  const out: GraphEdge[][] = keys.map(() => []);
  if (keys.length === 0) return out;
  const params = keys.map((k) => ({ nodeId: k.nodeId, direction: k.direction, types: k.types ? [...k.types] : null }));
  const res = await conn.query(GET_RELATIONS, { keys: params });
  for (const r of res.records) {
    const seen = new Set<string>();
    const edges: GraphEdge[] = [];
    for (const v of r.get('edges') as unknown[]) {
      const e = edgeOrNull(v);
      if (e && !seen.has(e.id)) {
        seen.add(e.id);
        edges.push(e);
      }
    }
    out[r.get('i') as number] = edges;
  }
  return out;
}

export async function relationsWithEnds(conn: Connection, ids: readonly string[]): Promise<RelationsWithEnds[]> {
  const out: RelationsWithEnds[] = ids.map(() => ({ edges: [], ends: [], developers: new Map() }));
  if (ids.length === 0) return out;
  const res = await conn.query(RELATIONS_WITH_ENDS, { ids: [...ids] });
  for (const r of res.records) out[r.get('i') as number] = readRelations(r.get('edges') as unknown[], r.get('ends') as EndRow[]);
  return out;
}

export type EndRow = { node: unknown; companies: unknown[] | null };

/** One row of RELATIONS_COLUMNS: each edge once, each far end, the developers of the bases. */
export function readRelations(edges: unknown[], ends: EndRow[]): RelationsWithEnds {
  const entry: RelationsWithEnds = { edges: [], ends: [], developers: new Map() };
  const seen = new Set<string>();
  for (const v of edges) {
    const e = edgeOrNull(v);
    if (e && !seen.has(e.id)) {
      seen.add(e.id);
      entry.edges.push(e);
    }
  }
  for (const end of ends) {
    const node = nodeOrNull(end.node);
    if (!node) continue;
    entry.ends.push(node);
    if (end.companies) entry.developers.set(node.id, end.companies.flatMap((v) => nodeOrNull(v) ?? []));
  }
  return entry;
}

export async function developers(conn: Connection, modelIds: readonly string[]): Promise<GraphNode[][]> {
  const out: GraphNode[][] = modelIds.map(() => []);
  if (modelIds.length === 0) return out;
  const res = await conn.query(DEVELOPERS, { ids: [...modelIds] });
  const r = res.records[0];
  if (!r) return out;
  const byId = new Map<string, GraphNode>();
  for (const v of r.get('companies') as unknown[]) {
    const c = nodeOrNull(v);
    if (c) byId.set(c.id, c);
  }
  for (const [i, ids] of r.get('rows') as [unknown, string[]][]) out[Number(i)] = ids.flatMap((id) => byId.get(id) ?? []);
  return out;
}

export async function getArticles(conn: Connection, ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
  if (ids.length === 0) return [];
  const res = await conn.query(GET_ARTICLES, { ids: [...ids] });
  const out: (ArticleRecord | null)[] = ids.map(() => null);
  for (const r of res.records) {
    const a: unknown = r.get('a');
    out[r.get('i') as number] = isNode(a) ? toArticle(a) : null;
  }
  return out;
}

export async function countAll(conn: Connection): Promise<StoreCounts> {
  const res = await conn.query(COUNTS);
  const r = res.records[0];
  return {
    nodes: Number(r?.get('nodes') ?? 0),
    relationships: Number(r?.get('relationships') ?? 0),
    articles: Number(r?.get('articles') ?? 0),
  };
}

/** The whole graph in load order (three statements). */
export async function exportAll(conn: Connection): Promise<GraphDocument> {
  const articles = await conn.query('MATCH (a:Article) RETURN a ORDER BY a.seq, a.id');
  const nodes = await conn.query('MATCH (n:Entity) RETURN n ORDER BY n.seq, n.id');
  const edges = await conn.query(`MATCH ()-[r]->() RETURN ${EDGE_ROW} AS e ORDER BY r.seq, r.id`);
  return {
    version: 1,
    articles: articles.records.map((r) => r.get('a')).filter(isNode).map(toArticle),
    nodes: nodes.records.map((r) => r.get('n')).filter(isNode).map(toGraphNode),
    edges: edges.records.flatMap((r) => edgeOrNull(r.get('e')) ?? []),
  };
}

export async function articleMentions(conn: Connection, ids: readonly string[]): Promise<GraphNode[][]> {
  const out: GraphNode[][] = ids.map(() => []);
  if (ids.length === 0) return out;
  const res = await conn.query(ARTICLE_MENTIONS, { ids: [...ids] });
  for (const r of res.records) {
    out[r.get('i') as number] = (r.get('nodes') as unknown[]).flatMap((v) => nodeOrNull(v) ?? []);
  }
  return out;
}
