import { normalizeName } from '../../graph/index.js';
import type { NameKey, NodeWithBasedOnChain, NodeWithRelations, RelationsWithEnds } from '../types.js';
import type { Connection } from './connection.js';
import { NAME_LOOKUP, RELATIONS_COLUMNS, readRelations, relationsOfN, type EndRow } from './reads.js';
import { developersOf, EDGE_ROW, nodeOrNull } from './records.js';
import { luceneEscape } from './schema.js';

/**
 * findByName and relationsWithEnds of the node found, in one statement: what a lookup by name
 * whose selection goes on to the node's relations would otherwise ask in two round trips.
 */
const FIND_WITH_RELATIONS = `${NAME_LOOKUP}
WITH i, node AS n
${relationsOfN(true)}
RETURN i, n, ${RELATIONS_COLUMNS}`;

/** Deepest BASED_ON chain answered with the lookup (a deeper selection asks the rest level by level). */
export const MAX_CHAIN_DEPTH = 6;

/**
 * FIND_WITH_RELATIONS, and for each model 1..depth BASED_ON hops from the node, once, its outgoing
 * BASED_ON edges in load order with the far ends and their developers (main first). `depth` is a
 * whole number from 1 to MAX_CHAIN_DEPTH (a bound of a variable-length pattern cannot be a
 * parameter), so there are at most that many statements.
 */
const chainStatement = (depth: number) => `${NAME_LOOKUP}
WITH i, node AS n
${relationsOfN(true)}
RETURN i, n, ${RELATIONS_COLUMNS}, COLLECT {
  MATCH (n)-[:BASED_ON*1..${depth}]->(m:Model)
  WITH DISTINCT m
  RETURN {id: m.id, edges: COLLECT {
    MATCH (m)-[r:BASED_ON]->(o)
    RETURN {edge: ${EDGE_ROW}, node: o, companies: CASE WHEN o:Model THEN
      ${developersOf('o')} END}
    ORDER BY r.seq
  }}
} AS chain`;
const CHAIN_STATEMENTS = Array.from({ length: MAX_CHAIN_DEPTH }, (_, d) => chainStatement(d + 1));

function nameParams(keys: readonly NameKey[]) {
  const wanted = keys.map((k, i) => ({ i, key: normalizeName(k.name), type: k.type ?? null })).filter((k) => k.key !== '');
  return { wanted, params: wanted.map((k) => ({ key: k.key, type: k.type, query: luceneEscape(k.key) })) };
}

export async function findByNameWithRelations(conn: Connection, keys: readonly NameKey[]): Promise<(NodeWithRelations | null)[]> {
  const out: (NodeWithRelations | null)[] = keys.map(() => null);
  const { wanted, params } = nameParams(keys);
  if (wanted.length === 0) return out;
  const res = await conn.query(FIND_WITH_RELATIONS, { keys: params });
  for (const r of res.records) {
    const node = nodeOrNull(r.get('n'));
    if (node) out[wanted[r.get('i') as number]!.i] = { node, relations: readRelations(r.get('edges') as unknown[], r.get('ends') as EndRow[]) };
  }
  return out;
}

type ChainRow = { id: string; edges: ({ edge: unknown } & EndRow)[] };

export async function findByNameWithBasedOnChain(conn: Connection, keys: readonly NameKey[], depth: number): Promise<(NodeWithBasedOnChain | null)[]> {
  const out: (NodeWithBasedOnChain | null)[] = keys.map(() => null);
  const { wanted, params } = nameParams(keys);
  if (wanted.length === 0) return out;
  const d = Math.min(Math.max(Math.trunc(depth), 1), MAX_CHAIN_DEPTH);
  const res = await conn.query(CHAIN_STATEMENTS[d - 1]!, { keys: params });
  for (const r of res.records) {
    const node = nodeOrNull(r.get('n'));
    if (!node) continue;
    const basedOn = new Map<string, RelationsWithEnds>();
    for (const m of r.get('chain') as ChainRow[]) {
      basedOn.set(m.id, readRelations(m.edges.map((e) => e.edge), m.edges.map(({ node: n, companies }) => ({ node: n, companies }))));
    }
    out[wanted[r.get('i') as number]!.i] = { node, relations: readRelations(r.get('edges') as unknown[], r.get('ends') as EndRow[]), basedOn };
  }
  return out;
}
