import { z } from 'zod';
import { GraphFormatError } from '../errors/index.js';
import { EDGE_TYPES, NODE_TYPES, type ArticleRecord, type GraphDocument, type GraphEdge, type GraphNode } from './types.js';

const propertyValue = z.union([z.string(), z.number(), z.boolean()]);

const evidenceSchema = z.object({
  articleId: z.string().min(1),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string().min(1),
  confidence: z.number().min(0).max(1),
});

/** One article, node or edge of a graph document (what graphSchema checks each array element with). */
export const articleSchema = z.object({
  id: z.string().min(1),
  url: z.string().optional(),
  title: z.string(),
  publishedAt: z.string().optional(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  sha256: z.string(),
  source: z.string().optional(),
});

export const nodeSchema = z.object({
  id: z.string().min(1),
  type: z.enum(NODE_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  properties: z.record(z.string(), propertyValue),
});

export const edgeSchema = z.object({
  id: z.string().min(1),
  type: z.enum(EDGE_TYPES),
  source: z.string().min(1),
  target: z.string().min(1),
  properties: z.record(z.string(), propertyValue),
  evidence: z.array(evidenceSchema).min(1),
});

const graphSchema = z.object({
  version: z.literal(1),
  articles: z.array(articleSchema),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
});

/**
 * Checks that `data` is a graph document (test/spec/graph-format.md) whose edges point at its
 * own nodes and whose evidence names its own articles. Throws GraphFormatError naming `input`.
 */
export function validateGraph(data: unknown, input: string): GraphDocument {
  const parsed = graphSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new GraphFormatError(input, `not a graph document: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`);
  }
  const graph = parsed.data as GraphDocument;
  const checks = new GraphChecks(input);
  for (const a of graph.articles) checks.article(a);
  for (const n of graph.nodes) checks.node(n);
  for (const e of graph.edges) checks.edge(e);
  return graph;
}

/**
 * What validateGraph checks across records, one record at a time (articles, then nodes, then
 * edges): node ids are unique, edges point at nodes given before, evidence names articles given
 * before. Also used by the embedded store's record-by-record file reader.
 */
export class GraphChecks {
  private readonly nodeIds = new Set<string>();
  private readonly articleIds = new Set<string>();

  constructor(private readonly input: string) {}

  article(a: ArticleRecord): void {
    this.articleIds.add(a.id);
  }

  node(n: GraphNode): void {
    if (this.nodeIds.has(n.id)) throw new GraphFormatError(this.input, `node id ${n.id} appears twice`);
    this.nodeIds.add(n.id);
  }

  edge(e: GraphEdge): void {
    if (!this.nodeIds.has(e.source)) throw new GraphFormatError(this.input, `edge ${e.id} starts at unknown node ${e.source}`);
    if (!this.nodeIds.has(e.target)) throw new GraphFormatError(this.input, `edge ${e.id} ends at unknown node ${e.target}`);
    for (const ev of e.evidence) {
      if (!this.articleIds.has(ev.articleId)) throw new GraphFormatError(this.input, `edge ${e.id} cites unknown article ${ev.articleId}`);
    }
  }
}

/** An empty graph document. */
export function emptyGraph(): GraphDocument {
  return { version: 1, articles: [], nodes: [], edges: [] };
}
