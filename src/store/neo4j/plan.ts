import {
  EDGE_TYPES,
  evidenceKey,
  makeEdgeId,
  NODE_TYPES,
  normalizeName,
  type EdgeType,
  type Evidence,
  type GraphDocument,
  type NodeType,
} from '../../graph/index.js';
import { GraphFormatError } from '../../errors/index.js';
import { articleProps, RESERVED_EDGE_KEYS, RESERVED_NODE_KEYS } from './records.js';

/**
 * Graph properties with a statement slot of their own (sent as list positions). Others go through
 * `SET x += extra`, in a statement variant used only by batches that have some.
 */
export const NODE_PROPS = ['country', 'parameters', 'fromScratch', 'openSource', 'releasedOn', 'family'] as const;
export const EDGE_PROPS = ['score', 'title', 'status'] as const;
const NODE_PROP_SET: ReadonlySet<string> = new Set(NODE_PROPS);
const EDGE_PROP_SET: ReadonlySet<string> = new Set(EDGE_PROPS);

export interface ArticleRow {
  id: string;
  seq: number;
  props: Record<string, string>;
}

export interface NodeRow {
  id: string;
  seq: number;
  name: string;
  nameKey: string;
  aliases: string[];
  /** Name and aliases, added to the aliases of a node already there (but its own name). */
  mergeAliases: string[];
  nameKeys: string[];
  props: Record<string, unknown>;
  /** Properties without a slot of their own (null when none). */
  extra: Record<string, unknown> | null;
  articles: string[];
}

export interface EdgeRow {
  id: string;
  seq: number;
  source: string;
  target: string;
  props: Record<string, unknown>;
  extra: Record<string, unknown> | null;
  evKeys: string[];
  evJson: string[];
}

export interface Batch {
  articles: ArticleRow[];
  /** Node rows by label, edge rows by relationship type. */
  nodes: Map<NodeType, NodeRow[]>;
  edges: Map<EdgeType, EdgeRow[]>;
  /** Graph items (articles, nodes, edges) this batch writes for the first time (for progress). */
  size: number;
  /** 1-based position among all batches (for messages). */
  index: number;
}

/** One article's share of the graph: its record, its edges (with its evidence only), the nodes they touch. */
interface ArticleUnit {
  article: ArticleRow | null;
  edges: { type: EdgeType; row: EdgeRow }[];
  /** Ends of its edges (and, for the unit of no article, the nodes no edge touches), repeats included. */
  nodes: string[];
}

/**
 * Splits the graph into batches of whole articles (about `batchSize` rows each, counting articles,
 * nodes and edges written for the first time; one article more than that makes a batch of its own). An edge cited by several articles is written by each with
 * that article's evidence (the MERGE unions them). A node is written once, in the first batch that
 * touches it: the batches commit one after the other, so a later batch finds it there (should it
 * be gone meanwhile, the writer runs that batch again with the node). Nodes no edge touches come first, in a batch with
 * no article. Seq numbers follow graph order.
 */
export function planBatches(
  graph: GraphDocument,
  base: number,
  batchSize: number,
): { batches: Batch[]; nodeIds: number; edgeIds: number; nodeRows: ReadonlyMap<string, { type: NodeType; row: NodeRow }> } {
  let seq = base;
  const units = new Map<string, ArticleUnit>([['', { article: null, edges: [], nodes: [] }]]);
  const unitOf = (articleId: string): ArticleUnit => {
    let unit = units.get(articleId);
    if (!unit) units.set(articleId, (unit = { article: null, edges: [], nodes: [] }));
    return unit;
  };
  for (const a of graph.articles) unitOf(a.id).article = { id: a.id, seq: seq++, props: articleProps(a) };
  const soleArticle = graph.articles.length === 1 ? graph.articles[0]!.id : null;
  const nodeRows = new Map<string, { type: NodeType; row: NodeRow }>();
  for (const n of graph.nodes) nodeRows.set(n.id, { type: checkNodeType(n.type), row: nodeRow(n, seq++, soleArticle) });
  const touched = new Set<string>();
  for (const e of graph.edges) {
    const type = checkEdgeType(e.type);
    const edgeSeq = seq++;
    // (most edges have one piece of evidence: no map for them)
    const byArticle: Iterable<[string, Evidence[]]> = e.evidence.length === 1 ? [[e.evidence[0]!.articleId, e.evidence]] : evidenceByArticle(e.evidence);
    const id = makeEdgeId(type, e.source, e.target);
    const { props, extra } = splitProps(cleanProps(e.properties, RESERVED_EDGE_KEYS, e.id), EDGE_PROP_SET);
    for (const [articleId, evidence] of byArticle) {
      const unit = unitOf(articleId);
      const { evKeys, evJson } = evidenceLists(evidence);
      unit.edges.push({ type, row: { id, seq: edgeSeq, source: e.source, target: e.target, props, extra, evKeys, evJson } });
      unit.nodes.push(e.source, e.target);
    }
    touched.add(e.source).add(e.target);
  }
  for (const id of nodeRows.keys()) if (!touched.has(id)) units.get('')!.nodes.push(id);

  const batches: Batch[] = [];
  const written = new Set<string>();
  const counted = new Set<string>();
  let current: Batch | null = null;
  let rows = 0;
  let inBatch = new Map<string, EdgeRow>();
  // evidence keys of the rows that evidence was added to (edges cited by several articles of the batch)
  let keysOf = new Map<EdgeRow, Set<string>>();
  // the unit a node id was last listed for (repeats within a unit are listed once)
  const listedFor = new Map<string, ArticleUnit>();
  for (const unit of units.values()) {
    const nodes: string[] = [];
    for (const id of unit.nodes) {
      if (written.has(id) || listedFor.get(id) === unit || !nodeRows.has(id)) continue;
      listedFor.set(id, unit);
      nodes.push(id);
    }
    if ((unit.article ? 1 : 0) + unit.edges.length + nodes.length === 0) continue;
    // rows counted: items written for the first time (an edge cited again adds evidence to a row
    // already counted; splitting its articles over more batches rewrites its evidence lists each time)
    let unitRows = (unit.article ? 1 : 0) + nodes.length;
    for (const { row } of unit.edges) if (!counted.has(row.id)) unitRows++;
    if (!current || (rows > 0 && rows + unitRows > batchSize)) {
      current = { articles: [], nodes: new Map(), edges: new Map(), size: 0, index: batches.length + 1 };
      batches.push(current);
      rows = 0;
      inBatch = new Map();
      keysOf = new Map();
    }
    rows += unitRows;
    if (unit.article) {
      current.articles.push(unit.article);
      current.size++;
    }
    for (const id of nodes) {
      const { type, row } = nodeRows.get(id)!;
      written.add(id);
      listIn(current.nodes, type).push(row);
      current.size++;
    }
    for (const { type, row } of unit.edges) {
      const same = inBatch.get(row.id);
      if (same) mergeEvidence(same, row, keysOf);
      else {
        // the row is this unit's own (its lists made for it): evidence from other articles of this batch is added to it
        inBatch.set(row.id, row);
        listIn(current.edges, type).push(row);
      }
      if (!counted.has(row.id)) (counted.add(row.id), current.size++);
    }
  }
  // every edge is in at least one unit, and counted once there
  return { batches, nodeIds: nodeRows.size, edgeIds: counted.size, nodeRows };
}

/** The ids of the rows grouped by label or type (a batch's nodes or edges). */
export function idsIn(groups: Map<unknown, readonly { id: string }[]>): string[] {
  return [...groups.values()].flatMap((rows) => rows.map((r) => r.id));
}

export function listIn<K, V>(groups: Map<K, V[]>, key: K): V[] {
  let list = groups.get(key);
  if (!list) groups.set(key, (list = []));
  return list;
}

/** Adds `other`'s evidence to `row` (the same edge cited by two articles of one batch). */
function mergeEvidence(row: EdgeRow, other: EdgeRow, keysOf: Map<EdgeRow, Set<string>>): void {
  let keys = keysOf.get(row);
  if (!keys) keysOf.set(row, (keys = new Set(row.evKeys)));
  other.evKeys.forEach((k, i) => {
    if (!keys.has(k)) (keys.add(k), row.evKeys.push(k), row.evJson.push(other.evJson[i]!));
  });
}

/** Evidence by article, in order (an edge with none: one group with no article). */
function evidenceByArticle(evidence: readonly Evidence[]): Map<string, Evidence[]> {
  const byArticle = new Map<string, Evidence[]>();
  for (const ev of evidence) {
    const list = byArticle.get(ev.articleId);
    if (list) list.push(ev);
    else byArticle.set(ev.articleId, [ev]);
  }
  if (byArticle.size === 0) byArticle.set('', []);
  return byArticle;
}

function evidenceLists(evidence: readonly Evidence[]): { evKeys: string[]; evJson: string[] } {
  if (evidence.length === 1) return { evKeys: [evidenceKey(evidence[0]!)], evJson: [JSON.stringify(evidence[0])] };
  const byKey = new Map<string, Evidence>();
  for (const ev of evidence) {
    const key = evidenceKey(ev);
    if (!byKey.has(key)) byKey.set(key, ev);
  }
  return { evKeys: [...byKey.keys()], evJson: [...byKey.values()].map((ev) => JSON.stringify(ev)) };
}

function nodeRow(n: GraphDocument['nodes'][number], seq: number, article: string | null): NodeRow {
  const aliases = unique(n.aliases);
  const nameKey = normalizeName(n.name);
  const nameKeys = unique([nameKey, ...n.aliases.map(normalizeName)].filter((k) => k !== ''));
  return {
    id: n.id,
    seq,
    name: n.name,
    nameKey,
    aliases,
    mergeAliases: unique([n.name, ...aliases]),
    nameKeys,
    ...splitProps(cleanProps(n.properties, RESERVED_NODE_KEYS, n.id), NODE_PROP_SET),
    articles: article ? [article] : [],
  };
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
