/**
 * What the resolvers of each GraphQL type receive as their parent (codegen `mappers`).
 * Nodes are the store's GraphNode, relations its GraphEdge seen from one side.
 */
import type { ArticleRecord, Evidence, GraphEdge, GraphNode } from '../graph/index.js';
import type { NodePage, Subgraph } from '../store/index.js';

export type NodeParent = GraphNode;
export type EdgeParent = GraphEdge;
export type EvidenceParent = Evidence;
export type ArticleParent = ArticleRecord;
export type SubgraphParent = Subgraph;

/** A BASED_ON edge; `side` says which end `model` is ('base' for basedOn, 'derivative' for derivatives). */
export interface BasedOnParent {
  edge: GraphEdge;
  side: 'base' | 'derivative';
}

/** A PARTNERS_WITH edge seen from `fromId`. */
export interface PartnershipParent {
  edge: GraphEdge;
  fromId: string;
}

export interface LineageStepParent {
  node: GraphNode;
  depth: number;
  via: GraphEdge;
}

export interface ConnectionParent {
  page: NodePage;
  /** Offset of the page's first node (for per-edge cursors). */
  offset: number;
}

export interface ConnectionEdgeParent {
  cursor: string;
  node: GraphNode;
}

export interface SovereigntyReportParent {
  country: string;
  companies: CompanySovereigntyParent[];
}

export interface CompanySovereigntyParent {
  company: GraphNode;
  fromScratch: GraphNode[];
  domesticBase: GraphNode[];
  foreignBase: GraphNode[];
  unclassified: GraphNode[];
  dependsOn: GraphNode[];
}
