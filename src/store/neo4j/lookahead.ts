import { normalizeName } from '../../graph/index.js';
import type { NameKey, NodeWithRelations } from '../types.js';
import type { Connection } from './connection.js';
import { NAME_LOOKUP, RELATIONS_COLUMNS, readRelations, relationsOfN, type EndRow } from './reads.js';
import { nodeOrNull } from './records.js';
import { luceneEscape } from './schema.js';

/**
 * findByName and relationsWithEnds of the node found, in one statement: what a lookup by name
 * whose selection goes on to the node's relations would otherwise ask in two round trips.
 */
const FIND_WITH_RELATIONS = `${NAME_LOOKUP}
WITH i, node AS n
${relationsOfN(true)}
RETURN i, n, ${RELATIONS_COLUMNS}`;

export async function findByNameWithRelations(conn: Connection, keys: readonly NameKey[]): Promise<(NodeWithRelations | null)[]> {
  const out: (NodeWithRelations | null)[] = keys.map(() => null);
  const wanted = keys.map((k, i) => ({ i, key: normalizeName(k.name), type: k.type ?? null })).filter((k) => k.key !== '');
  if (wanted.length === 0) return out;
  const params = wanted.map((k) => ({ key: k.key, type: k.type, query: luceneEscape(k.key) }));
  const res = await conn.query(FIND_WITH_RELATIONS, { keys: params });
  for (const r of res.records) {
    const node = nodeOrNull(r.get('n'));
    if (node) out[wanted[r.get('i') as number]!.i] = { node, relations: readRelations(r.get('edges') as unknown[], r.get('ends') as EndRow[]) };
  }
  return out;
}
