import { type GraphDocument, type NodeType } from '../../graph/index.js';
import type {
  ListQuery,
  LoadOptions,
  LoadSummary,
  NameKey,
  NeighbourhoodQuery,
  NodePage,
  RelationKey,
  Store,
  StoreCounts,
  Subgraph,
  LineageStep,
  ModelsWithDevelopers,
} from '../types.js';
import { GraphIndex } from './graph-index.js';
import { indexGraphFile, withStableEdgeIds } from './load-file.js';
import { writeGraphFile } from './persist.js';
import { findWithBasedOnChain } from './lookahead.js';
import { developersOf, foreignBased, foreignBasedWithDevelopers, lineageOf, listNodes, neighbourhood, searchNodes } from './queries.js';

export { rankDevelopedEdges, countryOf, isForeignHop } from './semantics.js';
export { encodeCursor, decodeCursor } from '../cursor.js';

export interface EmbeddedStoreOptions {
  /** Graph JSON file: read by init() when it exists, rewritten after every load()/deleteArticle(). */
  file?: string;
}

/**
 * The zero-setup store: the whole graph in memory, persisted as graph JSON when a file is given.
 *
 * @example
 *   const store = createEmbeddedStore({ file: 'graph.json' });
 *   await store.init();
 *   await store.load(graph);
 */
export function createEmbeddedStore(options: EmbeddedStoreOptions = {}): Store {
  return new EmbeddedStore(options.file);
}

class EmbeddedStore implements Store {
  readonly kind = 'embedded' as const;
  private g = new GraphIndex();
  private initialised = false;
  private writing: Promise<void> = Promise.resolve();
  /** Bumped (synchronously) by every change to the graph: see Store.revision. */
  private changes = 0;

  constructor(private readonly file?: string) {}

  revision(): number {
    return this.changes;
  }

  async init(): Promise<void> {
    if (this.initialised) return;
    this.initialised = true;
    if (!this.file) return;
    const read = await indexGraphFile(this.file);
    if (read) {
      this.g = read;
      this.changes++;
    }
  }

  async close(): Promise<void> {
    await this.writing;
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async load(graph: GraphDocument, options?: LoadOptions): Promise<LoadSummary> {
    const t0 = performance.now();
    let summary: ReturnType<GraphIndex['merge']>;
    try {
      summary = this.g.merge(withStableEdgeIds(graph));
    } finally {
      this.changes++; // a merge that failed half-way changed the graph too
    }
    const total = graph.nodes.length + graph.edges.length;
    options?.onProgress?.(total, total);
    await this.persist();
    return { ...summary, seconds: (performance.now() - t0) / 1000 };
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    const removed = this.g.removeArticle(articleId);
    if (removed) {
      this.changes++;
      await this.persist();
    }
    return removed;
  }

  /** Serialised writes: each persist waits for the previous one. */
  private persist(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    const doc = structuredClone(this.g.toDocument());
    this.writing = this.writing.catch(() => undefined).then(() => writeGraphFile(file, doc));
    return this.writing;
  }

  async getNodes(ids: readonly string[]) {
    return ids.map((id) => this.g.nodes.get(id) ?? null);
  }

  async findByName(keys: readonly NameKey[]) {
    return keys.map((k) => this.g.findByName(k));
  }

  /** findByName with the chain of bases below each node found, as the Neo4j store answers it (see lookahead.ts). */
  async findByNameWithBasedOnChain(keys: readonly NameKey[], depth: number) {
    return findWithBasedOnChain(this.g, keys, depth);
  }

  async getRelations(keys: readonly RelationKey[]) {
    return keys.map((k) => this.g.relations(k));
  }

  async getArticles(ids: readonly string[]) {
    return ids.map((id) => this.g.articles.get(id) ?? null);
  }

  async articleMentions(ids: readonly string[]) {
    return ids.map((id) => this.g.mentionedIn(id));
  }

  async developers(modelIds: readonly string[]) {
    return modelIds.map((id) => developersOf(this.g, id));
  }

  async listNodes(query: ListQuery): Promise<NodePage> {
    return listNodes(this.g, query);
  }

  async search(text: string, types: readonly NodeType[] | undefined, first: number) {
    return searchNodes(this.g, text, types, first);
  }

  async lineage(modelIds: readonly string[]): Promise<LineageStep[][]> {
    return modelIds.map((id) => lineageOf(this.g, id));
  }

  async foreignBasedModels(country: string, transitive: boolean) {
    return foreignBased(this.g, country, transitive);
  }

  /** The models with their developers, so the API answers `developer { … }` under them without a read per model. */
  async foreignBasedWithDevelopers(country: string, transitive: boolean): Promise<ModelsWithDevelopers> {
    return foreignBasedWithDevelopers(this.g, country, transitive);
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    return neighbourhood(this.g, query);
  }

  async counts(): Promise<StoreCounts> {
    return { nodes: this.g.nodes.size, relationships: this.g.edges.size, articles: this.g.articles.size };
  }

  async exportGraph(): Promise<GraphDocument> {
    return structuredClone(this.g.toDocument());
  }
}

