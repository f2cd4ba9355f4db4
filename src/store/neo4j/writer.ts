import type { EdgeType, NodeType } from '../../graph/index.js';
import { GraphFormatError } from '../../errors/index.js';
import type { LoadOptions, LoadSummary } from '../types.js';
import type { Connection, TxRunner } from './connection.js';
import { listIn, planBatches, type Batch, type EdgeRow } from './plan.js';
import {
  ARTICLE_MERGE,
  E_EXTRA_AT,
  edgeChanges,
  edgeCreate,
  edgeList,
  edgeState,
  edgeUpdate,
  nodeChanges,
  nodeCreate,
  nodeList,
  nodeMerge,
  nodeState,
  type EdgeState,
  type NodeState,
} from './statements.js';

export { planBatches } from './plan.js';
export { edgeCreate, edgeUpdate, nodeCreate, nodeMerge } from './statements.js';

/** Rows (articles, edges, nodes written for the first time) per transaction, whole articles only. */
export const DEFAULT_BATCH_SIZE = 10_000;
/**
 * Batches written at once. One: a batch holds whole articles, a later batch relies on the nodes an
 * earlier one wrote, and batches meet at the same hub nodes.
 */
export const DEFAULT_CONCURRENCY = 1;

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
 * A failing batch leaves nothing of itself behind, and the load can be run again (a batch reads
 * what is there first and writes only what is missing or would change; the id constraints catch a
 * node or edge another writer created meanwhile, and the batch runs again). Batches run one at a time.
 */
export async function writeGraph(conn: Connection, graph: Parameters<typeof planBatches>[0], options: LoadOptions & { concurrency?: number } = {}): Promise<LoadSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = graph.articles.length + graph.nodes.length + graph.edges.length;
  const base = await reserveSequence(conn, total);
  const { batches, nodeIds, edgeIds, nodeRows } = planBatches(graph, base, batchSize);
  const summary: LoadSummary = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0, articles: 0, seconds: 0 };
  // internal ids of the nodes written or found by committed batches: how later batches find edge ends
  const ends = new Map<string, number>();
  const commitBatch = async (batch: Batch, gate: Gate, sent: () => void): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const { counts, found } = await conn.writeTransaction((run) => writeBatch(run, batch, ends, gate, sent));
        for (const k of Object.keys(counts) as (keyof typeof counts)[]) summary[k] += counts[k];
        for (const [id, eid] of found) ends.set(id, eid);
        return;
      } catch (e: unknown) {
        if (e instanceof PreviousFailed) throw e;
        // An internal id no longer names its node (deleted, maybe written again, meanwhile): find the ends by id.
        if (e instanceof MissingNodes && e.ids.length === 0 && attempt < MAX_ATTEMPTS) {
          for (const r of e.rows) (ends.delete(r.source), ends.delete(r.target));
          continue;
        }
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
  };
  // Batch i + 1 opens its transaction and reads its state once batch i has run its statements (while
  // i commits); it writes once i has committed (its gate). A failure stops the batches after it.
  const finished: Promise<void>[] = [];
  const start = (i: number, gate: Gate): void => {
    let next = false;
    const sent = (): void => {
      if (next || i + 1 >= batches.length) return;
      next = true;
      const committed = done.catch(() => Promise.reject(new PreviousFailed()));
      committed.catch(() => undefined); // the batch may fail before it waits on it
      start(i + 1, { committed, previous: batches[i]! });
    };
    const done = commitBatch(batches[i]!, gate, sent).then(sent);
    done.catch(() => undefined); // awaited below, in order
    finished.push(done);
  };
  if (batches.length) start(0, null);
  let done = 0;
  for (let i = 0; i < batches.length; i++) {
    await finished[i];
    done += batches[i]!.size;
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

/** What a batch waits on before it writes: the previous batch's commit (null for the first). */
type Gate = { committed: Promise<unknown>; previous: Batch } | null;

type Counts = Pick<LoadSummary, 'nodesCreated' | 'relationshipsCreated' | 'articles'>;

/**
 * Runs one batch's statements in two rounds, each sent without waiting (the server runs them in
 * order): first what Neo4j already holds of the batch's nodes and edges (by id); then the merges
 * of the nodes that are new or would change, the updates of the edges there that would change, and
 * the creation of the others. A graph loaded again thus writes nothing, and a first load creates
 * its edges without first looking for each. Edge ends already in Neo4j (written by an earlier batch:
 * `ends`, or found by the first round) are found by internal id, the others by id. Returns its counts
 * and the internal ids of its nodes (kept by the caller once the batch has committed).
 */
async function writeBatch(
  run: TxRunner,
  batch: Batch,
  ends: ReadonlyMap<string, number>,
  gate: Gate,
  sent: () => void,
): Promise<{ counts: Counts; found: [string, number][] }> {
  const add: Counts = { nodesCreated: 0, relationshipsCreated: 0, articles: batch.articles.length };
  const found: [string, number][] = [];
  // this batch's nodes: their internal id only once the first round has found them there
  const mine = new Map<string, number | null>();
  for (const [, rows] of batch.nodes) for (const r of rows) mine.set(r.id, null);
  const nodes = [...batch.nodes];
  const edges = [...batch.edges];
  const reads = [
    ...nodes.map(([label, rows]) => run(nodeState(label), { ids: rows.map((r) => r.id) })),
    ...edges.map(([type, rows]) => run(edgeState(type), { ids: rows.map((r) => r.id) })),
  ];
  const states = (await settle(reads)).map((res) => (res.records[0]?.get('state') as unknown[][] | undefined) ?? []);
  if (gate) {
    await gate.committed;
    // edges the previous batch wrote too, read before it committed: read again
    const before = new Set([...gate.previous.edges.values()].flatMap((rows) => rows.map((r) => r.id)));
    const stale = edges.map(([type, rows]) => (rows.some((r) => before.has(r.id)) ? run(edgeState(type), { ids: rows.map((r) => r.id) }) : null));
    for (const [i, res] of stale.entries()) if (res) states[nodes.length + i] = ((await res).records[0]?.get('state') as unknown[][] | undefined) ?? [];
  }
  const nodeRuns: ReturnType<TxRunner>[] = [];
  const edgeRuns: { rows: EdgeRow[]; sent: number; res: ReturnType<TxRunner>[] }[] = [];
  const all: ReturnType<TxRunner>[] = [];
  if (batch.articles.length) all.push(run(ARTICLE_MERGE, { rows: batch.articles.map((a) => [a.id, a.seq, a.props]) }));
  nodes.forEach(([label, rows], i) => {
    const there = new Map(states[i]!.map((s) => [s[0] as string, s as NodeState]));
    for (const [id, s] of there) (mine.set(id, s[7]), found.push([id, s[7]]));
    const create = rows.filter((r) => !there.has(r.id));
    const change = rows.filter((r) => there.has(r.id) && nodeChanges(r, there.get(r.id)!));
    if (create.length) nodeRuns.push(run(nodeCreate(label, create.some(hasExtra)), { rows: create.map(nodeList) }));
    if (change.length) nodeRuns.push(run(nodeMerge(label, change.some(hasExtra)), { rows: change.map(nodeList) }));
  });
  edges.forEach(([type, rows], i) => {
    const there = new Map(states[nodes.length + i]!.map((s) => [s[0] as string, s as EdgeState]));
    const update = rows.filter((r) => there.has(r.id) && edgeChanges(r, there.get(r.id)!));
    const res: ReturnType<TxRunner>[] = [];
    if (update.length) res.push(run(edgeUpdate(type, update.some(hasExtra)), { rows: update.map((r) => edgeList(r)) }));
    // rows to create, by which ends have a known internal id (one statement each)
    const creates = new Map<number, unknown[][]>();
    for (const r of rows) {
      if (there.has(r.id)) continue;
      const source = mine.has(r.source) ? mine.get(r.source)! : (ends.get(r.source) ?? null);
      const target = mine.has(r.target) ? mine.get(r.target)! : (ends.get(r.target) ?? null);
      listIn(creates, (source !== null ? 1 : 0) + (target !== null ? 2 : 0)).push(edgeList(r, [source, target]));
    }
    let created = 0;
    for (const [by, list] of creates) {
      const withExtra = list.some((l) => l[E_EXTRA_AT] !== null);
      res.push(run(edgeCreate(type, withExtra, { source: (by & 1) !== 0, target: (by & 2) !== 0 }), { rows: list }));
      created += list.length;
    }
    edgeRuns.push({ rows, sent: update.length + created, res });
  });
  all.push(...nodeRuns, ...edgeRuns.flatMap((e) => e.res));
  await settle(all);
  sent();
  for (const run of nodeRuns) {
    const res = await run;
    add.nodesCreated += res.summary.counters.updates().nodesCreated;
    for (const pair of (res.records[0]?.get('ends') as [string, number][] | undefined) ?? []) found.push(pair);
  }
  for (const { rows, sent, res } of edgeRuns) {
    const done = await Promise.all(res);
    const merged = done.reduce((n, r) => n + Number(r.records[0]?.get('merged') ?? 0), 0);
    if (merged < sent) throw new MissingNodes(rows, await findMissing(run, rows));
    for (const r of done) add.relationshipsCreated += r.summary.counters.updates().relationshipsCreated;
  }
  return { counts: add, found };
}

/** Waits for all the statements sent; throws the first failure. */
async function settle<T>(runs: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(runs);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}

async function findMissing(run: TxRunner, rows: EdgeRow[]): Promise<string[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.source, r.target]))];
  const res = await run('UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) WITH id, n WHERE n IS NULL RETURN collect(id) AS missing', { ids });
  return (res.records[0]?.get('missing') as string[] | undefined) ?? [];
}

/** The batch before this one failed (this one, waiting on it, is rolled back; the earlier error is reported). */
class PreviousFailed extends Error {}

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
