import { z } from 'zod';
import { GraphFormatError } from '../errors/index.js';
import { EDGE_TYPES, NODE_TYPES, type GraphDocument } from './types.js';

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
  const ids = new Set<string>();
  for (const n of graph.nodes) {
    if (ids.has(n.id)) throw new GraphFormatError(input, `node id ${n.id} appears twice`);
    ids.add(n.id);
  }
  const articles = new Set(graph.articles.map((a) => a.id));
  for (const e of graph.edges) {
    if (!ids.has(e.source)) throw new GraphFormatError(input, `edge ${e.id} starts at unknown node ${e.source}`);
    if (!ids.has(e.target)) throw new GraphFormatError(input, `edge ${e.id} ends at unknown node ${e.target}`);
    for (const ev of e.evidence) {
      if (!articles.has(ev.articleId)) throw new GraphFormatError(input, `edge ${e.id} cites unknown article ${ev.articleId}`);
    }
  }
  return graph;
}

/** An empty graph document. */
export function emptyGraph(): GraphDocument {
  return { version: 1, articles: [], nodes: [], edges: [] };
}
