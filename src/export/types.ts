import type { ArticleRecord, GraphEdge, GraphNode } from '../graph/index.js';

/**
 * What the exporters read: a whole graph document, or a store's neighbourhood selection
 * (`Subgraph`), optionally with the articles its evidence cites so links can be resolved.
 */
export interface ExportGraph {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  articles?: readonly ArticleRecord[];
  /** A selection cut at its node limit. */
  truncated?: boolean;
}

export const EXPORT_FORMATS = ['cytoscape', 'graphml', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A rendered export: the body and how to send it. */
export interface RenderedExport {
  body: string;
  contentType: string;
  /** File extension, without the dot. */
  extension: string;
}
