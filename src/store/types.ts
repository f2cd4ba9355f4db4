import type { ArticleRecord, EdgeType, GraphDocument, GraphEdge, GraphNode, NodeType } from '../graph/index.js';

/**
 * The store interface: the embedded store and the Neo4j store both implement it, and the API
 * uses nothing else. Reads are batched (one call answers many keys, in order) so the API can put
 * a DataLoader in front of each and keep round trips bounded by the query's depth.
 */
export interface Store {
  readonly kind: 'embedded' | 'neo4j';
  /** Prepares the store (Neo4j: connects, creates constraints and indexes). Idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** True when the store can answer queries now (for /health/ready). */
  ping(): Promise<boolean>;

  // ---- writes -------------------------------------------------------------------------
  /**
   * Merges a graph into the store: nodes by id (aliases unioned, properties set), edges by id
   * (evidence unioned by articleId+start+end+rule), articles by id. Idempotent.
   */
  load(graph: GraphDocument, options?: LoadOptions): Promise<LoadSummary>;
  /**
   * Removes an article: its evidence from every edge, the edges that only it supported, and the
   * nodes left with no edge that no other article mentions. Returns false when it was unknown.
   */
  deleteArticle(articleId: string): Promise<boolean>;

  // ---- batched reads (results in the order of the keys) --------------------------------
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
  /** Looks each name up among names and aliases (compared by normalizeName), of the given type or any. */
  findByName(keys: readonly NameKey[]): Promise<(GraphNode | null)[]>;
  /** The edges at each node, of the given types (all when omitted), in the given direction. */
  getRelations(keys: readonly RelationKey[]): Promise<GraphEdge[][]>;
  getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]>;
  /**
   * The nodes each article mentions: the ends of the edges it gives evidence for (and, for the
   * embedded store, the nodes of the document it was loaded with), by name. Optional: the API
   * answers Article.mentions with an error naming the store when it is missing.
   */
  articleMentions?(articleIds: readonly string[]): Promise<GraphNode[][]>;
  /**
   * The developing companies of each model, main developer first: the Company sources of its
   * DEVELOPED in-edges by evidence count (most first), then by id (see rankDevelopedEdges).
   * Optional: without it the API ranks the edges from getRelations, evidence and all; a store
   * that ships edges over the network answers this without the evidence.
   */
  developers?(modelIds: readonly string[]): Promise<GraphNode[][]>;
  /**
   * Optional: each node's edges in both directions (as getRelations with direction 'both'), with
   * the nodes at their far ends and, for the models among them at the far end of a BASED_ON edge,
   * their developers (as `developers`),
   * in one call, so the API primes its node and developer loaders instead of asking for them next.
   */
  relationsWithEnds?(nodeIds: readonly string[]): Promise<RelationsWithEnds[]>;
  /** findByName and, for each node found, relationsWithEnds, in one round trip. */
  findByNameWithRelations?(keys: readonly NameKey[]): Promise<(NodeWithRelations | null)[]>;
  /**
   * findByNameWithRelations, and also, for every model reached from the node found over 1 to
   * `depth` BASED_ON edges, its outgoing BASED_ON edges with their far ends and those ends'
   * developers: a nested basedOn { model { basedOn … } } selection answered in the same round trip.
   */
  findByNameWithBasedOnChain?(keys: readonly NameKey[], depth: number): Promise<(NodeWithBasedOnChain | null)[]>;
  /**
   * foreignBasedModels with each model's developing companies (main first, as `developers`), in
   * one round trip.
   */
  foreignBasedWithDevelopers?(country: string, transitive: boolean): Promise<ModelsWithDevelopers>;
  /**
   * A number that changes whenever this process changes the graph (embedded store only: nothing
   * else writes to it), so answers can be remembered against it (the API's opt-in response cache).
   */
  revision?(): number;

  // ---- queries --------------------------------------------------------------------------
  listNodes(query: ListQuery): Promise<NodePage>;
  /** Name/alias search tolerant of spacing and punctuation; best matches first. */
  search(text: string, types: readonly NodeType[] | undefined, first: number): Promise<GraphNode[]>;
  /** Transitive BASED_ON ancestors of each model, nearest first (Neo4j: one Cypher traversal). */
  lineage(modelIds: readonly string[]): Promise<LineageStep[][]>;
  /**
   * Models developed by a company of `country` that are BASED_ON a model whose developer is of
   * another country; with `transitive`, also through a chain of BASED_ON edges.
   */
  foreignBasedModels(country: string, transitive: boolean): Promise<GraphNode[]>;
  /** Nodes within `depth` hops of the centres, and the edges among them, capped at `limit` nodes. */
  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph>;
  counts(): Promise<StoreCounts>;
  /** The whole graph as a graph document. */
  exportGraph(): Promise<GraphDocument>;
}

export interface LoadOptions {
  /** Called after each batch with what is done so far. */
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
}

export interface LoadSummary {
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  articles: number;
  seconds: number;
}

export interface NameKey {
  name: string;
  type?: NodeType;
}

export interface RelationKey {
  nodeId: string;
  direction: 'out' | 'in' | 'both';
  types?: readonly EdgeType[];
}

export interface RelationsWithEnds {
  edges: GraphEdge[];
  /** The far-end nodes of `edges`, each once. */
  ends: GraphNode[];
  /** Developers (main first) of each far end that is a Model reached over BASED_ON, by model id. */
  developers: Map<string, GraphNode[]>;
}

export interface NodeWithRelations {
  node: GraphNode;
  relations: RelationsWithEnds;
}

/** Outgoing BASED_ON edges (load order) of each model on the chain, by model id. */
export interface NodeWithBasedOnChain extends NodeWithRelations {
  basedOn: Map<string, RelationsWithEnds>;
}

/** May be shared between calls (the embedded store's is frozen): read it, do not change it. */
export interface ModelsWithDevelopers {
  models: GraphNode[];
  /** Developers of models[i], main first. */
  developers: GraphNode[][];
}

export interface LineageStep {
  node: GraphNode;
  /** 1 for a direct base, 2 for the base's base, … */
  depth: number;
  /** The BASED_ON edge that reaches this node. */
  via: GraphEdge;
}

export interface ListQuery {
  type: NodeType;
  filter?: {
    country?: string;
    fromScratch?: boolean;
    openSource?: boolean;
    /** Developer company id or name. */
    developer?: string;
    hasForeignBase?: boolean;
  };
  sort?: { field: 'name' | 'releasedOn' | 'parameters'; descending?: boolean };
  first: number;
  /** Opaque cursor from a previous page. */
  after?: string;
}

export interface NodePage {
  nodes: GraphNode[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface NeighbourhoodQuery {
  centerIds: readonly string[];
  depth: number;
  types?: readonly NodeType[];
  limit: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface StoreCounts {
  nodes: number;
  relationships: number;
  articles: number;
}
