/** The graph JSON format (test/spec/graph-format.md): what `kg extract` prints and stores keep. */
export const NODE_TYPES = ['Company', 'Model', 'Benchmark', 'Policy', 'Person'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const EDGE_TYPES = [
  'DEVELOPED',
  'BASED_ON',
  'SCORED',
  'PARTNERS_WITH',
  'WORKS_FOR',
  'PARTICIPATES_IN',
  'PROMOTES',
  'SUCCEEDS',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** Which node types each edge type joins, source → target (extraction-guidelines.md, "Edge types"). */
export const EDGE_ENDPOINTS: Readonly<Record<EdgeType, readonly [NodeType, NodeType]>> = {
  DEVELOPED: ['Company', 'Model'],
  BASED_ON: ['Model', 'Model'],
  SCORED: ['Model', 'Benchmark'],
  PARTNERS_WITH: ['Company', 'Company'],
  WORKS_FOR: ['Person', 'Company'],
  PARTICIPATES_IN: ['Company', 'Policy'],
  PROMOTES: ['Person', 'Policy'],
  SUCCEEDS: ['Model', 'Model'],
};

/** Edge types whose direction carries no meaning (stored with source < target). */
export const UNDIRECTED_EDGE_TYPES: ReadonlySet<EdgeType> = new Set(['PARTNERS_WITH']);

/** Where a fact was read: one sentence of one article, and the rule that fired. */
export interface Evidence {
  articleId: string;
  sentence: string;
  /** Character offsets of the sentence in the article's extracted text. */
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

export type PropertyValue = string | number | boolean;

export interface NodeProperties {
  /** Company: ISO 3166-1 alpha-2. */
  country?: string;
  /** Model: number of parameters. */
  parameters?: number;
  fromScratch?: boolean;
  openSource?: boolean;
  /** Model: ISO date (YYYY-MM-DD). */
  releasedOn?: string;
  /** Model: id of the model family node this version belongs to, if any. */
  family?: string;
  [key: string]: PropertyValue | undefined;
}

export interface EdgeProperties {
  /** SCORED: the score as written (61.70 → 61.7). */
  score?: number;
  /** WORKS_FOR: the person's title. */
  title?: string;
  /** BASED_ON: 'stated', or 'disputed' where the text reports a denial. */
  status?: 'stated' | 'disputed';
  [key: string]: PropertyValue | undefined;
}

export interface GraphNode {
  id: string;
  type: NodeType;
  name: string;
  aliases: string[];
  properties: NodeProperties;
}

export interface GraphEdge {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  properties: EdgeProperties;
  evidence: Evidence[];
}

export interface ArticleRecord {
  id: string;
  url?: string;
  title: string;
  /** ISO date (YYYY-MM-DD) where the page gives one. */
  publishedAt?: string;
  publisher?: string;
  author?: string;
  sha256: string;
  /** The file the article was read from, as given on the command line. */
  source?: string;
}

export interface GraphDocument {
  version: 1;
  articles: ArticleRecord[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}
