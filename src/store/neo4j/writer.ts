import {
  EDGE_TYPES,
  makeEdgeId,
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
/**
 * Batches written at once. One: a batch holds whole articles (their nodes and edges), and batches
 * meet at the same hub nodes, so two at a time would deadlock.
 */
export const DEFAULT_CONCURRENCY = 1;

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

/**
 * Graph properties with a statement slot of their own. Others go through `SET x += row.extra`,
 * in a variant used only by batches that have some (a map SET makes Cypher plan an Eager step).
 */
const NODE_PROPS = ['country', 'parameters', 'fromScratch', 'openSource', 'releasedOn', 'family'] as const;
const EDGE_PROPS = ['score', 'title', 'status'] as const;
const NODE_PROP_SET: ReadonlySet<string> = new Set(NODE_PROPS);
const EDGE_PROP_SET: ReadonlySet<string> = new Set(EDGE_PROPS);

function setKnown(v: string, keys: readonly string[], onMatch: boolean): string {
  return keys.map((k) => (onMatch ? `${v}.${k} = coalesce(row.props.${k}, ${v}.${k})` : `${v}.${k} = row.props.${k}`)).join(', ');
}

/** Note: all expressions of one SET are evaluated before any is applied (so old lists are read). */
function nodeMerge(label: NodeType, withExtra: boolean): string {
  return `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
ON CREATE SET n:Entity, n.seq = row.seq, n.name = row.name, n.nameKey = row.nameKey, n.aliases = row.aliases,
  n.nameKeys = row.nameKeys, n.propKeys = keys(row.props), n.articles = row.articles, ${setKnown('n', NODE_PROPS, false)}
ON MATCH SET n.aliases = n.aliases + [a IN row.mergeAliases WHERE a <> n.name AND NOT a IN n.aliases],
  n.nameKeys = n.nameKeys + [k IN row.nameKeys WHERE NOT k IN n.nameKeys],
  n.propKeys = n.propKeys + [k IN keys(row.props) WHERE NOT k IN n.propKeys],
  n.articles = n.articles + [a IN row.articles WHERE NOT a IN n.articles], ${setKnown('n', NODE_PROPS, true)}
${withExtra ? 'SET n += coalesce(row.extra, {})' : ''}`;
}

function edgeMerge(type: EdgeType, withExtra: boolean): string {
  return `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:${type} {id: row.id}]->(t)
ON CREATE SET r.seq = row.seq, r.propKeys = keys(row.props), r.evidenceKeys = row.evKeys, r.evidence = row.evJson,
  ${setKnown('r', EDGE_PROPS, false)}
ON MATCH SET r.propKeys = r.propKeys + [k IN keys(row.props) WHERE NOT k IN r.propKeys],
  r.evidence = r.evidence + [i IN range(0, size(row.evKeys) - 1) WHERE NOT row.evKeys[i] IN r.evidenceKeys | row.evJson[i]],
  r.evidenceKeys = r.evidenceKeys + [k IN row.evKeys WHERE NOT k IN r.evidenceKeys], ${setKnown('r', EDGE_PROPS, true)}
${withExtra ? 'SET r += coalesce(row.extra, {})' : ''}
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
  articles: Row[];
  /** Node rows by label, edge rows by relationship type. */
  nodes: Map<string, Row[]>;
  edges: Map<string, Row[]>;
  /** Graph items (articles, nodes, edges) this batch writes for the first time (for progress). */
  size: number;
  /** 1-based position among all batches (for messages). */
  index: number;
}

/**
 * Merges a graph into Neo4j in batches of about `batchSize` rows, each batch one transaction holding
 * whole articles: an article's record, the nodes its edges touch and its evidence on those edges
 * commit together or not at all. A failing batch leaves nothing of itself behind, and the load can
 * be run again (every write is a MERGE). Batches run one at a time (they share hub nodes).
 */
export async function writeGraph(conn: Connection, graph: GraphDocument, options: LoadOptions & { concurrency?: number } = {}): Promise<LoadSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = graph.articles.length + graph.nodes.length + graph.edges.length;
  const base = await reserveSequence(conn, total);
  const { batches, nodeIds, edgeIds } = planBatches(graph, base, batchSize);
  const summary: LoadSummary = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0, articles: 0, seconds: 0 };
  let done = 0;
  for (const batch of batches) {
    try {
      const add = await conn.writeTransaction((run) => writeBatch(run, batch));
      for (const k of Object.keys(add) as (keyof typeof add)[]) summary[k] += add[k];
    } catch (e: unknown) {
      throw e instanceof GraphFormatError ? e : conn.unavailable(e, `batch ${batch.index} of ${batches.length} failed and was rolled back`);
    }
    done += batch.size;
    options.onProgress?.(done, total);
  }
  // A node or edge written by several batches counts once.
  summary.nodesUpdated = nodeIds - summary.nodesCreated;
  summary.relationshipsUpdated = edgeIds - summary.relationshipsCreated;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function reserveSequence(conn: Connection, count: number): Promise<number> {
  const res = await conn.query<{ base: number }>(RESERVE_SEQ, { count }, true);
  return Number(res.records[0]?.get('base') ?? 0);
}

type Counts = Pick<LoadSummary, 'nodesCreated' | 'relationshipsCreated' | 'articles'>;

/** Runs one batch's statements (articles, nodes, edges); returns its counts (added by the caller once it has committed). */
async function writeBatch(run: TxRunner, batch: Batch): Promise<Counts> {
  const add: Counts = { nodesCreated: 0, relationshipsCreated: 0, articles: 0 };
  if (batch.articles.length) {
    await run(ARTICLE_MERGE, { rows: batch.articles });
    add.articles += batch.articles.length;
  }
  for (const [label, rows] of batch.nodes) {
    const res = await run(nodeMerge(label as NodeType, rows.some(hasExtra)), { rows });
    add.nodesCreated += res.summary.counters.updates().nodesCreated;
  }
  for (const [type, rows] of batch.edges) {
    const res = await run(edgeMerge(type as EdgeType, rows.some(hasExtra)), { rows });
    const merged = Number(res.records[0]?.get('merged') ?? 0);
    if (merged < rows.length) throw missingEndpoint(rows, await findMissing(run, rows));
    add.relationshipsCreated += res.summary.counters.updates().relationshipsCreated;
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

/** One article's share of the graph: its record, its edges (with its evidence only), the nodes they touch. */
interface ArticleUnit {
  article: Row | null;
  edges: { key: string; row: Row }[];
  nodes: Set<string>;
}

/**
 * Splits the graph into batches of whole articles (about `batchSize` rows each; one article more
 * than that makes a batch of its own). An edge cited by several articles is written by each with
 * that article's evidence (the MERGE unions them); a node is written in every batch that touches
 * it. Nodes no edge touches come first, in a batch with no article. Seq numbers follow graph order.
 */
export function planBatches(graph: GraphDocument, base: number, batchSize: number): { batches: Batch[]; nodeIds: number; edgeIds: number } {
  let seq = base;
  const units = new Map<string, ArticleUnit>([['', { article: null, edges: [], nodes: new Set() }]]);
  const unitOf = (articleId: string): ArticleUnit => {
    let unit = units.get(articleId);
    if (!unit) units.set(articleId, (unit = { article: null, edges: [], nodes: new Set() }));
    return unit;
  };
  for (const a of graph.articles) unitOf(a.id).article = { id: a.id, seq: seq++, props: articleProps(a) };
  const soleArticle = graph.articles.length === 1 ? graph.articles[0]!.id : null;
  const nodeRows = new Map<string, { key: string; row: Row }>();
  for (const n of graph.nodes) nodeRows.set(n.id, { key: checkNodeType(n.type), row: nodeRow(n, seq++, soleArticle) });
  const touched = new Set<string>();
  const edgeIds = new Set<string>();
  for (const e of graph.edges) {
    const key = checkEdgeType(e.type);
    const edgeSeq = seq++;
    const byArticle = new Map<string, Evidence[]>();
    for (const ev of e.evidence) {
      const list = byArticle.get(ev.articleId);
      if (list) list.push(ev);
      else byArticle.set(ev.articleId, [ev]);
    }
    if (byArticle.size === 0) byArticle.set('', []);
    for (const [articleId, evidence] of byArticle) {
      const unit = unitOf(articleId);
      const row = edgeRow(e, edgeSeq, evidence);
      edgeIds.add(row.id);
      unit.edges.push({ key, row });
      unit.nodes.add(e.source).add(e.target);
    }
    touched.add(e.source).add(e.target);
  }
  for (const id of nodeRows.keys()) if (!touched.has(id)) units.get('')!.nodes.add(id);

  const batches: Batch[] = [];
  const seen = new Set<string>();
  let current: Batch | null = null;
  let rows = 0;
  let inBatch = new Map<string, Row>();
  for (const unit of units.values()) {
    const nodes = [...unit.nodes].filter((id) => nodeRows.has(id));
    const unitRows = (unit.article ? 1 : 0) + unit.edges.length + nodes.filter((id) => !inBatch.has(`n:${id}`)).length;
    if (unitRows === 0) continue;
    if (!current || (rows > 0 && rows + unitRows > batchSize)) {
      current = { articles: [], nodes: new Map(), edges: new Map(), size: 0, index: batches.length + 1 };
      batches.push(current);
      rows = 0;
      inBatch = new Map();
    }
    rows += unitRows;
    if (unit.article) {
      current.articles.push(unit.article);
      current.size++;
    }
    for (const id of nodes) {
      const { key, row } = nodeRows.get(id)!;
      if (!inBatch.has(`n:${id}`)) {
        inBatch.set(`n:${id}`, row);
        listIn(current.nodes, key).push(row);
      }
      if (!seen.has(`n:${id}`)) (seen.add(`n:${id}`), current.size++);
    }
    for (const { key, row } of unit.edges) {
      const same = inBatch.get(`e:${row.id}`);
      if (same) mergeEvidence(same, row);
      else {
        inBatch.set(`e:${row.id}`, row);
        listIn(current.edges, key).push(row);
      }
      if (!seen.has(`e:${row.id}`)) (seen.add(`e:${row.id}`), current.size++);
    }
  }
  return { batches, nodeIds: nodeRows.size, edgeIds: edgeIds.size };
}

function listIn(groups: Map<string, Row[]>, key: string): Row[] {
  let list = groups.get(key);
  if (!list) groups.set(key, (list = []));
  return list;
}

/** Adds `other`'s evidence to `row` (the same edge cited by two articles of one batch). */
function mergeEvidence(row: Row, other: Row): void {
  const keys = row.evKeys as string[];
  const json = row.evJson as string[];
  (other.evKeys as string[]).forEach((k, i) => {
    if (!keys.includes(k)) (keys.push(k), json.push((other.evJson as string[])[i]!));
  });
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
    ...splitProps(cleanProps(n.properties, RESERVED_NODE_KEYS, n.id), NODE_PROP_SET),
    articles: article ? [article] : [],
  };
}

function edgeRow(e: GraphDocument['edges'][number], seq: number, evidence: readonly Evidence[]): Row {
  const byKey = new Map<string, Evidence>();
  for (const ev of evidence) if (!byKey.has(evidenceKey(ev))) byKey.set(evidenceKey(ev), ev);
  return {
    // The stable id for (type, source, target), as the embedded store keys edges.
    id: makeEdgeId(e.type, e.source, e.target),
    seq,
    source: e.source,
    target: e.target,
    ...splitProps(cleanProps(e.properties, RESERVED_EDGE_KEYS, e.id), EDGE_PROP_SET),
    evKeys: [...byKey.keys()],
    evJson: [...byKey.values()].map((ev) => JSON.stringify(ev)),
  };
}

function hasExtra(row: Row): boolean {
  return row.extra !== null;
}

/** All properties (for propKeys and the known slots), and the others apart (null when none). */
function splitProps(props: Record<string, unknown>, known: ReadonlySet<string>): { props: Record<string, unknown>; extra: Record<string, unknown> | null } {
  const extra = Object.fromEntries(Object.entries(props).filter(([k]) => !known.has(k)));
  return { props, extra: Object.keys(extra).length ? extra : null };
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
