import {
  evidenceKey,
  normalizeName,
  type EdgeType,
  type ArticleRecord,
  type Evidence,
  type GraphDocument,
  type GraphEdge,
  type GraphNode,
  type NodeType,
} from '../../graph/index.js';
import type { LoadSummary, NameKey, RelationKey } from '../types.js';
import { DerivedCache } from './derived.js';
import { SharedStrings } from './shared-strings.js';

/**
 * The in-memory graph with its indexes: nodes by id, nodes by normalised name and alias,
 * and edges by node (out and in). All reads go through here.
 */
export class GraphIndex {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  readonly articles = new Map<string, ArticleRecord>();
  /** Answers computed from the whole graph, dropped when `version` changes. */
  readonly derived = new DerivedCache();
  private changes = 0;
  /** normalizeName(name or alias) → node ids, in insertion order. */
  private readonly byName = new Map<string, Set<string>>();
  /** node id → its normalised name and aliases. */
  private readonly nameKeys = new Map<string, string[]>();
  private readonly outEdges = new Map<string, Set<string>>();
  private readonly inEdges = new Map<string, Set<string>>();
  /** The same edges split by type: `${nodeId}|${type}` → edge ids, in insertion order. */
  private readonly outByType = new Map<string, Set<string>>();
  private readonly inByType = new Map<string, Set<string>>();
  /** node type → node ids, in insertion order (the order of `nodes`). */
  private readonly byType = new Map<NodeType, Set<string>>();
  /**
   * Nodes read from each article (the ends of the edges it gives evidence for, or every node of a
   * one-article document), and for each node the number of articles it was read from.
   */
  private readonly articleNodes = new Map<string, Set<string>>();
  private readonly mentionCount = new Map<string, number>();

  /** Merges a graph document (see Store.load). */
  merge(graph: GraphDocument): Omit<LoadSummary, 'seconds'> {
    const m = this.startMerge();
    for (const a of graph.articles) m.article(a);
    for (const n of graph.nodes) m.node(n);
    for (const e of graph.edges) m.edge(e);
    return m.summary;
  }

  /**
   * A merge fed one record at a time, in document order (every article, then every node, then
   * every edge), for a document read piece by piece; merge() is this over a whole document.
   */
  startMerge(): RecordMerge {
    this.changes++;
    const summary = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0, articles: 0 };
    const strings = new SharedStrings();
    let firstArticle: string | undefined;
    return {
      summary,
      article: (a) => {
        this.articles.set(a.id, strings.article(a));
        firstArticle ??= a.id;
        summary.articles++;
      },
      node: (n) => {
        if (this.mergeNode(n)) summary.nodesUpdated++;
        else summary.nodesCreated++;
        // a document of one article: its nodes were read from it
        if (summary.articles === 1 && firstArticle) this.addMention(n.id, firstArticle);
      },
      edge: (e) => {
        if (this.mergeEdge(e, strings)) summary.relationshipsUpdated++;
        else summary.relationshipsCreated++;
      },
    };
  }

  /** Returns true when the node existed and was updated. */
  private mergeNode(n: GraphNode): boolean {
    const old = this.nodes.get(n.id);
    if (!old) {
      const node: GraphNode = { id: n.id, type: n.type, name: n.name, aliases: [...new Set(n.aliases)], properties: { ...n.properties } };
      this.nodes.set(n.id, node);
      addTo(this.byType, node.type, node.id);
      this.indexNames(node);
      return false;
    }
    const aliases = new Set(old.aliases);
    for (const a of [n.name, ...n.aliases]) if (a !== old.name) aliases.add(a);
    old.aliases = [...aliases];
    old.properties = { ...old.properties, ...n.properties };
    this.indexNames(old);
    return true;
  }

  /** Returns true when the edge existed and was updated. */
  private mergeEdge(e: GraphEdge, strings: SharedStrings): boolean {
    const old = this.edges.get(e.id);
    // the ids as the node and article records hold them, so the edge adds no copies of its own
    const source = this.nodes.get(e.source)?.id ?? e.source;
    const target = this.nodes.get(e.target)?.id ?? e.target;
    const evidence = e.evidence.map((ev) => strings.evidence(ev, this.articles.get(ev.articleId)?.id ?? strings.of(ev.articleId)));
    for (const ev of evidence) {
      this.addMention(source, ev.articleId);
      this.addMention(target, ev.articleId);
    }
    if (!old) {
      this.edges.set(e.id, { ...e, source, target, properties: { ...e.properties }, evidence: dedupeEvidence(evidence) });
      addTo(this.outEdges, e.source, e.id);
      addTo(this.inEdges, e.target, e.id);
      addTo(this.outByType, `${e.source}|${e.type}`, e.id);
      addTo(this.inByType, `${e.target}|${e.type}`, e.id);
      return false;
    }
    old.properties = { ...old.properties, ...e.properties };
    old.evidence = dedupeEvidence([...old.evidence, ...evidence]);
    return true;
  }

  private indexNames(n: GraphNode): void {
    const keys = [...new Set([n.name, ...n.aliases].map(normalizeName).filter(Boolean))];
    this.nameKeys.set(n.id, keys);
    for (const key of keys) addTo(this.byName, key, n.id);
  }

  /** The normalised name and aliases of a node (for search). */
  keysOf(n: GraphNode): readonly string[] {
    return this.nameKeys.get(n.id) ?? [];
  }

  private addMention(nodeId: string, articleId: string): void {
    let nodes = this.articleNodes.get(articleId);
    if (!nodes) this.articleNodes.set(articleId, (nodes = new Set()));
    if (nodes.has(nodeId)) return;
    nodes.add(nodeId);
    this.mentionCount.set(nodeId, (this.mentionCount.get(nodeId) ?? 0) + 1);
  }

  /** Removes an article (see Store.deleteArticle). */
  removeArticle(articleId: string): boolean {
    if (!this.articles.has(articleId)) return false;
    this.changes++;
    this.articles.delete(articleId);
    const touched = new Set<string>();
    for (const e of [...this.edges.values()]) {
      if (!e.evidence.some((ev) => ev.articleId === articleId)) continue;
      e.evidence = e.evidence.filter((ev) => ev.articleId !== articleId);
      touched.add(e.source).add(e.target);
      if (e.evidence.length === 0) this.removeEdge(e);
    }
    for (const id of this.articleNodes.get(articleId) ?? []) {
      touched.add(id);
      const left = (this.mentionCount.get(id) ?? 1) - 1;
      if (left > 0) this.mentionCount.set(id, left);
      else this.mentionCount.delete(id);
    }
    this.articleNodes.delete(articleId);
    for (const id of touched) {
      const edgeCount = (this.outEdges.get(id)?.size ?? 0) + (this.inEdges.get(id)?.size ?? 0);
      if (edgeCount === 0 && !this.mentionCount.has(id)) this.removeNode(id);
    }
    return true;
  }

  private removeEdge(e: GraphEdge): void {
    this.edges.delete(e.id);
    this.outEdges.get(e.source)?.delete(e.id);
    this.inEdges.get(e.target)?.delete(e.id);
    this.outByType.get(`${e.source}|${e.type}`)?.delete(e.id);
    this.inByType.get(`${e.target}|${e.type}`)?.delete(e.id);
  }

  private removeNode(id: string): void {
    const n = this.nodes.get(id);
    if (!n) return;
    this.nodes.delete(id);
    this.byType.get(n.type)?.delete(id);
    this.nameKeys.delete(id);
    this.outEdges.delete(id);
    this.inEdges.delete(id);
    for (const s of [n.name, ...n.aliases]) this.byName.get(normalizeName(s))?.delete(id);
  }

  /** Looks a name up among names and aliases; prefers a node whose own name matches. */
  findByName(key: NameKey): GraphNode | null {
    const ids = this.byName.get(normalizeName(key.name));
    if (!ids) return null;
    const norm = normalizeName(key.name);
    let fallback: GraphNode | null = null;
    for (const id of ids) {
      const n = this.nodes.get(id);
      if (!n || (key.type && n.type !== key.type)) continue;
      if (normalizeName(n.name) === norm) return n;
      fallback ??= n;
    }
    return fallback;
  }

  /** Grows with every merge and article removal (the key of everything in `derived`). */
  get version(): number {
    return this.changes;
  }

  relations(key: RelationKey): GraphEdge[] {
    if (key.types?.length === 1) return this.relationsOfType(key.nodeId, key.direction, key.types[0] as EdgeType);
    const ids: string[] = [];
    if (key.direction !== 'in') ids.push(...(this.outEdges.get(key.nodeId) ?? []));
    if (key.direction !== 'out') ids.push(...(this.inEdges.get(key.nodeId) ?? []));
    const types = key.types ? new Set(key.types) : null;
    const seen = new Set<string>();
    const out: GraphEdge[] = [];
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const e = this.edges.get(id);
      if (e && (!types || types.has(e.type))) out.push(e);
    }
    return out;
  }

  /** relations() for one edge type, from the per-type index (same edges, same order). */
  private relationsOfType(nodeId: string, direction: RelationKey['direction'], type: EdgeType): GraphEdge[] {
    const out: GraphEdge[] = [];
    const outIds = direction !== 'in' ? this.outByType.get(`${nodeId}|${type}`) : undefined;
    const inIds = direction !== 'out' ? this.inByType.get(`${nodeId}|${type}`) : undefined;
    for (const ids of [outIds, inIds]) {
      if (!ids) continue;
      for (const id of ids) {
        const e = this.edges.get(id);
        if (e && (ids === outIds || !outIds?.has(id))) out.push(e);
      }
    }
    return out;
  }

  /**
   * Nodes at the ends of edges the article supports, and nodes recorded as read from it: both are
   * in articleNodes (every evidence entry an edge gets records its ends there), so no edge is read.
   */
  mentionedIn(articleId: string): GraphNode[] {
    return [...(this.articleNodes.get(articleId) ?? [])]
      .flatMap((id) => this.nodes.get(id) ?? [])
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  }

  nodesOfType(type: NodeType): GraphNode[] {
    return [...(this.byType.get(type) ?? [])].map((id) => this.nodes.get(id) as GraphNode);
  }

  /** Every node id with its normalised name and aliases (for the search index). */
  *nameKeyEntries(): IterableIterator<[string, readonly string[]]> {
    for (const id of this.nodes.keys()) yield [id, this.nameKeys.get(id) ?? []];
  }

  toDocument(): GraphDocument {
    return {
      version: 1,
      articles: [...this.articles.values()],
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
    };
  }
}

export interface RecordMerge {
  readonly summary: Omit<LoadSummary, 'seconds'>;
  article(a: ArticleRecord): void;
  node(n: GraphNode): void;
  edge(e: GraphEdge): void;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function dedupeEvidence(list: readonly Evidence[]): Evidence[] {
  const byKey = new Map<string, Evidence>();
  for (const e of list) byKey.set(evidenceKey(e), e);
  return [...byKey.values()];
}
