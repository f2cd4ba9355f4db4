import type { EdgeType, NodeType } from '../../graph/index.js';
import { EDGE_PROPS, NODE_PROPS, type EdgeRow, type NodeRow } from './plan.js';

/** The writer's Cypher (labels and types come from NODE_TYPES / EDGE_TYPES only; values are parameters). */

export const ARTICLE_MERGE = `
CYPHER replan=skip
UNWIND $rows AS row
MERGE (a:Article {id: row[0]})
ON CREATE SET a.seq = row[1]
WITH a, row, a.seq AS seq
SET a = row[2]
SET a.seq = seq`;

/** Articles of a load into an empty store (see writeGraph): created, the id constraint guards. */
export const ARTICLE_CREATE = `
CYPHER replan=skip
UNWIND $rows AS row
CREATE (a:Article)
SET a = row[2]
SET a.seq = row[1]`;

/** Whether the store holds no entity and no article (count store: constant time). */
export const STORE_EMPTY = `
CALL { MATCH (n:Entity) RETURN count(n) AS entities }
CALL { MATCH (a:Article) RETURN count(a) AS articles }
RETURN entities + articles = 0 AS empty`;

// Rows are sent as lists (smaller to encode and decode than maps); positions:
// node: id, seq, name, nameKey, aliases, mergeAliases, nameKeys, propKeys, articles, ...NODE_PROPS, extra
// edge: id, seq, source, target, propKeys, evidenceKeys, evidence (JSON strings), ...EDGE_PROPS, extra
const N_PROP0 = 9;
const N_EXTRA = N_PROP0 + NODE_PROPS.length;
const E_PROP0 = 7;
const E_EXTRA = E_PROP0 + EDGE_PROPS.length;

export function nodeList(r: NodeRow): unknown[] {
  return [r.id, r.seq, r.name, r.nameKey, r.aliases, r.mergeAliases, r.nameKeys, Object.keys(r.props), r.articles, ...NODE_PROPS.map((k) => r.props[k] ?? null), r.extra];
}

export function edgeList(r: EdgeRow): unknown[] {
  return [r.id, r.seq, r.source, r.target, Object.keys(r.props), r.evKeys, r.evJson, ...EDGE_PROPS.map((k) => r.props[k] ?? null), r.extra];
}

function setKnown(v: string, keys: readonly string[], first: number, onMatch: boolean): string {
  return keys.map((k, i) => (onMatch ? `${v}.${k} = coalesce(row[${first + i}], ${v}.${k})` : `${v}.${k} = row[${first + i}]`)).join(', ');
}

/**
 * What the writer needs to know of the nodes of a batch already in Neo4j (by id, through the
 * label's constraint index) to tell whether merging a row would change anything: lists of
 * [id, name, aliases, nameKeys, propKeys, articles, [...NODE_PROPS]].
 */
export function nodeState(label: NodeType): string {
  return `
CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:${label} {id: id}) USING INDEX SEEK n:${label}(id)
RETURN collect([id, n.name, n.aliases, n.nameKeys, n.propKeys, n.articles, [${NODE_PROPS.map((k) => `n.${k}`).join(', ')}]]) AS state`;
}

/** The same for the edges of a batch: lists of [id, evidenceKeys, propKeys, [...EDGE_PROPS]]. */
export function edgeState(type: EdgeType): string {
  return `
CYPHER replan=skip
UNWIND $ids AS id
MATCH ()-[r:${type} {id: id}]->() USING INDEX SEEK r:${type}(id)
RETURN collect([id, r.evidenceKeys, r.propKeys, [${EDGE_PROPS.map((k) => `r.${k}`).join(', ')}]]) AS state`;
}

/**
 * One statement per label. MERGE on the constrained id.
 * All expressions of one SET are evaluated before any is applied (so old lists are read).
 */
export function nodeMerge(label: NodeType, withExtra: boolean): string {
  return `
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:${label} {id: row[0]})
ON CREATE SET n:Entity, n.seq = row[1], n.name = row[2], n.nameKey = row[3], n.aliases = row[4],
  n.nameKeys = row[6], n.propKeys = row[7], n.articles = row[8], ${setKnown('n', NODE_PROPS, N_PROP0, false)}
ON MATCH SET n.aliases = n.aliases + [a IN row[5] WHERE a <> n.name AND NOT a IN n.aliases],
  n.nameKeys = n.nameKeys + [k IN row[6] WHERE NOT k IN n.nameKeys],
  n.propKeys = n.propKeys + [k IN row[7] WHERE NOT k IN n.propKeys],
  n.articles = n.articles + [a IN row[8] WHERE NOT a IN n.articles], ${setKnown('n', NODE_PROPS, N_PROP0, true)}
${withExtra ? `SET n += coalesce(row[${N_EXTRA}], {})` : ''}`;
}

/**
 * Creates nodes no earlier batch wrote, in a load into an empty store (no MERGE, no state read):
 * should another writer have created one meanwhile, the id's constraint fails the statement and the
 * batch runs again in reading mode (see writeGraph).
 */
export function nodeCreate(label: NodeType, withExtra: boolean): string {
  return `
CYPHER replan=skip
UNWIND $rows AS row
CREATE (n:${label}:Entity {id: row[0], seq: row[1], name: row[2], nameKey: row[3], aliases: row[4],
  nameKeys: row[6], propKeys: row[7], articles: row[8], ${NODE_PROPS.map((k, i) => `${k}: row[${N_PROP0 + i}]`).join(', ')}})
${withExtra ? `SET n += coalesce(row[${N_EXTRA}], {})` : ''}`;
}

/**
 * Adds the rows' evidence and properties to edges already there, found by id through the index of
 * the constraint that keeps ids unique per type (created at start-up). Returns the rows it wrote
 * (`merged`): fewer than it was sent, an edge went meanwhile.
 */
export function edgeUpdate(type: EdgeType, withExtra: boolean): string {
  return `
CYPHER replan=skip
UNWIND $rows AS row
MATCH ()-[r:${type} {id: row[0]}]->() USING INDEX SEEK r:${type}(id)
SET r.propKeys = r.propKeys + [k IN row[4] WHERE NOT k IN r.propKeys],
  r.evidence = r.evidence + [i IN range(0, size(row[5]) - 1) WHERE NOT row[5][i] IN r.evidenceKeys | row[6][i]],
  r.evidenceKeys = r.evidenceKeys + [k IN row[5] WHERE NOT k IN r.evidenceKeys], ${setKnown('r', EDGE_PROPS, E_PROP0, true)}
${withExtra ? `SET r += coalesce(row[${E_EXTRA}], {})` : ''}
RETURN count(r) AS merged`;
}

/**
 * Creates edges the batch found missing, both ends found by id (cheaper than MERGE on the pattern,
 * which expands the relationships of the ends). Should another loader have created one of them
 * meanwhile, the id's constraint fails the statement and the batch is written again (see writeGraph).
 * Returns the rows it wrote (`merged`): fewer than it was sent, an end is missing.
 */
export function edgeCreate(type: EdgeType, withExtra: boolean): string {
  return `
CYPHER replan=skip
UNWIND $rows AS row
MATCH (s:Entity {id: row[2]}) USING INDEX SEEK s:Entity(id)
MATCH (t:Entity {id: row[3]}) USING INDEX SEEK t:Entity(id)
CREATE (s)-[r:${type} {id: row[0], seq: row[1], propKeys: row[4], evidenceKeys: row[5], evidence: row[6],
  ${EDGE_PROPS.map((k, i) => `${k}: row[${E_PROP0 + i}]`).join(', ')}}]->(t)
${withExtra ? `SET r += coalesce(row[${E_EXTRA}], {})` : ''}
RETURN count(r) AS merged`;
}

/** State rows as returned by nodeState / edgeState. */
export type NodeState = [string, string, string[], string[], string[], string[], unknown[]];
export type EdgeState = [string, string[], string[], unknown[]];

/** Whether nodeMerge's ON MATCH would change the node (conservative: extra properties always do). */
export function nodeChanges(row: NodeRow, s: NodeState): boolean {
  const [, name, aliases, nameKeys, propKeys, articles, known] = s;
  if (row.extra) return true;
  if (!subset(row.mergeAliases.filter((a) => a !== name), aliases)) return true;
  if (!subset(row.nameKeys, nameKeys) || !subset(Object.keys(row.props), propKeys) || !subset(row.articles, articles)) return true;
  return NODE_PROPS.some((k, i) => differs(row.props[k], known[i]));
}

/** Whether edgeUpdate would change the edge. */
export function edgeChanges(row: EdgeRow, s: EdgeState): boolean {
  const [, evidenceKeys, propKeys, known] = s;
  if (row.extra) return true;
  if (!subset(row.evKeys, evidenceKeys) || !subset(Object.keys(row.props), propKeys)) return true;
  return EDGE_PROPS.some((k, i) => differs(row.props[k], known[i]));
}

function subset(xs: readonly string[], of: readonly string[] | null): boolean {
  if (xs.length === 0) return true;
  if (!of) return false;
  const have = new Set(of);
  return xs.every((x) => have.has(x));
}

/** A new value (not null) other than the stored one; values that are not scalars count as different. */
function differs(value: unknown, stored: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'object' || typeof stored === 'object') return true;
  return value !== stored;
}
