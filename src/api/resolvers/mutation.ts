import { InputError, KgError } from '../../errors/index.js';
import { makeEdgeId, validateGraph, type GraphDocument, type GraphEdge, type GraphNode } from '../../graph/index.js';
import type { Store } from '../../store/index.js';
import type { IngestResult, MutationResolvers } from '../../generated/graphql.js';
import { ExtractionSandbox, requireAuthenticated } from '../security/index.js';

/** Parse + extract run in a worker with a time budget (see security/sandbox.ts). */
const sandbox = new ExtractionSandbox();

/** An http(s) URL, or an InputError naming `url`. */
function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError('url', `"${url.slice(0, 200)}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InputError('url', `only http and https addresses are kept, got ${parsed.protocol}`);
  return parsed.href;
}

/** The page given to ingestArticle: exactly one of html and text, not blank. */
function pageOf(args: { html?: string | null; text?: string | null }): { kind: 'html' | 'text'; content: string } {
  const { html, text } = args;
  if (html != null && text != null) throw new InputError('ingestArticle', 'give html or text, not both');
  if (html == null && text == null) {
    throw new InputError('ingestArticle', 'give the page as html or text (the server does not fetch url)');
  }
  if (html != null) {
    if (html.trim() === '') throw new InputError('html', 'the page is empty');
    return { kind: 'html', content: html };
  }
  return { kind: 'text', content: text ?? '' };
}

/**
 * Matches the article's entities to nodes the store already has: a node whose name or an alias the
 * store knows (same type) under another id takes that id, and its edges follow (edge ids are
 * recomputed; edges that become one are merged). Returns the rewritten graph and how many moved.
 */
export async function resolveAgainstStore(graph: GraphDocument, store: Store): Promise<{ graph: GraphDocument; moved: number }> {
  const keys = graph.nodes.flatMap((n) => [n.name, ...n.aliases].map((name) => ({ name, type: n.type, owner: n.id })));
  const found = keys.length ? await store.findByName(keys.map(({ name, type }) => ({ name, type }))) : [];
  const own = new Set(graph.nodes.map((n) => n.id));
  const remap = new Map<string, string>();
  keys.forEach((k, i) => {
    const hit = found[i];
    if (!hit || hit.id === k.owner || remap.has(k.owner) || own.has(hit.id)) return;
    remap.set(k.owner, hit.id);
  });
  if (remap.size === 0) return { graph, moved: 0 };
  const to = (id: string) => remap.get(id) ?? id;
  const nodes = new Map<string, GraphNode>();
  for (const n of graph.nodes) {
    const id = to(n.id);
    const family = typeof n.properties.family === 'string' ? to(n.properties.family) : undefined;
    const node: GraphNode = { ...n, id, aliases: id === n.id ? n.aliases : [...new Set([n.name, ...n.aliases])], properties: { ...n.properties, ...(family ? { family } : {}) } };
    const prev = nodes.get(id);
    nodes.set(id, prev ? { ...prev, aliases: [...new Set([...prev.aliases, ...node.aliases])], properties: { ...node.properties, ...prev.properties } } : node);
  }
  const edges = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    const source = to(e.source);
    const target = to(e.target);
    if (source === target) continue;
    const id = makeEdgeId(e.type, source, target);
    const prev = edges.get(id);
    edges.set(id, prev ? { ...prev, evidence: [...prev.evidence, ...e.evidence] } : { ...e, id, source, target });
  }
  return { graph: { ...graph, nodes: [...nodes.values()], edges: [...edges.values()] }, moved: remap.size };
}

/** parse + extract (in the sandbox) → resolve against the store → store.load. */
export async function ingestArticle(
  store: Store,
  args: { url?: string | null; html?: string | null; text?: string | null },
  runner: ExtractionSandbox = sandbox,
): Promise<IngestResult> {
  const url = args.url != null && args.url !== '' ? checkUrl(args.url) : undefined;
  const page = pageOf(args);
  const { graph: extracted, warnings } = await runner.extract(page.kind, page.content);
  const article = extracted.articles[0];
  if (!article) throw new KgError('INTERNAL', 'ingestArticle: the extractor returned no article record');
  if (url) article.url = url;
  const { graph, moved } = await resolveAgainstStore(extracted, store);
  const checked = validateGraph(graph, `ingestArticle(${article.id})`);
  const summary = await store.load(checked);
  return {
    articleId: article.id,
    title: article.title,
    url: article.url ?? null,
    publishedAt: article.publishedAt ?? null,
    nodes: checked.nodes.length,
    edges: checked.edges.length,
    nodesCreated: summary.nodesCreated,
    relationshipsCreated: summary.relationshipsCreated,
    resolvedToExisting: moved,
    warnings,
  };
}

/** Mutations: every one needs the bearer token (see src/api/security/auth.ts). */
export const Mutation: MutationResolvers = {
  ingestArticle: async (_, args, ctx) => {
    requireAuthenticated(ctx.auth, 'ingestArticle');
    return ingestArticle(ctx.store, args);
  },
  deleteArticle: async (_, { id }, ctx) => {
    requireAuthenticated(ctx.auth, 'deleteArticle');
    return ctx.store.deleteArticle(id);
  },
};
