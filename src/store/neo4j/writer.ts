import {
  EDGE_TYPES,
  NODE_TYPES,
  normalizeName,
  type EdgeType,
  type Evidence,
  type GraphDocument,
  type NodeType,
} from '../../graph/index.js';
import { GraphFormatError } from '../../errors/index.js';
import type { LoadOptions, LoadSummary } from '../types.js';
import type { Connection, TxRunner } from './connection.js';
import { articleProps, RESERVED_EDGE_KEYS, RESERVED_NODE_KEYS } from './records.js';

export const DEFAULT_BATCH_SIZE = 5000;

/** Key under which evidence entries are unioned (as in the embedded store). */
export function evidenceKey(e: Evidence): string {
  return `${e.articleId}|${e.start}|${e.end}|${e.rule}`;
}

// One statement per label / relationship type: labels and types come from NODE_TYPES / EDGE_TYPES.
const ARTICLE_MERGE = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.seq = row.seq
WITH a, row, a.seq AS seq
SET a = row.props
SET a.seq = seq`;

function nodeMerge(label: NodeType): string {
  return `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
ON CREATE SET n:Entity, n.seq = row.seq, n.name = row.name, n.nameKey = row.nameKey, n.aliases = row.aliases,
  n.nameKeys = [], n.propKeys = [], n.articles = []
ON MATCH SET n.aliases = n.aliases + [a IN row.mergeAliases WHERE a <> n.name AND NOT a IN n.aliases]
SET n += row.props,
  n.propKeys = n.propKeys + [k IN keys(row.props) WHERE NOT k IN n.propKeys],
  n.nameKeys = n.nameKeys + [k IN row.nameKeys WHERE NOT k IN n.nameKeys],
  n.articles = CASE WHEN row.article IS NULL OR row.article IN n.articles THEN n.articles ELSE n.articles + row.article END`;
}

function edgeMerge(type: EdgeType): string {
  return `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:${type} {id: row.id}]->(t)
ON CREATE SET r.seq = row.seq, r.propKeys = [], r.evidence = [], r.evidenceKeys = []
SET r += row.props, r.propKeys = r.propKeys + [k IN keys(row.props) WHERE NOT k IN r.propKeys]
WITH r, row, [i IN range(0, size(row.evKeys) - 1) WHERE NOT row.evKeys[i] IN r.evidenceKeys] AS fresh
SET r.evidenceKeys = r.evidenceKeys + [i IN fresh | row.evKeys[i]], r.evidence = r.evidence + [i IN fresh | row.evJson[i]]
RETURN count(r) AS merged`;
}

const RESERVE_SEQ = `
MERGE (m:KgMeta {key: 'sequence'})
ON CREATE SET m.next = 0
WITH m, m.next AS base
SET m.next = base + $count
RETURN base`;

type Row = Record<string, unknown> & { id: string };
interface Batch {
  kind: 'article' | 'node' | 'edge';
  groups: Map<string, Row[]>;
  size: number;
}

/**
 * Merges a graph into Neo4j in batches of `batchSize` rows (articles, then nodes, then edges), each
 * batch one transaction: a failing batch leaves nothing of itself behind, and the load can be run
 * again (every write is a MERGE).
 */
export async function writeGraph(conn: Connection, graph: GraphDocument, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = graph.articles.length + graph.nodes.length + graph.edges.length;
  const base = await reserveSequence(conn, total);
  const batches = planBatches(graph, base, batchSize);
  const summary: LoadSummary = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0, articles: 0, seconds: 0 };
  let done = 0;
  for (const [index, batch] of batches.entries()) {
    try {
      const add = await conn.writeTransaction((run) => writeBatch(run, batch));
      for (const k of Object.keys(add) as (keyof typeof add)[]) summary[k] += add[k];
    } catch (e: unknown) {
      if (e instanceof GraphFormatError) throw e;
      throw conn.unavailable(e, `batch ${index + 1} of ${batches.length} (${batch.kind}s) failed and was rolled back`);
    }
    done += batch.size;
    options.onProgress?.(done, total);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function reserveSequence(conn: Connection, count: number): Promise<number> {
  const res = await conn.query<{ base: number }>(RESERVE_SEQ, { count }, true);
  return Number(res.records[0]?.get('base') ?? 0);
}

type Counts = Omit<LoadSummary, 'seconds'>;

/** Runs one batch's statements; returns its counts (added by the caller once it has committed). */
async function writeBatch(run: TxRunner, batch: Batch): Promise<Counts> {
  const add: Counts = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0, articles: 0 };
  for (const [key, rows] of batch.groups) {
    if (batch.kind === 'article') {
      await run(ARTICLE_MERGE, { rows });
      add.articles += rows.length;
    } else if (batch.kind === 'node') {
      const res = await run(nodeMerge(key as NodeType), { rows });
      const created = res.summary.counters.updates().nodesCreated;
      add.nodesCreated += created;
      add.nodesUpdated += rows.length - created;
    } else {
      const res = await run(edgeMerge(key as EdgeType), { rows });
      const merged = Number(res.records[0]?.get('merged') ?? 0);
      if (merged < rows.length) throw missingEndpoint(rows, await findMissing(run, rows));
      const created = res.summary.counters.updates().relationshipsCreated;
      add.relationshipsCreated += created;
      add.relationshipsUpdated += rows.length - created;
    }
  }
  return add;
}

async function findMissing(run: TxRunner, rows: Row[]): Promise<string[]> {
  const ids = [...new Set(rows.flatMap((r) => [String(r.source), String(r.target)]))];
  const res = await run('UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) WITH id, n WHERE n IS NULL RETURN collect(id) AS missing', { ids });
  return (res.records[0]?.get('missing') as string[] | undefined) ?? [];
}

function missingEndpoint(rows: Row[], missing: string[]): GraphFormatError {
  const gone = new Set(missing);
  const edge = rows.find((r) => gone.has(String(r.source)) || gone.has(String(r.target)));
  const which = edge ? `edge ${edge.id} points at ${gone.has(String(edge.source)) ? edge.source : edge.target}` : 'an edge points at a node';
  return new GraphFormatError('graph', `${which}, which is neither in the graph nor in Neo4j (batch rolled back)`);
}

/** Splits the graph into batches of rows, grouped by label / relationship type inside a batch. */
export function planBatches(graph: GraphDocument, base: number, batchSize: number): Batch[] {
  const batches: Batch[] = [];
  let seq = base;
  const push = (kind: Batch['kind'], items: { key: string; row: Row }[]): void => {
    for (let i = 0; i < items.length; i += batchSize) {
      const groups = new Map<string, Row[]>();
      const slice = items.slice(i, i + batchSize);
      for (const { key, row } of slice) {
        const list = groups.get(key);
        if (list) list.push(row);
        else groups.set(key, [row]);
      }
      batches.push({ kind, groups, size: slice.length });
    }
  };
  push('article', graph.articles.map((a) => ({ key: 'Article', row: { id: a.id, seq: seq++, props: articleProps(a) } })));
  const soleArticle = graph.articles.length === 1 ? graph.articles[0]!.id : null;
  push('node', graph.nodes.map((n) => ({ key: checkNodeType(n.type), row: nodeRow(n, seq++, soleArticle) })));
  push('edge', graph.edges.map((e) => ({ key: checkEdgeType(e.type), row: edgeRow(e, seq++) })));
  return batches;
}

function nodeRow(n: GraphDocument['nodes'][number], seq: number, article: string | null): Row {
  const aliases = unique(n.aliases);
  const nameKeys = unique([n.name, ...n.aliases].map(normalizeName).filter((k) => k !== ''));
  return {
    id: n.id,
    seq,
    name: n.name,
    nameKey: normalizeName(n.name),
    aliases,
    mergeAliases: unique([n.name, ...aliases]),
    nameKeys,
    props: cleanProps(n.properties, RESERVED_NODE_KEYS, n.id),
    article,
  };
}

function edgeRow(e: GraphDocument['edges'][number], seq: number): Row {
  const byKey = new Map<string, Evidence>();
  for (const ev of e.evidence) if (!byKey.has(evidenceKey(ev))) byKey.set(evidenceKey(ev), ev);
  return {
    id: e.id,
    seq,
    source: e.source,
    target: e.target,
    props: cleanProps(e.properties, RESERVED_EDGE_KEYS, e.id),
    evKeys: [...byKey.keys()],
    evJson: [...byKey.values()].map((ev) => JSON.stringify(ev)),
  };
}

function cleanProps(props: Record<string, unknown>, reserved: ReadonlySet<string>, owner: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null) continue;
    if (reserved.has(k)) throw new GraphFormatError('graph', `${owner}: property name "${k}" is reserved by the Neo4j store`);
    out[k] = v;
  }
  return out;
}

const NODE_TYPE_SET: ReadonlySet<string> = new Set(NODE_TYPES);
const EDGE_TYPE_SET: ReadonlySet<string> = new Set(EDGE_TYPES);

function checkNodeType(t: string): NodeType {
  if (!NODE_TYPE_SET.has(t)) throw new GraphFormatError('graph', `unknown node type "${t}"`);
  return t as NodeType;
}

function checkEdgeType(t: string): EdgeType {
  if (!EDGE_TYPE_SET.has(t)) throw new GraphFormatError('graph', `unknown edge type "${t}"`);
  return t as EdgeType;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
