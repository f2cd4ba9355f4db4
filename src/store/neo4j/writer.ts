import type { EdgeType, NodeType } from '../../graph/index.js';
import { GraphFormatError } from '../../errors/index.js';
import type { LoadOptions, LoadSummary } from '../types.js';
import type { Connection, TxRunner } from './connection.js';
import { EDGE_PROPS, listIn, NODE_PROPS, planBatches, type Batch, type EdgeRow, type NodeRow } from './plan.js';

export { planBatches } from './plan.js';

/** Rows (articles, edges, nodes written for the first time) per transaction, whole articles only. */
export const DEFAULT_BATCH_SIZE = 10_000;
/**
 * Batches written at once. One: a batch holds whole articles, a later batch relies on the nodes an
 * earlier one wrote, and batches meet at the same hub nodes.
 */
export const DEFAULT_CONCURRENCY = 1;

const ARTICLE_MERGE = `
CYPHER replan=skip
UNWIND $rows AS row
MERGE (a:Article {id: row[0]})
ON CREATE SET a.seq = row[1]
WITH a, row, a.seq AS seq
SET a = row[2]
SET a.seq = seq`;

// Rows are sent as lists (smaller to encode and decode than maps); positions:
// node: id, seq, name, nameKey, aliases, mergeAliases, nameKeys, propKeys, articles, ...NODE_PROPS, extra
// edge: id, seq, source, target, propKeys, evidenceKeys, evidence (JSON strings), ...EDGE_PROPS, extra
const N_PROP0 = 9;
const N_EXTRA = N_PROP0 + NODE_PROPS.length;
const E_PROP0 = 7;
const E_EXTRA = E_PROP0 + EDGE_PROPS.length;

function nodeList(r: NodeRow): unknown[] {
  return [r.id, r.seq, r.name, r.nameKey, r.aliases, r.mergeAliases, r.nameKeys, Object.keys(r.props), r.articles, ...NODE_PROPS.map((k) => r.props[k] ?? null), r.extra];
}

function edgeList(r: EdgeRow): unknown[] {
  return [r.id, r.seq, r.source, r.target, Object.keys(r.props), r.evKeys, r.evJson, ...EDGE_PROPS.map((k) => r.props[k] ?? null), r.extra];
}

function setKnown(v: string, keys: readonly string[], first: number, onMatch: boolean): string {
  return keys.map((k, i) => (onMatch ? `${v}.${k} = coalesce(row[${first + i}], ${v}.${k})` : `${v}.${k} = row[${first + i}]`)).join(', ');
}

/**
 * One statement per label (labels come from NODE_TYPES only). MERGE on the constrained id.
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
 * Two statements per relationship type (types come from EDGE_TYPES only), run in this order: the
 * update of the edges already there, found by id through the index of the constraint that keeps ids
 * unique per type (created at start-up), then the creation of the others, both ends found by id.
 * Cheaper than MERGE on the pattern, which expands the relationships of the ends and locks both.
 * Two loaders creating the same edge at once: one fails on the constraint and its batch is written
 * again (see writeGraph). Each returns the rows it wrote (`merged`): fewer than the rows in all,
 * an end is missing.
 */
export function edgeUpdate(type: EdgeType, withExtra: boolean): string {
  return `
CYPHER replan=skip
UNWIND $rows AS row
MATCH ()-[r:${type} {id: row[0]}]->()
SET r.propKeys = r.propKeys + [k IN row[4] WHERE NOT k IN r.propKeys],
  r.evidence = r.evidence + [i IN range(0, size(row[5]) - 1) WHERE NOT row[5][i] IN r.evidenceKeys | row[6][i]],
  r.evidenceKeys = r.evidenceKeys + [k IN row[5] WHERE NOT k IN r.evidenceKeys], ${setKnown('r', EDGE_PROPS, E_PROP0, true)}
${withExtra ? `SET r += coalesce(row[${E_EXTRA}], {})` : ''}
RETURN count(r) AS merged`;
}

export function edgeCreate(type: EdgeType, withExtra: boolean): string {
  return `
CYPHER replan=skip
UNWIND $rows AS row
WITH row WHERE NOT EXISTS { MATCH ()-[:${type} {id: row[0]}]->() }
MATCH (s:Entity {id: row[2]})
MATCH (t:Entity {id: row[3]})
CREATE (s)-[r:${type} {id: row[0], seq: row[1], propKeys: row[4], evidenceKeys: row[5], evidence: row[6],
  ${EDGE_PROPS.map((k, i) => `${k}: row[${E_PROP0 + i}]`).join(', ')}}]->(t)
${withExtra ? `SET r += coalesce(row[${E_EXTRA}], {})` : ''}
RETURN count(r) AS merged`;
}

const RESERVE_SEQ = `
MERGE (m:KgMeta {key: 'sequence'})
ON CREATE SET m.next = 0
WITH m, m.next AS base
SET m.next = base + $count
RETURN base`;

/**
 * Merges a graph into Neo4j in batches of about `batchSize` rows, each batch one transaction holding
 * whole articles: an article's record and its evidence on its edges commit together or not at all,
 * with the nodes those edges touch (written in that batch, or in an earlier one that has committed).
 * A failing batch leaves nothing of itself behind, and the load can be run again (every write is a
 * MERGE). Batches run one at a time.
 */
export async function writeGraph(conn: Connection, graph: Parameters<typeof planBatches>[0], options: LoadOptions & { concurrency?: number } = {}): Promise<LoadSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = graph.articles.length + graph.nodes.length + graph.edges.length;
  const base = await reserveSequence(conn, total);
  const { batches, nodeIds, edgeIds, nodeRows } = planBatches(graph, base, batchSize);
  const summary: LoadSummary = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0, articles: 0, seconds: 0 };
  let done = 0;
  for (const batch of batches) {
    for (let attempt = 1; ; attempt++) {
      try {
        const add = await conn.writeTransaction((run) => writeBatch(run, batch));
        for (const k of Object.keys(add) as (keyof typeof add)[]) summary[k] += add[k];
        break;
      } catch (e: unknown) {
        // A node an earlier batch wrote is gone (deleted meanwhile): write this batch again with it.
        if (e instanceof MissingNodes && attempt === 1 && e.ids.every((id) => nodeRows.has(id))) {
          for (const id of e.ids) listIn(batch.nodes, nodeRows.get(id)!.type).push(nodeRows.get(id)!.row);
          continue;
        }
        if (e instanceof MissingNodes) throw missingEndpoint(e.rows, e.ids);
        // Another writer created one of these edges meanwhile, or a deadlock: the batch was rolled back; again.
        if (attempt < MAX_ATTEMPTS && isRaceLost(e)) continue;
        throw e instanceof GraphFormatError ? e : conn.unavailable(e, `batch ${batch.index} of ${batches.length} failed and was rolled back`);
      }
    }
    done += batch.size;
    options.onProgress?.(done, total);
  }
  summary.nodesUpdated = nodeIds - summary.nodesCreated;
  summary.relationshipsUpdated = edgeIds - summary.relationshipsCreated;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

const MAX_ATTEMPTS = 4;

function isRaceLost(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'Neo.ClientError.Schema.ConstraintValidationFailed' || code.startsWith('Neo.TransientError.Transaction.'));
}

async function reserveSequence(conn: Connection, count: number): Promise<number> {
  const res = await conn.query<{ base: number }>(RESERVE_SEQ, { count }, true);
  return Number(res.records[0]?.get('base') ?? 0);
}

type Counts = Pick<LoadSummary, 'nodesCreated' | 'relationshipsCreated' | 'articles'>;

/**
 * Runs one batch's statements (articles, nodes, edges), sent one after the other without waiting
 * (the server runs them in order); returns its counts (added by the caller once it has committed).
 */
async function writeBatch(run: TxRunner, batch: Batch): Promise<Counts> {
  const add: Counts = { nodesCreated: 0, relationshipsCreated: 0, articles: batch.articles.length };
  const nodeRuns: ReturnType<TxRunner>[] = [];
  const edgeRuns: { rows: EdgeRow[]; res: ReturnType<TxRunner>[] }[] = [];
  const all: ReturnType<TxRunner>[] = [];
  if (batch.articles.length) all.push(run(ARTICLE_MERGE, { rows: batch.articles.map((a) => [a.id, a.seq, a.props]) }));
  for (const [label, rows] of batch.nodes) nodeRuns.push(run(nodeMerge(label, rows.some(hasExtra)), { rows: rows.map(nodeList) }));
  for (const [type, rows] of batch.edges) {
    const params = { rows: rows.map(edgeList) };
    const extra = rows.some(hasExtra);
    edgeRuns.push({ rows, res: [run(edgeUpdate(type, extra), params), run(edgeCreate(type, extra), params)] });
  }
  all.push(...nodeRuns, ...edgeRuns.flatMap((e) => e.res));
  const settled = await Promise.allSettled(all);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  for (const res of nodeRuns) add.nodesCreated += (await res).summary.counters.updates().nodesCreated;
  for (const { rows, res } of edgeRuns) {
    const [updated, created] = await Promise.all(res);
    const merged = Number(updated!.records[0]?.get('merged') ?? 0) + Number(created!.records[0]?.get('merged') ?? 0);
    if (merged < rows.length) throw new MissingNodes(rows, await findMissing(run, rows));
    add.relationshipsCreated += created!.summary.counters.updates().relationshipsCreated;
  }
  return add;
}

async function findMissing(run: TxRunner, rows: EdgeRow[]): Promise<string[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.source, r.target]))];
  const res = await run('UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) WITH id, n WHERE n IS NULL RETURN collect(id) AS missing', { ids });
  return (res.records[0]?.get('missing') as string[] | undefined) ?? [];
}

/** Edge rows of a batch whose ends are not in Neo4j (the batch is rolled back). */
class MissingNodes extends Error {
  constructor(
    readonly rows: EdgeRow[],
    readonly ids: string[],
  ) {
    super(`missing nodes: ${ids.join(', ')}`);
  }
}

function missingEndpoint(rows: EdgeRow[], missing: string[]): GraphFormatError {
  const gone = new Set(missing);
  const edge = rows.find((r) => gone.has(r.source) || gone.has(r.target));
  const which = edge ? `edge ${edge.id} points at ${gone.has(edge.source) ? edge.source : edge.target}` : 'an edge points at a node';
  return new GraphFormatError('graph', `${which}, which is neither in the graph nor in Neo4j (batch rolled back)`);
}

function hasExtra(row: { extra: unknown }): boolean {
  return row.extra !== null;
}
