import { int, isNode } from 'neo4j-driver';
import { NODE_TYPES, normalizeName, type GraphNode, type NodeType } from '../../graph/index.js';
import { InputError } from '../../errors/index.js';
import type { ListQuery, NodePage } from '../types.js';
import type { Connection } from './connection.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { toGraphNode } from './records.js';
import { luceneEscape, NAME_INDEX } from './schema.js';
import { developerCountry } from './traversals.js';

const SORT_EXPRESSIONS = {
  name: 'n.name',
  releasedOn: 'CASE WHEN n.releasedOn IS :: STRING OR n.releasedOn IS :: INTEGER OR n.releasedOn IS :: FLOAT THEN n.releasedOn END',
  parameters: 'CASE WHEN n.parameters IS :: STRING OR n.parameters IS :: INTEGER OR n.parameters IS :: FLOAT THEN n.parameters END',
} as const;

/** Static Cypher for one (type, sort) pair: labels and sort fields come from fixed tables only. */
function listCypher(type: NodeType, field: keyof typeof SORT_EXPRESSIONS, descending: boolean): string {
  if (!NODE_TYPES.includes(type)) throw new InputError('type', `unknown node type "${type}"`);
  const country = type === 'Model' ? 'own' : 'n.country';
  const sort = SORT_EXPRESSIONS[field];
  return `
MATCH (n:${type})
WITH n, ${developerCountry('n')} AS own
WHERE ($country = '' OR ${country} = $country)
  AND ($fromScratch < 0 OR coalesce(n.fromScratch = true, false) = ($fromScratch = 1))
  AND ($openSource < 0 OR coalesce(n.openSource = true, false) = ($openSource = 1))
  AND ($developer = '' OR EXISTS {
        MATCH (d:Entity)-[:DEVELOPED]->(n) WHERE d.id = $developer OR $developerKey IN d.nameKeys })
  AND ($hasForeignBase < 0 OR coalesce(own <> '' AND EXISTS {
        MATCH (n)-[:BASED_ON]->(b:Entity) WHERE NOT ${developerCountry('b')} IN [own, ''] }, false) = ($hasForeignBase = 1))
WITH n, ${sort} AS v
ORDER BY v IS NULL, v ${descending ? 'DESC' : 'ASC'}, n.name, n.id
WITH collect(n) AS matched
RETURN size(matched) AS total, matched[$skip..$skip + $first] AS page`;
}

function flag(b: boolean | undefined) {
  return int(b === undefined ? -1 : b ? 1 : 0);
}

/** One statement: the filtered, sorted page and the total count. */
export async function listNodes(conn: Connection, q: ListQuery): Promise<NodePage> {
  const f = q.filter ?? {};
  const skip = q.after ? decodeCursor(q.after) + 1 : 0;
  const first = Math.max(0, Math.floor(q.first));
  const res = await conn.query(listCypher(q.type, q.sort?.field ?? 'name', q.sort?.descending ?? false), {
    // No nulls: a parameter's type is part of Cypher's plan cache key, so "no filter" is '' or -1.
    country: f.country === undefined ? '' : f.country === '' ? '\u0000' : f.country,
    fromScratch: flag(f.fromScratch),
    openSource: flag(f.openSource),
    developer: f.developer ?? '',
    developerKey: f.developer === undefined ? '' : normalizeName(f.developer),
    hasForeignBase: flag(f.hasForeignBase),
    skip: int(skip),
    first: int(first),
  });
  const r = res.records[0];
  const total = Number(r?.get('total') ?? 0);
  const nodes = ((r?.get('page') as unknown[] | undefined) ?? []).filter(isNode).map(toGraphNode);
  const last = skip + nodes.length - 1;
  return {
    nodes,
    totalCount: total,
    endCursor: nodes.length ? encodeCursor(last) : null,
    hasNextPage: last + 1 < total,
  };
}

/** Normalised contains-match on names and aliases: exact, then prefix, then the rest; shorter names first. */
const SEARCH = `
CALL db.index.fulltext.queryNodes('${NAME_INDEX}', $query) YIELD node AS n
WHERE $types IS NULL OR any(l IN labels(n) WHERE l IN $types)
WITH n, CASE WHEN $needle IN n.nameKeys THEN 0 WHEN any(k IN n.nameKeys WHERE k STARTS WITH $needle) THEN 1 ELSE 2 END AS rank
ORDER BY rank, size(n.name), n.name, n.id
LIMIT $first
RETURN n`;

export async function search(conn: Connection, text: string, types: readonly NodeType[] | undefined, first: number): Promise<GraphNode[]> {
  const needle = normalizeName(text);
  const limit = Math.max(0, Math.floor(first));
  if (!needle || limit === 0) return [];
  const res = await conn.query(SEARCH, {
    query: `*${luceneEscape(needle)}*`,
    needle,
    types: types?.length ? [...types] : null,
    first: int(limit),
  });
  return res.records.map((r) => r.get('n')).filter(isNode).map(toGraphNode);
}
