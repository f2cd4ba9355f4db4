import type { EdgeType, NodeType } from '../../graph/index.js';
import { GraphFormatError } from '../../errors/index.js';
import type { LoadOptions, LoadSummary } from '../types.js';
import type { Connection, TxRunner } from './connection.js';
import { idsIn, listIn, planBatches, type Batch, type EdgeRow } from './plan.js';
import {
  ARTICLE_CREATE,
  ARTICLE_MERGE,
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
  STORE_EMPTY,
  type EdgeState,
  type NodeState,
} from './statements.js';
import { findMissing, hasExtra, isRaceLost, MAX_ATTEMPTS, missingEndpoint, MissingNodes, settle } from './write-support.js';

export { planBatches } from './plan.js';
export { edgeCreate, edgeUpdate, nodeCreate, nodeMerge } from './statements.js';

/** Rows (articles, edges, nodes written for the first time) per transaction, whole articles only. */
export const DEFAULT_BATCH_SIZE = 10_000;
/**
 * Batches in flight at once into an empty store (1 or 2; see writePipelined): a batch holds whole
 * articles, a later batch relies on the nodes an earlier one wrote, and commits keep batch order.
 * Into a store that holds something, batches run one at a time.
 */
export const DEFAULT_CONCURRENCY = 2;

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
 * A failing batch leaves nothing of itself behind, and the load can be run again. Batches commit
 * one after the other, in order; into an empty store the next one writes what it can while the one
 * before commits (writePipelined).
 *
 * Into a store that holds no entity and no article when the load starts (count store), batches do
 * not read what is there: a node or article is new (each is written once, in its first batch) and an
 * edge is there exactly when an earlier batch of this load wrote it, so articles and nodes are
 * CREATEd, those edges updated and the others created. Should another writer get in (a constraint
 * fails, or a row finds nothing to update), the batch was rolled back and it and the batches after
 * it run in reading mode: they read the state of their nodes and edges first (see writeBatch).
 */
export async function writeGraph(conn: Connection, graph: Parameters<typeof planBatches>[0], options: LoadOptions & { concurrency?: number } = {}): Promise<LoadSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = graph.articles.length + graph.nodes.length + graph.edges.length;
  const base = await reserveSequence(conn, total);
  const { batches, nodeIds, edgeIds, nodeRows } = planBatches(graph, base, batchSize);
  const summary: LoadSummary = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0, articles: 0, seconds: 0 };
  let done = 0;
  // edges written by the committed batches of this load, while it runs without reading (null: reading mode)
  let written: Set<string> | null = (await conn.query(STORE_EMPTY)).records[0]?.get('empty') === true ? new Set() : null;
  const commit = (batch: Batch, add: Counts): void => {
    for (const k of Object.keys(add) as (keyof typeof add)[]) summary[k] += add[k];
    done += batch.size;
    options.onProgress?.(done, total);
  };
  // Into an empty store, two batches in flight (see writePipelined); from the first failure on, one at a time.
  const piped = written && (options.concurrency ?? DEFAULT_CONCURRENCY) > 1 ? await writePipelined(conn, batches, written, commit) : null;
  let failed = piped?.failed ?? null;
  for (const batch of batches.slice(piped?.next ?? 0)) {
    for (let attempt = 1; ; attempt++) {
      try {
        // the batch failed in the pipeline: its first attempt
        if (failed) {
          const { error } = failed;
          failed = null;
          throw error;
        }
        const add = await conn.writeTransaction((run) => writeBatch(run, batch, written));
        if (written) for (const id of idsIn(batch.edges)) written.add(id);
        commit(batch, add);
        break;
      } catch (e: unknown) {
        written = null; // whatever went wrong, read from now on
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
  }
  summary.nodesUpdated = nodeIds - summary.nodesCreated;
  summary.relationshipsUpdated = edgeIds - summary.relationshipsCreated;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** A batch in flight: what it writes for the first time, and its commit (counted once it resolves). */
interface InFlight {
  index: number;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  committed: Promise<unknown>;
}

/** How long a batch waits for the one before it to commit before it gives up (rolled back, run again alone). */
const STALL_MS = 60_000;

/**
 * Writes the batches of a load into an empty store with two in flight: a batch starts once the one
 * before it has run all its statements (it is committing, which takes about as long again), writes
 * its article records, its nodes and the edges that depend on nothing of the batch in flight, then
 * waits for that batch to commit before it writes the rest (edges that touch its nodes or that it
 * wrote) and commits. Commits thus keep batch order, and a batch commits only after the one before
 * it has. The first batch that fails stops it: returned with its error, to be run again, with the
 * batches after it, one at a time (those in flight after it were rolled back).
 */
async function writePipelined(
  conn: Connection,
  batches: Batch[],
  written: Set<string>,
  commit: (batch: Batch, add: Counts) => void,
): Promise<{ next: number; failed: { error: unknown } | null }> {
  let prev: InFlight | null = null;
  for (let i = 0; i <= batches.length; i++) {
    const batch = batches[i];
    let cur: InFlight | null = null;
    const cf: { failed: { error: unknown } | null } = { failed: null };
    if (batch) {
      let sent!: () => void;
      const statementsDone = new Promise<void>((resolve) => (sent = resolve));
      const before = prev;
      const committed = conn
        .writeTransaction(async (run) => {
          const add = await writeBatch(run, batch, written, before);
          sent();
          return add;
        })
        .then((add) => {
          for (const id of idsIn(batch.edges)) written.add(id);
          commit(batch, add);
        });
      const outcome = committed.then(
        () => undefined,
        (error: unknown) => void (cf.failed = { error }),
      );
      cur = { index: i, nodes: new Set(idsIn(batch.nodes)), edges: new Set(idsIn(batch.edges)), committed };
      await Promise.race([statementsDone, outcome]);
    }
    if (prev) {
      const error = await prev.committed.then(
        () => null,
        (e: unknown) => ({ error: e }),
      );
      if (error) {
        await cur?.committed.catch(() => undefined);
        return { next: prev.index, failed: error };
      }
    }
    if (cf.failed) return { next: i, failed: cf.failed };
    prev = cur;
  }
  return { next: batches.length, failed: null };
}

async function reserveSequence(conn: Connection, count: number): Promise<number> {
  const res = await conn.query<{ base: number }>(RESERVE_SEQ, { count }, true);
  return Number(res.records[0]?.get('base') ?? 0);
}

type Counts = Pick<LoadSummary, 'nodesCreated' | 'relationshipsCreated' | 'articles'>;

/**
 * Runs one batch's statements in two rounds, each sent without waiting (the server runs them in
 * order): first what Neo4j already holds of the batch's nodes and edges (by id); then the merges
 * of the nodes that are new or would change, the updates of the edges there that would change, and
 * the creation of the others. A graph loaded again thus writes nothing, and a first load creates
 * its edges without first looking for each; returns its counts (added by the caller once it has committed).
 * `written` (a load into an empty store): no first round; the batch's nodes and articles are created,
 * its edges in `written` updated, the others created.
 */
async function writeBatch(run: TxRunner, batch: Batch, written: ReadonlySet<string> | null, before: InFlight | null = null): Promise<Counts> {
  const add: Counts = { nodesCreated: 0, relationshipsCreated: 0, articles: batch.articles.length };
  const nodes = [...batch.nodes];
  const edges = [...batch.edges];
  const reads = written
    ? []
    : [
        ...nodes.map(([label, rows]) => run(nodeState(label), { ids: rows.map((r) => r.id) })),
        ...edges.map(([type, rows]) => run(edgeState(type), { ids: rows.map((r) => r.id) })),
      ];
  const states = (await settle(reads)).map((res) => (res.records[0]?.get('state') as unknown[][] | undefined) ?? []);
  const nodeRuns: ReturnType<TxRunner>[] = [];
  const edgeRuns: { rows: EdgeRow[]; sent: number; res: ReturnType<TxRunner>[] }[] = [];
  const all: ReturnType<TxRunner>[] = [];
  // sent once the batch in flight has committed: updates, and edges that touch the nodes it writes
  const later: (() => void)[] = [];
  if (batch.articles.length) all.push(run(written ? ARTICLE_CREATE : ARTICLE_MERGE, { rows: batch.articles.map((a) => [a.id, a.seq, a.props]) }));
  nodes.forEach(([label, rows], i) => {
    if (written) return void nodeRuns.push(run(nodeCreate(label, rows.some(hasExtra)), { rows: rows.map(nodeList) }));
    const there = new Map(states[i]!.map((s) => [s[0] as string, s as NodeState]));
    const write = rows.filter((r) => !there.has(r.id) || nodeChanges(r, there.get(r.id)!));
    if (write.length) nodeRuns.push(run(nodeMerge(label, write.some(hasExtra)), { rows: write.map(nodeList) }));
  });
  edges.forEach(([type, rows], i) => {
    const there = new Map(written ? [] : states[nodes.length + i]!.map((s) => [s[0] as string, s as EdgeState]));
    const isThere = (r: EdgeRow): boolean => (written ? written.has(r.id) || before?.edges.has(r.id) === true : there.has(r.id));
    const update = rows.filter((r) => isThere(r) && (written !== null || edgeChanges(r, there.get(r.id)!)));
    const create = rows.filter((r) => !isThere(r));
    const waits = (r: EdgeRow): boolean => before !== null && (before.nodes.has(r.source) || before.nodes.has(r.target));
    const res: ReturnType<TxRunner>[] = [];
    const createNow = before ? create.filter((r) => !waits(r)) : create;
    const createLater = before ? create.filter(waits) : [];
    const send = (statement: string, list: EdgeRow[]): void => void (list.length && res.push(run(statement, { rows: list.map(edgeList) })));
    if (before) later.push(() => send(edgeUpdate(type, update.some(hasExtra)), update));
    else send(edgeUpdate(type, update.some(hasExtra)), update);
    send(edgeCreate(type, createNow.some(hasExtra)), createNow);
    later.push(() => send(edgeCreate(type, createLater.some(hasExtra)), createLater));
    edgeRuns.push({ rows, sent: update.length + create.length, res });
  });
  all.push(...nodeRuns, ...edgeRuns.flatMap((e) => e.res));
  if (before) {
    void Promise.allSettled(all); // failures are thrown below, once the wait is over
    await waitFor(before.committed);
    for (const send of later) send();
    all.push(...edgeRuns.flatMap((e) => e.res));
  }
  await settle(all);
  for (const res of nodeRuns) add.nodesCreated += (await res).summary.counters.updates().nodesCreated;
  for (const { rows, sent, res } of edgeRuns) {
    const done = await Promise.all(res);
    const merged = done.reduce((n, r) => n + Number(r.records[0]?.get('merged') ?? 0), 0);
    if (merged < sent) throw new MissingNodes(rows, await findMissing(run, rows));
    for (const r of done) add.relationshipsCreated += r.summary.counters.updates().relationshipsCreated;
  }
  return add;
}

/** Waits for the batch in flight to commit; it failed, or it takes too long (it may wait for a lock this one holds): an error, this batch rolls back. */
async function waitFor(committed: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the batch before did not commit within ${STALL_MS / 1000} s`)), STALL_MS);
  });
  try {
    await Promise.race([committed, stalled]);
  } catch (e: unknown) {
    // not a transient error: the driver must not run this batch again while the one before has failed
    throw new Error(`the batch before failed or stalled: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    clearTimeout(timer);
  }
}
